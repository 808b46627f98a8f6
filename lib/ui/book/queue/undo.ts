/**
 * The queue's undo: one entry per action (a row or many at once), each undoable on its own until its
 * window ends (settings.book.undoMinutes, the team's choice), in any order. An entry knows the marks it
 * replaced and the marks it set, so it is refused when a later action changed the same rows; a
 * mark-sent also names the reminders' undo token its write returned.
 *
 * The open entries are kept in the browser's session storage (storedEntry / entriesOf), so a reload of
 * the panel keeps their Undo buttons while the worker keeps their records.
 */
import type { QueueMark, QueueMarks } from './marks';

export interface UndoEntry {
  id: number;
  /** What the action did, e.g. "mark sent: Email 1 of Net-New Onboarding for Acme". */
  label: string;
  /** Milliseconds since the epoch after which it can no longer be undone. */
  until: number;
  before: ReadonlyMap<string, QueueMark | null>;
  after: ReadonlyMap<string, QueueMark | null>;
  /** Ids of the accounts whose sends the action recorded (a mark-sent); empty otherwise. */
  sent: readonly string[];
  /** A mark-sent's write: the reminders' undo token once written; null when there is nothing to take back there. */
  written: Promise<string | null>;
}

/** An entry as kept between reloads: its write done, its token known. */
export interface StoredUndoEntry {
  id: number;
  label: string;
  until: number;
  before: [string, QueueMark | null][];
  after: [string, QueueMark | null][];
  sent: string[];
  token: string | null;
}

/** The entries still open at `now`, oldest first. */
export const openEntries = (entries: readonly UndoEntry[], now: number): UndoEntry[] => entries.filter((e) => e.until > now);

/** Marks read back from storage are copies: equal when they say the same. */
const sameMark = (a: QueueMark | null, b: QueueMark | null) => a === b || (!!a && !!b && JSON.stringify(a) === JSON.stringify(b));

/** Whether the rows are still as the action left them: a later action on one of them blocks its undo. */
export function stillAsLeft(entry: UndoEntry, marks: QueueMarks): boolean {
  for (const [key, mark] of entry.after) if (!sameMark(marks.marks[key] ?? null, mark)) return false;
  return true;
}

/** The entry to keep, once its write is done; null when the write failed (the entry is gone then). */
export async function storedEntry(entry: UndoEntry): Promise<StoredUndoEntry | null> {
  const token = await entry.written.catch(() => undefined);
  if (token === undefined) return null;
  return { id: entry.id, label: entry.label, until: entry.until, before: [...entry.before], after: [...entry.after], sent: [...entry.sent], token };
}

const isPairs = (value: unknown): value is [string, QueueMark | null][] =>
  Array.isArray(value) && value.every((p) => Array.isArray(p) && p.length === 2 && typeof p[0] === 'string' && (p[1] === null || typeof p[1] === 'object'));

function isStored(value: unknown): value is StoredUndoEntry {
  const e = value as Partial<StoredUndoEntry> | null;
  return !!e && typeof e.id === 'number' && typeof e.label === 'string' && typeof e.until === 'number' && isPairs(e.before) && isPairs(e.after)
    && Array.isArray(e.sent) && e.sent.every((id) => typeof id === 'string') && (e.token === null || (typeof e.token === 'string' && e.token.startsWith('book|')));
}

/** The kept entries still open at `now`; anything else stored there (damaged, another shape) is dropped. */
export function entriesOf(value: unknown, now: number): UndoEntry[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isStored).filter((e) => e.until > now).map((e) => ({
    id: e.id, label: e.label, until: e.until, before: new Map(e.before), after: new Map(e.after), sent: e.sent, written: Promise.resolve(e.token),
  }));
}

const clock = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

/** "10:42 AM": the time an entry's undo ends, in the browser's own format. */
export const untilWords = (until: number): string => clock.format(new Date(until));
