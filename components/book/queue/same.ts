/**
 * Whether a group or batch shows the same as before: the queue is rebuilt whole on each action, but
 * its rows keep their objects when unchanged (use-queue.ts), so comparing them by identity lets React
 * skip every group and batch an action did not touch (a 5,000-account book lays out hundreds).
 */
import type { QueueBatch, QueueEntry } from '@/lib/ui/book/queue/grouping';
import type { QueueItem } from '@/lib/ui/book/queue/queue';

const sameItems = (a: readonly QueueItem[], b: readonly QueueItem[]) => a.length === b.length && a.every((item, i) => item === b[i]);

export const sameBatch = (a: QueueBatch, b: QueueBatch): boolean => a === b || (a.key === b.key && a.dueOn === b.dueOn && sameItems(a.items, b.items));

export function sameEntries(a: readonly QueueEntry[], b: readonly QueueEntry[]): boolean {
  return a.length === b.length && a.every((entry, i) => {
    const other = b[i]!;
    if (entry.kind === 'item') return other.kind === 'item' && other.item === entry.item;
    return other.kind === 'batch' && sameBatch(entry.batch, other.batch);
  });
}

export { sameItems };
