/**
 * What the CSM did with the queue's rows, kept in the browser (storage.local, one record per org) so the
 * day's progress and the row states survive a reload of the panel: sent, started, snoozed (until a day)
 * and skipped (with the reason). Pure functions over a plain record; the backend reads and writes it.
 *
 * A row's key names its due date too (account|program|step|date): a monthly program's next month is a new
 * row, so skipping this month's newsletter never hides the next one.
 */
import type { IsoDate } from '../../../shared/accounts/account';
import type { StepRow } from '../plan-book';

export type MarkKind = 'sent' | 'started' | 'snoozed' | 'skipped';

/** What a row showed when it was acted on: a sent row stays in its place after the engine moves on. */
export interface RowSnapshot {
  accountId: string;
  accountName: string;
  programId: string;
  programName: string;
  step: { index: number; name: string };
  date: IsoDate;
  recipients: string[] | null;
  /** What the queue sorts by. */
  arr: number | null;
  renewal: IsoDate | null;
}

export interface QueueMark {
  kind: MarkKind;
  /** The day the CSM acted. */
  on: IsoDate;
  until?: IsoDate;
  reason?: string;
  /** A start whose Gainsight form is filled but not saved yet: false. Absent: nothing says it is unsaved. */
  saved?: boolean;
  row: RowSnapshot;
}

export interface QueueMarks {
  version: 1;
  marks: Record<string, QueueMark>;
}

export const NO_MARKS: QueueMarks = { version: 1, marks: {} };

export const queueKeyOf = (row: Pick<StepRow, 'account' | 'program' | 'step' | 'date'>): string => `${row.account.id}|${row.program.id}|${row.step.index}|${row.date}`;

export const snapshotOf = (row: StepRow): RowSnapshot => ({
  accountId: row.account.id, accountName: row.account.name, programId: row.program.id, programName: row.program.name, step: { ...row.step }, date: row.date, recipients: row.recipients,
  arr: typeof row.account.fields.arr === 'number' ? row.account.fields.arr : null, renewal: row.account.fields.renewalDate ?? null,
});

/** A stored record, or none when it is not one (an older shape, or damaged): the queue then starts afresh. */
export function marksOf(value: unknown): QueueMarks {
  const record = value as Partial<QueueMarks> | null | undefined;
  return record && record.version === 1 && record.marks && typeof record.marks === 'object' ? { version: 1, marks: record.marks } : NO_MARKS;
}

/** How long marks are kept after the day they were made: snoozes and skips of older rows are long moot. */
const KEEP_DAYS = 90;

/** Drops marks no row can need any more, so the record stays small. */
export function pruneMarks(marks: QueueMarks, today: IsoDate, addDays: (d: IsoDate, n: number) => IsoDate): QueueMarks {
  const oldest = addDays(today, -KEEP_DAYS);
  const kept: Record<string, QueueMark> = {};
  for (const [key, mark] of Object.entries(marks.marks)) {
    const last = mark.until && mark.until > mark.on ? mark.until : mark.on;
    if (last >= oldest) kept[key] = mark;
  }
  return { version: 1, marks: kept };
}

/** The marks with `changes` applied (null removes a mark): what an action and its undo write. */
export function withMarks(marks: QueueMarks, changes: ReadonlyMap<string, QueueMark | null>): QueueMarks {
  const next = { ...marks.marks };
  for (const [key, mark] of changes) {
    if (mark) next[key] = mark;
    else delete next[key];
  }
  return { version: 1, marks: next };
}
