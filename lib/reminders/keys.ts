/**
 * Natural keys and derived index fields. Keys come from what a record is about (account, program,
 * step), never from a counter, so doing the same thing twice — two tabs, a retried message, an
 * imported backup — lands on the same record.
 */
import type {
  AccountKey, AccountRef, Enrollment, EnrollmentFields, Reminder, ReminderFields, SendFields, SendRecord,
} from './records';

export function accountKeyOf(account: Pick<AccountRef, 'source' | 'id'>): AccountKey {
  return `${account.source}:${account.id}`;
}

export function enrollmentKeyOf(account: Pick<AccountRef, 'source' | 'id'>, programId: string): string {
  return `${accountKeyOf(account)}|${programId}`;
}

export function reminderKeyOf(account: Pick<AccountRef, 'source' | 'id'>, programId: string, step: number): string {
  return `${enrollmentKeyOf(account, programId)}|${step}`;
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
  const key = `${reminderKeyOf(fields.account, fields.programId, fields.step)}|${fields.sentOn}`;
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
