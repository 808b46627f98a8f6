/**
 * Records read back from IndexedDB are checked with the same zod schemas a message or a backup is: a
 * record another version, a bug or a hand edit left malformed is set aside with a report naming it
 * (store, key, what is wrong), and everything else goes on. Its key must also be the one its content
 * gives (keys.ts), or two records could claim one place.
 */
import type { z } from 'zod';
import { formatIssues } from './issues';
import { toEnrollment, toReminder, toSendRecord } from '../../shared/reminders/keys';
import { enrollmentFieldsSchema, reminderFieldsSchema, sendFieldsSchema, type Enrollment, type Reminder, type SendRecord } from '../../shared/reminders/records';

export type CheckedStore = 'enrollments' | 'sendLog' | 'reminders';

export interface SetAside {
  store: CheckedStore;
  /** The record's stored key, or "(no key)". */
  key: string;
  problems: string[];
  /** The record as stored, kept so nothing is lost. */
  record: unknown;
}

export interface CheckedRecords {
  enrollments: Enrollment[];
  sendLog: SendRecord[];
  reminders: Reminder[];
}

function check<S extends z.ZodType, T extends { key: string }>(store: CheckedStore, records: readonly unknown[], schema: S, rebuild: (fields: z.infer<S>) => T, setAside: SetAside[]): T[] {
  const good: T[] = [];
  for (const record of records) {
    const stored = (record as { key?: unknown } | null)?.key;
    const key = typeof stored === 'string' ? stored : '(no key)';
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      setAside.push({ store, key, problems: [...new Set(formatIssues(parsed.error, 'record', 5))], record });
      continue;
    }
    // Kept as stored (bookkeeping such as notifiedFor included) once its fields and key are checked.
    if (rebuild(parsed.data).key !== key) setAside.push({ store, key, problems: ['key: is not the key its account, program and step give'], record });
    else good.push(record as T);
  }
  return good;
}

/** The well-formed records, as stored, and the ones set aside. */
export function quarantine(records: { enrollments: readonly unknown[]; sendLog: readonly unknown[]; reminders: readonly unknown[] }): { good: CheckedRecords; setAside: SetAside[] } {
  const setAside: SetAside[] = [];
  const good = {
    enrollments: check('enrollments', records.enrollments, enrollmentFieldsSchema, toEnrollment, setAside),
    sendLog: check('sendLog', records.sendLog, sendFieldsSchema, toSendRecord, setAside),
    reminders: check('reminders', records.reminders, reminderFieldsSchema, toReminder, setAside),
  };
  return { good, setAside };
}

/** "2 records were set aside: reminders «k1» (account: …); …", naming each (the first few). */
export function setAsideReport(setAside: readonly SetAside[], limit = 5): string | null {
  if (!setAside.length) return null;
  const named = setAside.slice(0, limit).map((s) => `${s.store} «${s.key}» (${s.problems.join('; ')})`);
  const more = setAside.length > limit ? `; and ${setAside.length - limit} more` : '';
  const count = setAside.length === 1 ? '1 malformed record was' : `${setAside.length.toLocaleString('en-US')} malformed records were`;
  return `${count} set aside: ${named.join('; ')}${more}.`;
}
