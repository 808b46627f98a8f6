/**
 * The popup's rows, checked as they come out of IndexedDB (lib/reminders/quarantine.ts): a malformed
 * reminder is set aside and named, so one bad record never keeps the others from opening. In the popup's
 * lazy chunk, after the first rows are read: the schemas stay out of the first paint's script.
 */
import type { Reminder } from '@/lib/shared/reminders/records';
import { quarantine, setAsideReport } from '@/lib/extension/reminders/quarantine';

export interface CheckedRows {
  rows: Reminder[];
  /** The report naming the records set aside, or null when every one was well formed. */
  setAside: string | null;
}

export function checkRows(records: readonly unknown[]): CheckedRows {
  const { good, setAside } = quarantine({ enrollments: [], sendLog: [], reminders: records });
  const report = setAsideReport(setAside);
  return { rows: good.reminders, setAside: report && `${report} Export a reminders backup in Options to keep it; the other sends are shown.` };
}
