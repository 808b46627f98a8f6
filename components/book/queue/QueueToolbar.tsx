import { useId } from 'react';
import type { QueueGrouping, QueueSort } from '@/lib/ui/book/queue/queue';
import { untilWords } from '@/lib/ui/book/queue/undo';
import { nextWorkday } from '@/lib/ui/book/queue/workdays';
import { useBook, useQueue } from '../BookContext';
import { useCalendar } from './use-queue';
import { dayName } from './words';

/** The queue's head: the day's progress, its order, its keys, what the last action did, and the undos. */
export function QueueToolbar({ done, total }: { done: number; total: number }) {
  const sortId = useId();
  const groupId = useId();
  const sort = useQueue((s) => s.sort);
  const grouping = useQueue((s) => s.grouping);
  const setSort = useQueue((s) => s.setSort);
  const setGrouping = useQueue((s) => s.setGrouping);
  const notice = useQueue((s) => s.notice);
  const settings = useBook((s) => s.bookSettings);
  const today = useBook((s) => s.today);
  const calendar = useCalendar();
  return (
    <div className="queue-head">
      <p className="queue-progress">
        <progress value={done} max={Math.max(total, 1)} aria-label="Done today" /> {done.toLocaleString()} of {total.toLocaleString()} done today
      </p>
      <div className="book-toolbar" role="group" aria-label="Queue order">
        <label htmlFor={sortId}>Sort by</label>
        <select id={sortId} value={sort} onChange={(event) => setSort(event.target.value as QueueSort)}>
          <option value="due">due date</option>
          <option value="arr">ARR, largest first</option>
          <option value="renewal">renewal date, soonest first</option>
        </select>
        <label htmlFor={groupId}>Group by</label>
        <select id={groupId} value={grouping} onChange={(event) => setGrouping(event.target.value as QueueGrouping)}>
          <option value="program">program</option>
          <option value="account">account</option>
        </select>
      </div>
      <p className="book-note">
        Keys on a row: Enter starts it, S marks it sent, N snoozes it to the next workday ({dayName(nextWorkday(calendar, today))}), K skips it, X selects it, U undoes the last action.{' '}
        {settings.fatigueEmails === 'off'
          ? 'The fatigue guard is off.'
          : `Fatigue guard: at most ${settings.fatigueEmails} program emails per contact in ${settings.fatigueDays} days (the team's choice, in Options).`}
      </p>
      <p role="status" className="book-notice">
        {notice}
      </p>
      <QueueUndo />
    </div>
  );
}

/**
 * Every action that can still be undone, newest first, each with its own button and the time its undo
 * ends: after a sent on one row and a snooze on another, both can be taken back, in any order.
 */
function QueueUndo() {
  const entries = useQueue((s) => s.undo);
  const undoEntry = useQueue((s) => s.undoEntry);
  const minutes = useBook((s) => s.bookSettings.undoMinutes);
  if (!entries.length) return null;
  return (
    <ul className="queue-undo" aria-label="Actions you can undo">
      {[...entries].reverse().map((entry) => (
        <li key={entry.id}>
          <button type="button" onClick={() => void undoEntry(entry.id)} aria-describedby={`queue-undo-${entry.id}`}>
            Undo {entry.label}
          </button>{' '}
          <span id={`queue-undo-${entry.id}`} className="book-note">
            available until {untilWords(entry.until)} ({minutes} minutes after it, the team&apos;s choice)
          </span>
        </li>
      ))}
    </ul>
  );
}
