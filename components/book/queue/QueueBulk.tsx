import type { QueueItem } from '@/lib/ui/book/queue/queue';
import { isDone } from '@/lib/ui/book/queue/queue';
import { nextWorkday } from '@/lib/ui/book/queue/workdays';
import { useBook, useQueue } from '../BookContext';
import { SkipForm } from './SkipForm';
import { useCalendar } from './use-queue';
import { dayName } from './words';

/** The selected rows' actions: mark sent, snooze or skip them together, with one undo. */
export function QueueBulk({ items }: { items: readonly QueueItem[] }) {
  const selected = useQueue((s) => s.selected);
  const skipping = useQueue((s) => s.skipping === 'selection');
  const act = useQueue((s) => s.act);
  const askSkip = useQueue((s) => s.askSkip);
  const selectMany = useQueue((s) => s.selectMany);
  const calendar = useCalendar();
  const today = useBook((s) => s.today);
  if (selected.size === 0) return null;
  const chosen = items.filter((i) => selected.has(i.key) && !isDone(i));
  const n = chosen.length;
  const until = nextWorkday(calendar, today);
  return (
    <div className="queue-bulk" role="group" aria-label="Selected sends">
      <span>{n.toLocaleString()} selected</span>
      <button type="button" disabled={!chosen.some((i) => i.row)} onClick={() => void act(chosen, { kind: 'sent' })}>
        Mark {n} sent
      </button>
      <button type="button" disabled={!n} onClick={() => void act(chosen, { kind: 'snoozed', until })}>
        Snooze {n} to {dayName(until)}
      </button>
      <button type="button" disabled={!n} aria-expanded={skipping} onClick={() => askSkip('selection')}>
        Skip {n}…
      </button>
      <button type="button" onClick={() => selectMany([...selected], false)}>
        Clear the selection
      </button>
      {skipping && <SkipForm what={`${n} selected sends`} onSkip={(reason) => void act(chosen, { kind: 'skipped', reason })} onCancel={() => askSkip(null)} />}
    </div>
  );
}
