/** A Send seen in the Edit Email dialog moves the sequence on; a draft or a cancel leaves everything as it was. */
import type { Planner } from '@/components/sidebar/account-planner';
import { sentSentence } from '@/components/sidebar/actions/notices';
import { recordSend } from '@/components/sidebar/actions/sequence';
import type { Account } from '@/lib/accounts/account';
import type { DialogOutcome } from '@/lib/adapters/gainsight/cockpit/send-watch';
import type { Program } from '@/lib/programs/types';

export interface SendContext {
  account: Account;
  planner: Planner;
  today: string;
  replan(notice?: string): void;
}

/** The step is the open task's, else the plan's next one; recipients are the plan's for the program. */
export async function recordDetectedSend(outcome: DialogOutcome, program: Program | null, step: number | null, context: SendContext): Promise<void> {
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
