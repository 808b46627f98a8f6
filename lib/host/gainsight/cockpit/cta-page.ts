/**
 * What a Cockpit CTA page says about itself, read by label and role: the company (its C360 link gives the
 * id), the playbook, and the Email Task whose details are open.
 */
import { readLabelledValues } from '../../dom/labelled-values';
import { textOf, type Root } from '../../dom/walk';
import { gainsightPage } from '../../../shared/urls/record-urls';
import { findAllByRole, findByRole } from './accessible';

export const CTA_PAGE_LABELS = {
  company: 'Company',
  playbook: 'Playbook',
  taskDetails: 'Task details',
} as const;

export interface CtaPageReading {
  companyId: string | null;
  companyName: string | null;
  playbook: string | null;
  /** The open Email Task's name, as its details heading shows it. */
  taskName: string | null;
}

const EMPTY = /^[-—–]?$/;

/** The C360 link whose text is the Company field's value: its `cid` is the company id. */
function companyIdFromLink(root: Root, companyName: string): string | null {
  for (const link of findAllByRole(root, 'link', companyName)) {
    const href = link.getAttribute('href');
    if (!href) continue;
    const page = gainsightPage(new URL(href, location.href).href);
    if (page && page.kind === 'company') return page.id;
  }
  return null;
}

export function readCtaPage(root: Root): CtaPageReading {
  const L = CTA_PAGE_LABELS;
  const values = readLabelledValues(root, [L.company, L.playbook]);
  const companyName = values.get(L.company) || null;
  const playbook = values.get(L.playbook) ?? '';
  const details = findByRole(root, 'region', L.taskDetails);
  const heading = details ? findByRole(details, 'heading') : null;
  return {
    companyName,
    companyId: companyName ? companyIdFromLink(root, companyName) : null,
    playbook: EMPTY.test(playbook) ? null : playbook,
    taskName: heading ? textOf(heading) || null : null,
  };
}
