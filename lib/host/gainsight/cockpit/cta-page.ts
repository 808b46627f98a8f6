/**
 * What a Cockpit CTA page says about itself, read by label and role: the company (its C360 link gives the
 * id), the playbook, and the Email Task whose details are open.
 */
import { readLabelledValues } from '../../dom/labelled-values';
import { allElements, textOf, type Root } from '../../dom/walk';
import { gainsightPage } from '../../../shared/urls/record-urls';
import type { CtaTaskInfo } from '../../../shared/messaging/page-messages';
import { accessibleName, findAllByRole, findByRole } from './accessible';

export const CTA_PAGE_LABELS = {
  company: 'Company',
  playbook: 'Playbook',
  taskDetails: 'Task details',
  tasks: 'Tasks',
  emailTask: 'Email Task',
  due: 'Due',
} as const;

export interface CtaPageReading {
  companyId: string | null;
  companyName: string | null;
  playbook: string | null;
  /** The open Email Task's name, as its details heading shows it. */
  taskName: string | null;
  /** The CTA's Email Tasks (the rows with the envelope icon), with their due dates as shown. */
  tasks: CtaTaskInfo[];
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

/** The text after the row's "Due" label ("Due Dec 7, 2026"), in the element that shows it alone. */
export function dueText(row: Element): string | null {
  const due = new RegExp(`^${CTA_PAGE_LABELS.due}:?\\s+(.+)$`, 'i');
  for (const el of allElements(row)) {
    if (el.children.length > 0) continue;
    const match = due.exec(textOf(el));
    if (match) return match[1]!.trim();
  }
  return null;
}

/** The Tasks list's Email Tasks: rows named by their task, marked by the envelope icon Gainsight shows. */
function readEmailTasks(root: Root): CtaTaskInfo[] {
  const L = CTA_PAGE_LABELS;
  const list = findByRole(root, 'list', L.tasks);
  if (!list) return [];
  return findAllByRole(list, 'listitem')
    .filter((row) => findByRole(row, 'img', L.emailTask) !== null)
    .map((row) => ({ name: accessibleName(row), due: dueText(row) }));
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
    tasks: readEmailTasks(root),
  };
}
