/**
 * One step of a planned program's email, composed for the account the way every surface shows it: the
 * plan's recipients, the program's sender as the user chose it, and an event invitation's values.
 */
import type { Account, IsoDate } from '../accounts/account';
import { composeEmail, type ComposedEmail } from '../email/compose';
import { eventValues } from '../email/event-values';
import { senderOf } from '../email/senders';
import type { PlanEntry } from '../programs/plan';
import type { Settings } from '../settings/schema';

/** Null when the program has no such step. */
export function entryEmail(
  entry: Pick<PlanEntry, 'program' | 'recipients' | 'warnings'>,
  stepIndex: number,
  account: Pick<Account, 'name' | 'fields'>,
  inputs: { settings: Pick<Settings, 'sender' | 'programs'>; today: IsoDate },
): ComposedEmail | null {
  const { program } = entry;
  const step = program.steps[stepIndex];
  if (!step) return null;
  return composeEmail({
    program,
    step,
    account,
    recipients: entry.recipients,
    recipientWarnings: entry.warnings,
    sender: inputs.settings.sender,
    senderKind: senderOf(program, inputs.settings.programs.senders),
    eventValues: eventValues(program, inputs.settings.programs, inputs.today),
  });
}
