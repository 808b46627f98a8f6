/**
 * Cockpit's create page, reached from a "Start playbook" on a C360 page without a "+ CTA" button: the
 * background hands over the program, and the form the page opens by itself is filled with it.
 */
import type { Account } from '@/lib/accounts/account';
import { findCreateCtaDialog } from '@/lib/adapters/gainsight/cockpit/create-cta';
import { waitFor } from '@/lib/adapters/gainsight/cockpit/wait-for';
import { sendMessage } from '@/lib/messaging/protocol';
import type { Program } from '@/lib/programs/types';
import { fillCtaForm } from './start-playbook';

export interface ResumeContext {
  today: string;
  signal: AbortSignal;
  /** Shows the plan with a notice of what happened. */
  show(notice?: string): void;
}

/** Fills the Create CTA form that a "Start playbook" on C360 navigated here for. */
export async function resumeStart(account: Account, programs: readonly Program[], { today, signal, show }: ResumeContext): Promise<void> {
  const { programId } = await sendMessage('cockpit.takeStart', { companyId: account.id });
  const program = programs.find((p) => p.id === programId);
  if (!program) return;
  // The create page opens its form by itself, some time after it loads.
  await waitFor(() => findCreateCtaDialog(document), { signal, timeoutMs: 5_000 });
  const outcome = await fillCtaForm(program, { account, today, signal, canNavigate: false });
  if (outcome?.kind !== 'filled') return show(`The Create CTA form did not open: create the CTA for ${program.name} by hand.`);
  const problems = outcome.report.problems.length ? ` ${outcome.report.problems.join(' ')}` : '';
  show(`Create CTA form filled for ${program.name}: review it and click Save.${problems}`);
}

