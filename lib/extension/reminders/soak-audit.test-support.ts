/**
 * The soak's verdict (scripts/soak.ts): after thousands of writes from two pages and the worker, with the
 * worker stopped at random points, what was lost and what was doubled. Pure, so it is tested on its own.
 */
import { enrollmentKeyOf, toEnrollment, toReminder, toSendRecord } from '../../shared/reminders/keys';
import type { AllRecords } from '../../shared/reminders/results';

export interface Ledger {
  /** Keys that must still be there: imported at the start, or created by an acknowledged write. */
  mustExist: { enrollments: Set<string>; sendLog: Set<string>; reminders: Set<string> };
  /** Reminders an acknowledged write closed, and how: they may never be open again. */
  closed: Map<string, 'done' | 'skipped'>;
}

export interface Verdict {
  lost: number;
  duplicates: number;
  /** One line per finding, for the log. */
  findings: string[];
}

export function emptyLedger(): Ledger {
  return { mustExist: { enrollments: new Set(), sendLog: new Set(), reminders: new Set() }, closed: new Map() };
}

export function audit(stored: AllRecords, ledger: Ledger): Verdict {
  const findings: string[] = [];
  let lost = 0;
  let duplicates = 0;

  for (const store of ['enrollments', 'sendLog', 'reminders'] as const) {
    const present = new Set(stored[store].map((r) => r.key));
    for (const key of ledger.mustExist[store]) {
      if (present.has(key)) continue;
      lost++;
      findings.push(`lost: ${store} ${key}`);
    }
  }
  const reminders = new Map(stored.reminders.map((r) => [r.key, r]));
  for (const [key, status] of ledger.closed) {
    const now = reminders.get(key)?.status;
    if (now === status) continue;
    lost++;
    findings.push(`lost: reminder ${key} was ${status}, is ${now ?? 'gone'}`);
  }

  // The same thing twice: two records whose content names one natural key, or a record under a key its content does not give.
  const derived = {
    enrollments: stored.enrollments.map((r) => [r.key, toEnrollment(r).key] as const),
    sendLog: stored.sendLog.map((r) => [r.key, toSendRecord(r).key] as const),
    reminders: stored.reminders.map((r) => [r.key, toReminder(r).key] as const),
  };
  for (const [store, pairs] of Object.entries(derived)) {
    const seen = new Set<string>();
    for (const [key, natural] of pairs) {
      if (key !== natural || seen.has(natural)) {
        duplicates++;
        findings.push(`duplicate: ${store} ${key}`);
      }
      seen.add(natural);
    }
  }
  // An enrollment waits on one step at a time: two open reminders for it are one too many.
  const pendingPerEnrollment = new Map<string, number>();
  for (const r of stored.reminders) {
    if (r.status !== 'pending') continue;
    const key = enrollmentKeyOf(r.account, r.programId);
    pendingPerEnrollment.set(key, (pendingPerEnrollment.get(key) ?? 0) + 1);
  }
  for (const [key, count] of pendingPerEnrollment) {
    if (count <= 1) continue;
    duplicates += count - 1;
    findings.push(`duplicate: ${count} pending reminders for ${key}`);
  }
  return { lost, duplicates, findings };
}
