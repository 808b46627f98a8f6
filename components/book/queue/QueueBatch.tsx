import { memo } from 'react';
import { isDone } from '@/lib/ui/book/queue/queue';
import type { QueueBatch as Batch } from '@/lib/ui/book/queue/grouping';
import { useQueue } from '../BookContext';
import { useQueueNav } from './nav';
import { QueueEntry, SkipButton } from './QueueEntry';
import { QueueRow } from './QueueRow';
import { sameBatch } from './same';
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
  const todo = batch.items.filter((i) => !isDone(i));
  const n = batch.items.length;
  const what = `${batch.stepName} of ${batch.programName}, ${n} accounts`;
  const title = `${batch.programName}: ${batch.stepName}`;
  const status = `Batch of ${n} accounts, due ${dayName(batch.dueOn)}: ${n - todo.length} of ${n} done`;
  const actions = (
    <>
      <button type="button" aria-expanded={open} onClick={() => toggle(batch.key)} aria-label={`${open ? 'Hide' : 'Show'} rows of the batch: ${what}`}>
        {open ? 'Hide rows' : 'Show rows'}
      </button>
      {todo.some((i) => i.row) && (
        <button type="button" onClick={() => void nav.act(todo, { kind: 'sent' }, batch.key)} aria-label={`Mark all sent: ${what}`}>
          All sent
        </button>
      )}
      {todo.length > 0 && <SkipButton entryKey={batch.key} label={`Skip the batch: ${what}`} />}
    </>
  );
  return (
    <QueueEntry
      entryKey={batch.key}
      className="queue-row queue-batch"
      name={`${title}. ${status}`}
      check={<input type="checkbox" className="queue-check" checked={allSelected} aria-label={`Select the batch: ${what}`} onChange={(event) => selectMany(batch.items.map((i) => i.key), event.target.checked)} />}
      text={
        <>
          <span className="book-account">{title}</span>
          <span className="book-step">{status}</span>
        </>
      }
      actions={actions}
      skipWhat={`the batch: ${what}`}
      onSkip={(reason) => void nav.act(todo, { kind: 'skipped', reason }, batch.key)}
    >
      {open && (
        <ul className="queue-list queue-batch-rows" aria-label={`Rows of the batch: ${what}`}>
          {batch.items.map((item) => (
            <QueueRow key={item.key} item={item} />
          ))}
        </ul>
      )}
    </QueueEntry>
  );
}, (before, after) => sameBatch(before.batch, after.batch));
