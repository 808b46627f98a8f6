/**
 * The page app on Cockpit pages. A CTA page: the company comes from its Company field, its account from
 * the snapshot the C360 page app left (Cockpit shows no contacts), the program from its Playbook field;
 * then the Edit Email dialog is watched so the sidebar can prefill it and a Send is recorded. Cockpit's
 * create page (`?cid=…&create=1`): fills the Create CTA form a "Start playbook" on C360 asked for.
 */
import { createPlanner, type Planner } from '@/components/sidebar/account-planner';
import { registerPageActions, type OpenEmailDialog } from '@/components/sidebar/actions/page-actions';
import type { SidebarView } from '@/components/sidebar/view';
import { watchPage } from '@/lib/adapters/dom/watch-page';
import { readCtaPage, type CtaPageReading } from '@/lib/adapters/gainsight/cockpit/cta-page';
import type { DialogOutcome } from '@/lib/adapters/gainsight/cockpit/send-watch';
import { toIsoDate } from '@/lib/dates';
import { sendMessage } from '@/lib/messaging/protocol';
import type { GainsightPage } from '@/lib/pages/record-urls';
import type { Program } from '@/lib/programs/types';
import { requestSettings } from '@/lib/settings/page-settings';
import { recordDetectedSend } from './detected-send';
import { watchEmailDialogs } from './email-dialogs';
import { resumeStart } from './resume-start';
import { startPlaybookOnPage } from './start-playbook';

type CockpitPage = Extract<GainsightPage, { kind: 'cockpit' }>;
type Report = (view: SidebarView) => void;

function readCta(signal: AbortSignal): Promise<CtaPageReading> {
  return watchPage({
    signal,
    read: () => readCtaPage(document),
    isComplete: (r) => r.companyId !== null && r.playbook !== null,
    onChange: () => undefined,
  });
}

function companyUrl(id: string): string {
  return `/v1/ui/customersuccess360?cid=${encodeURIComponent(id)}`;
}

export async function loadCockpit(page: CockpitPage, signal: AbortSignal, report: Report): Promise<void> {
  const [settings, { catalog }] = await Promise.all([requestSettings(), sendMessage('catalog.get', {})]);
  const cta = page.ctaId ? await readCta(signal) : null;
  const companyId = page.companyId ?? cta?.companyId ?? null;
  if (!companyId) {
    return report({ status: 'error', title: 'No company found', message: 'This Cockpit page names no company the panel can read.' });
  }
  const { account } = await sendMessage('accounts.recall', { source: 'gainsight', id: companyId });
  if (!account) {
    const name = cta?.companyName ?? 'the company';
    return report({
      status: 'error',
      title: 'Open the company first',
      message: `Cockpit does not show contacts, so the panel reads them on Customer360. Open ${name} there once, then come back to this CTA.`,
      action: { label: `Open ${name} in Customer360`, href: companyUrl(companyId) },
    });
  }

  const today = toIsoDate(new Date());
  let planner: Planner = await createPlanner(account, settings);
  const show = (notice?: string) => {
    if (!signal.aborted) report({ status: 'ready', account, plan: planner(account), reading: false, page, ...(notice ? { notice } : {}) });
  };
  const replan = (notice?: string) => {
    void createPlanner(account, settings).then((fresh) => {
      planner = fresh;
      show(notice);
    });
  };
  // The Cockpit list has its own Create CTA button; a CTA page has no form to open.
  const startPlaybook = page.ctaId ? null : (program: Program) => startPlaybookOnPage(program, { account, today, signal, canNavigate: false });
  const update = registerPageActions({ account, settings, today, startPlaybook, dialog: null, replan }, signal);
  show();

  if (!page.ctaId) return resumeStart(account, catalog.programs, { today, signal, show });
  const detected = (outcome: DialogOutcome, program: Program | null, step: number | null) =>
    recordDetectedSend(outcome, program, step, { account, planner, today, replan });
  const onDialog = (dialog: OpenEmailDialog | null) => {
    update({ dialog });
    if (dialog && !dialog.programId) show(`This CTA's playbook (${cta?.playbook ?? 'none'}) is none of the catalog's programs: there is nothing to prefill.`);
  };
  watchEmailDialogs({ signal, catalog, onDialog, onClosed: detected });
}
