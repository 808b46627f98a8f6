import { memo, useEffect, useRef } from 'react';
import { isDone } from '@/lib/ui/book/queue/queue';
import type { QueueBatch as Batch } from '@/lib/ui/book/queue/grouping';
import { useQueue } from '../BookContext';
import { useQueueNav } from './nav';
import { QueueRow, SkipForm } from './QueueRow';
import { dayName } from './words';

/**
 * A campaign step due for many accounts on one day (what Gainsight's Group Send sends at once): one
 * entry that opens into its rows, and marks them all at once.
 */
export const QueueBatch = memo(function QueueBatch({ batch }: { batch: Batch }) {
  const nav = useQueueNav();
  const open = useQueue((s) => s.open.has(batch.key));
  const toggle = useQueue((s) => s.toggleBatch);
  const selectMany = useQueue((s) => s.selectMany);
  const allSelected = useQueue((s) => batch.items.every((i) => s.selected.has(i.key)));
  const focusMe = useQueue((s) => s.focusKey === batch.key);
  const skipping = useQueue((s) => s.skipping === batch.key);
  const askSkip = useQueue((s) => s.askSkip);
  const focus = useQueue((s) => s.focus);
  const tabbable = useQueue((s) => (s.active ?? s.first) === batch.key);
  const setActive = useQueue((s) => s.setActive);
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (!focusMe) return;
    ref.current?.focus();
    focus(null);
  }, [focusMe, focus]);
  const todo = batch.items.filter((i) => !isDone(i));
  const n = batch.items.length;
  const what = `${batch.stepName} of ${batch.programName}, ${n} accounts`;
  const name = `Batch: ${what}, due ${dayName(batch.dueOn)}. ${n - todo.length} of ${n} done.`;
  return (
    <li ref={ref} className="queue-row queue-batch" tabIndex={tabbable ? 0 : -1} onFocus={(event) => event.target === event.currentTarget && setActive(batch.key)} data-queue-key={batch.key} aria-label={name} aria-keyshortcuts="Enter S N K X U">
      <input type="checkbox" className="queue-check" checked={allSelected} aria-label={`Select the batch: ${what}`} onChange={(event) => selectMany(batch.items.map((i) => i.key), event.target.checked)} />
      <div className="queue-text">
        <span className="book-account">
          {batch.programName}: {batch.stepName}
        </span>
        <span className="book-step">
          Batch of {n} accounts, due {dayName(batch.dueOn)}: {n - todo.length} of {n} done
        </span>
      </div>
      <span className="book-actions queue-actions">
        <button type="button" aria-expanded={open} onClick={() => toggle(batch.key)} aria-label={`${open ? 'Hide' : 'Show'} rows of the batch: ${what}`}>
          {open ? 'Hide rows' : 'Show rows'}
        </button>
        {todo.some((i) => i.row) && (
          <button type="button" onClick={() => void nav.act(todo, { kind: 'sent' }, batch.key)} aria-label={`Mark all sent: ${what}`}>
            All sent
          </button>
        )}
        {todo.length > 0 && (
          <button type="button" aria-expanded={skipping} onClick={() => askSkip(batch.key)} aria-label={`Skip the batch: ${what}`}>
            Skip…
          </button>
        )}
      </span>
      {skipping && <SkipForm what={`the batch: ${what}`} onSkip={(reason) => void nav.act(todo, { kind: 'skipped', reason }, batch.key)} onCancel={() => askSkip(null, batch.key)} />}
      {open && (
        <ul className="queue-list queue-batch-rows" aria-label={`Rows of the batch: ${what}`}>
          {batch.items.map((item) => (
            <QueueRow key={item.key} item={item} />
          ))}
        </ul>
      )}
    </li>
  );
});
