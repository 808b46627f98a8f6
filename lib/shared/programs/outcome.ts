/**
 * What the rules decided for one program, before recipients and display fields are attached, and the
 * fixed lists its reasons reuse (the engine allocates little: see engine.ts).
 */
import type { Account } from '../accounts/account';
import type { EntryFix, EntryState, MissingField, Recipient } from './plan';
import type { ResolvedRecipients } from './recipients';

export const NO_STRINGS: readonly string[] = [];
/** What a reused Evaluation points at before its first account. */
export const NO_ACCOUNT: Account = Object.freeze({
  source: 'gainsight', org: '', id: '', name: '', fields: {}, unreadable: {}, contacts: undefined, opportunities: [], programLogs: [],
});
export const NO_MISSING: readonly MissingField[] = [];
export const TURNED_OFF: readonly string[] = ['Turned off in settings'];
export const NO_SCHEDULE: readonly string[] = ['No date in the next ten years matches its schedule'];
/**
 * Event follow-ups go to an event's registrants, whom no page the extension reads shows: it cannot tell
 * when one is due, so it says how to track it instead of asking every account for data it cannot have.
 */
export const NOT_TRACKED: readonly string[] = [
  "Goes to those who registered for or attended an event, within 24 hours of its end. Registrations are not on the account's pages, so the panel cannot track it: work from the event's attendee list.",
];
/** The registrants receive event follow-ups, and they are not in the snapshot. */
export const REGISTRANTS: ResolvedRecipients = { recipients: null, warnings: NO_STRINGS, nobody: null };

/**
 * What the rules decided for one program, before recipients and display fields are attached. One per
 * evaluation, overwritten for each program: see Evaluation.decide for why that is safe.
 */
export interface Outcome {
  state: EntryState;
  /** Day number behind the entry's date. */
  day: number | null;
  /** Index of the next (or held-back) step. */
  step: number | null;
  reasons: readonly string[];
  missing: readonly MissingField[];
  stepsSent: number;
  /** Notes for the entry's warnings. */
  notes: readonly string[];
  /** Recipients of this entry when they are not the policy's (a per-contact program's next group). */
  recipients: readonly Recipient[] | null | undefined;
  fix: EntryFix | null;
}
