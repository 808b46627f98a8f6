/**
 * The page app on Cockpit pages. A CTA page: the company comes from its Company field, its account from
 * the snapshot the C360 page app left (Cockpit shows no contacts), the program from its Playbook field;
 * then the Edit Email dialog is watched so the sidebar can prefill it and a Send is recorded. Cockpit's
 * create page (`?cid=…&create=1`): fills the Create CTA form a "Start playbook" on C360 asked for.
 */
import { createPlanner, type Planner } from '@/components/sidebar/account-planner';
import { registerPageActions } from '@/components/sidebar/actions/page-actions';
import { sentSentence } from '@/components/sidebar/actions/notices';
import { recordSend } from '@/components/sidebar/actions/sequence';
import type { SidebarView } from '@/components/sidebar/view';
import type { Account } from '@/lib/accounts/account';
import { watchPage } from '@/lib/adapters/dom/watch-page';
import { readCtaPage, type CtaPageReading } from '@/lib/adapters/gainsight/cockpit/cta-page';
import type { DialogOutcome } from '@/lib/adapters/gainsight/cockpit/send-watch';
import { toIsoDate } from '@/lib/dates';
import { sendMessage } from '@/lib/messaging/protocol';
import type { GainsightPage } from '@/lib/pages/record-urls';
import type { Program } from '@/lib/programs/types';
import { requestSettings } from '@/lib/settings/page-settings';
import { watchEmailDialogs } from './email-dialogs';
import { fillCtaForm } from './start-playbook';

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
  const update = registerPageActions({ account, settings, today, startPlaybook: null, dialog: null, replan }, signal);
  show();

  if (!page.ctaId) return resumeStart(account, catalog.programs, { today, signal, show });
  const detected = (outcome: DialogOutcome, program: Program | null, step: number | null) =>
    recordDetectedSend(outcome, program, step, { account, planner, today, replan });
  watchEmailDialogs({ signal, catalog, onDialog: (dialog) => update({ dialog }), onClosed: detected });
}

/** Fills the Create CTA form that a "Start playbook" on C360 navigated here for. */
async function resumeStart(account: Account, programs: readonly Program[], { today, signal, show }: { today: string; signal: AbortSignal; show: (notice?: string) => void }): Promise<void> {
  const { programId } = await sendMessage('cockpit.takeStart', { companyId: account.id });
  const program = programs.find((p) => p.id === programId);
  if (!program) return;
  const outcome = await fillCtaForm(program, { account, today, signal, canNavigate: false });
  if (outcome?.kind !== 'filled') return show(`The Create CTA form did not open: create the CTA for ${program.name} by hand.`);
  const problems = outcome.report.problems.length ? ` ${outcome.report.problems.join(' ')}` : '';
  show(`Create CTA form filled for ${program.name}: review it and click Save.${problems}`);
}

interface SendContext {
  account: Account;
  planner: Planner;
  today: string;
  replan(notice?: string): void;
}

/** A Send seen in the dialog moves the sequence on; a draft or a cancel leaves everything as it was. */
async function recordDetectedSend(outcome: DialogOutcome, program: Program | null, step: number | null, context: SendContext): Promise<void> {
  if (outcome !== 'sent' || !program) return;
  const entry = context.planner(context.account).entries.find((e) => e.programId === program.id);
  const index = step ?? entry?.nextStep?.index ?? 0;
  const recipients = (entry?.recipients ?? []).flatMap((r) => (r.contact.email ? [r.contact.email] : []));
  try {
    const result = await recordSend({ program, account: context.account, step: index, sentOn: context.today, recipients, how: 'detected' });
    context.replan(sentSentence(program, index, result));
  } catch (error) {
    context.replan(`The send was not recorded: ${error instanceof Error ? error.message : String(error)}. Use "Mark sent".`);
  }
}
