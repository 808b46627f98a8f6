import { useEffect, useRef, useState } from 'react';
import { GROUP_LABELS, type GroupId } from '@/lib/extension/reminders/groups';
import type { Reminder } from '@/lib/shared/reminders/records';
import { ReminderRow } from './ReminderRow';

/** Rows rendered per step: a group of 10,000 must not mean 10,000 rows in the DOM. */
export const PAGE_SIZE = 50;

/**
 * One group (Overdue, Today, …) as a region named by its heading, with its rows in a list named like
 * the group. Long groups show a window of rows and a button for the next ones.
 */
export function ReminderGroup({ id, reminders, total }: { id: GroupId; reminders: Reminder[]; total: number | null }) {
  const label = GROUP_LABELS[id];
  const headingId = `group-${id}`;
  const [shown, setShown] = useState(PAGE_SIZE);
  const [focusFrom, setFocusFrom] = useState<number | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const rows = reminders.length > shown ? reminders.slice(0, shown) : reminders;
  const notShown = (total ?? reminders.length) - rows.length;

  // After "Show more", focus goes to the first new row, where the reader was heading.
  useEffect(() => {
    if (focusFrom === null) return;
    listRef.current?.children[focusFrom]?.querySelector<HTMLElement>('button')?.focus();
    setFocusFrom(null);
  }, [focusFrom]);

  return (
    <section className="group" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {label}
        {total !== null && <span className="group-count"> ({total.toLocaleString()})</span>}
      </h2>
      <ul className="reminders" aria-label={label} ref={listRef}>
        {rows.map((reminder) => (
          <ReminderRow key={reminder.key} reminder={reminder} />
        ))}
      </ul>
      {notShown > 0 &&
        (rows.length < reminders.length ? (
          <button
            type="button"
            className="show-more"
            onClick={() => {
              setFocusFrom(rows.length);
              setShown((n) => n + PAGE_SIZE);
            }}
          >
            Show {Math.min(PAGE_SIZE, reminders.length - rows.length).toLocaleString()} more in {label} ({notShown.toLocaleString()} not shown)
          </button>
        ) : (
          <p className="group-more">Loading {notShown.toLocaleString()} more…</p>
        ))}
    </section>
  );
}
