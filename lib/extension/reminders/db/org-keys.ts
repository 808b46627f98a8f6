/**
 * v2 → v3: records keyed by org as well as record id, so a full-copy Salesforce sandbox and production
 * (or two Gainsight tenants) never share reminders or history. Used by the database upgrade and by the
 * import of older backups, so both migrate a record the same way.
 *
 * It builds v3's keys with today's key functions (keys.ts), which is right while v3 is the current
 * version; a later change of keys must copy these as they are into its own step first.
 */
import { orgOfUrl } from '../../../shared/urls/record-urls';
import { toEnrollment, toReminder, toSendRecord } from '../../../shared/reminders/keys';
import { type Enrollment, type EnrollmentFields, type Reminder, type ReminderFields, type SendFields, type SendRecord, UNKNOWN_ORG } from '../../../shared/reminders/records';

interface StoredAccount {
  source?: unknown;
  id?: unknown;
  org?: unknown;
  url?: unknown;
}

/** The org of an account stored without one: its page's host (a Lightning host maps to the org's API host). */
export function orgOfStoredAccount(account: StoredAccount): string {
  if (typeof account.url !== 'string') return UNKNOWN_ORG;
  try {
    return orgOfUrl(account.url);
  } catch {
    return UNKNOWN_ORG;
  }
}

function isAccount(value: unknown): value is StoredAccount {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The record with `account.org` filled in when it has none; anything else is left for validation to
 * judge. Takes unknown input: backups are files.
 */
export function withOrg<T>(record: T): T {
  if (!record || typeof record !== 'object') return record;
  const { account } = record as { account?: unknown };
  if (!isAccount(account) || (typeof account.org === 'string' && account.org.trim())) return record;
  return { ...record, account: { ...account, org: orgOfStoredAccount(account) } };
}

/** A stored record must name its account and program to be re-keyed; one that does not stops the upgrade. */
function checked<T>(store: string, record: unknown): T {
  const r = record as { key?: unknown; account?: StoredAccount; programId?: unknown };
  const ok = isAccount(r?.account) && typeof r.account.source === 'string' && typeof r.account.id === 'string' && typeof r.programId === 'string';
  if (!ok) throw new Error(`${store} record ${String(r?.key)} has no account or program, so it cannot be re-keyed by org`);
  return withOrg(record) as T;
}

export const migrateEnrollmentToV3 = (record: unknown): Enrollment => toEnrollment(checked<EnrollmentFields>('enrollments', record));
export const migrateSendToV3 = (record: unknown): SendRecord => toSendRecord(checked<SendFields>('sendLog', record));
export const migrateReminderToV3 = (record: unknown): Reminder => toReminder(checked<ReminderFields>('reminders', record));
