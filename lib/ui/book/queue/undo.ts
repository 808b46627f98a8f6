/**
 * The queue's undo: one entry per action (a row or many at once), each undoable on its own until its
 * window ends (settings.book.undoMinutes, the team's choice), in any order. An entry knows the marks it
 * replaced and the marks it set, so it is refused when a later action changed the same rows; a
 * mark-sent also names the reminders' undo token its write returned.
 */
import type { Account } from '../../../shared/accounts/account';
import type { QueueMark, QueueMarks } from './marks';

export interface UndoEntry {
  id: number;
  /** What the action did, e.g. "mark sent: Email 1 of Net-New Onboarding for Acme". */
  label: string;
  /** Milliseconds since the epoch after which it can no longer be undone. */
  until: number;
  before: ReadonlyMap<string, QueueMark | null>;
  after: ReadonlyMap<string, QueueMark | null>;
  /** Accounts whose sends the action recorded (a mark-sent); empty otherwise. */
  sent: readonly Account[];
  /** A mark-sent's write: the reminders' undo token once written; null when there is nothing to take back there. */
  written: Promise<string | null>;
}

/** The entries still open at `now`, oldest first. */
export const openEntries = (entries: readonly UndoEntry[], now: number): UndoEntry[] => entries.filter((e) => e.until > now);

/** Whether the rows are still as the action left them: a later action on one of them blocks its undo. */
export function stillAsLeft(entry: UndoEntry, marks: QueueMarks): boolean {
  for (const [key, mark] of entry.after) if ((marks.marks[key] ?? null) !== mark) return false;
  return true;
}

const clock = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

/** "10:42 AM": the time an entry's undo ends, in the browser's own format. */
export const untilWords = (until: number): string => clock.format(new Date(until));
