/**
 * What a queue row needs from the list around it: the order rows are on screen (shift-click ranges, the
 * next row after an action) and the actions, which move focus to the next row still to do.
 */
import { createContext, useContext } from 'react';
import { isDone, type QueueItem } from '@/lib/ui/book/queue/queue';
import type { QueueAction } from '@/lib/ui/book/queue/queue-state';

export interface QueueNav {
  order(): string[];
  /** Acts on `items`; focus then goes to the first row after `from` still to do. */
  act(items: readonly QueueItem[], action: QueueAction, from: string): Promise<void>;
  start(item: QueueItem): Promise<void>;
}

export const QueueNavContext = createContext<QueueNav | null>(null);

export function useQueueNav(): QueueNav {
  const nav = useContext(QueueNavContext);
  if (!nav) throw new Error('useQueueNav outside the queue');
  return nav;
}

/**
 * The row to focus after acting on `acted` from `from`: the next one on screen still to do, else the
 * previous one, else `from` itself (the list keeps acted rows, so `from` is still there).
 */
export function nextOpen(order: readonly string[], from: string, acted: ReadonlySet<string>, itemOf: (key: string) => QueueItem | undefined): string {
  const open = (key: string) => !acted.has(key) && (() => {
    const item = itemOf(key);
    return item ? !isDone(item) : true;
  })();
  const at = order.indexOf(from);
  for (let i = at + 1; i < order.length; i++) if (open(order[i]!)) return order[i]!;
  for (let i = at - 1; i >= 0; i--) if (open(order[i]!)) return order[i]!;
  return from;
}
