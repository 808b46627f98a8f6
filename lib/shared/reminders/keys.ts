/**
 * Natural keys and derived index fields. Keys come from what a record is about (org, account, program,
 * step), never from a counter, so doing the same thing twice — two tabs, a retried message, an
 * imported backup — lands on the same record.
 *
 * Keys are injective: each part is escaped before the parts are joined, so no id, org or program id
 * (they may hold any character, `|` included) can make two different records share one key.
 */
import type {
  AccountKey, AccountRef, Enrollment, EnrollmentFields, Reminder, ReminderFields, SendFields, SendRecord,
} from './records';

type AccountParts = Pick<AccountRef, 'source' | 'org' | 'id'>;

const SEPARATOR = '|';

/** `%` and the separator become `%25` and `%7C`: reversible, so distinct parts stay distinct. */
function escapePart(part: string | number): string {
  return String(part).replace(/%/g, '%25').replace(/\|/g, '%7C');
}

export function joinKey(parts: readonly (string | number)[]): string {
  return parts.map(escapePart).join(SEPARATOR);
}

export function accountKeyOf(account: AccountParts): AccountKey {
  return joinKey([account.source, account.org, account.id]);
}

export function enrollmentKeyOf(account: AccountParts, programId: string): string {
  return joinKey([account.source, account.org, account.id, programId]);
}

export function reminderKeyOf(account: AccountParts, programId: string, step: number): string {
  return joinKey([account.source, account.org, account.id, programId, step]);
}

export function sendKeyOf(account: AccountParts, programId: string, step: number, sentOn: string): string {
  return joinKey([account.source, account.org, account.id, programId, step, sentOn]);
}

/** Steps are kept sorted by index: "the step after" is then simply the next one in the list. */
export function toEnrollment(fields: EnrollmentFields): Enrollment {
  const { key: _key, accountKey: _account, ...rest } = fields as Partial<Enrollment> & EnrollmentFields;
  return {
    ...rest,
    steps: [...fields.steps].sort((a, b) => a.index - b.index),
    key: enrollmentKeyOf(fields.account, fields.programId),
    accountKey: accountKeyOf(fields.account),
  };
}

export function toSendRecord(fields: SendFields): SendRecord {
  const { key: _key, accountKey: _account, ...rest } = fields as Partial<SendRecord> & SendFields;
  const key = sendKeyOf(fields.account, fields.programId, fields.step, fields.sentOn);
  return { ...rest, key, accountKey: accountKeyOf(fields.account) };
}

/** Every reminder write goes through here so `pendingDue` (the queue index) can never go stale. */
export function toReminder(fields: ReminderFields): Reminder {
  const { pendingDue: _stale, key: _key, accountKey: _account, ...rest } = fields as Partial<Reminder> & ReminderFields;
  const reminder: Reminder = {
    ...rest,
    key: reminderKeyOf(fields.account, fields.programId, fields.step),
    accountKey: accountKeyOf(fields.account),
  };
  if (fields.status === 'pending') reminder.pendingDue = fields.snoozedUntil ?? fields.dueDate;
  return reminder;
}
