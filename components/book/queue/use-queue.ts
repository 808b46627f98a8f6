import { useMemo, useRef } from 'react';
import { emailsByContact, fatigueRuleOf, type PastEmail } from '@/lib/ui/book/queue/fatigue';
import type { QueueEntry } from '@/lib/ui/book/queue/grouping';
import { buildQueue, queueItems, queueRowsOf, type Queue, type QueueGroup, type QueueItem } from '@/lib/ui/book/queue/queue';
import { SECTION_PAGE } from '@/lib/ui/book/queue/queue-store';
import { calendarOf, type Calendar } from '@/lib/ui/book/queue/workdays';
import { useBook, useQueue } from '../BookContext';

/** Every row of the queue, from the book's lists and the CSM's marks. */
export function useQueueItems(): QueueItem[] {
  const lists = useBook((s) => s.lists);
  const today = useBook((s) => s.today);
  const settings = useBook((s) => s.bookSettings);
  const pastEmails = useBook((s) => s.pastEmails);
  const marks = useQueue((s) => s.marks);
  const previous = useRef(new Map<string, QueueItem>());
  // Each account's email history, kept while its past emails stand (the book gives the same array until
  // the account or its sends change): after a bulk mark-sent only the accounts written work it out again.
  const histories = useRef(new WeakMap<readonly PastEmail[], ReturnType<typeof emailsByContact>>());
  return useMemo(() => {
    const historyOf = (id: string) => {
      const emails = pastEmails(id);
      let history = histories.current.get(emails);
      if (!history) histories.current.set(emails, (history = emailsByContact(emails)));
      return history;
    };
    const items = queueItems(queueRowsOf(lists), marks, { today, calendar: calendarOf(settings), fatigue: fatigueRuleOf(settings), historyOf });
    // A row whose item did not change keeps its object, so only the rows an action touched render again.
    const kept = items.map((item) => {
      const before = previous.current.get(item.key);
      return before && sameItem(before, item) ? before : item;
    });
    previous.current = new Map(kept.map((item) => [item.key, item]));
    return kept;
  }, [lists, marks, today, settings, pastEmails]);
}

function sameItem(a: QueueItem, b: QueueItem): boolean {
  // The key names account, program, step and date; a replanned book makes new row objects for the same send.
  return (a.row === null) === (b.row === null) && a.row?.account === b.row?.account && String(a.recipients) === String(b.recipients) && a.mark === b.mark && a.state === b.state && a.dueOn === b.dueOn && a.section === b.section && a.age === b.age && a.accountName === b.accountName
    && a.fatigue?.fineFrom === b.fatigue?.fineFrom && a.fatigue?.contact === b.fatigue?.contact && a.fatigue?.count === b.fatigue?.count;
}

/** The queue as shown: filtered by the book's filter, sorted and grouped as chosen. */
export function useQueueView(items: readonly QueueItem[]): Queue {
  const filter = useBook((s) => s.filter);
  const sort = useQueue((s) => s.sort);
  const grouping = useQueue((s) => s.grouping);
  return useMemo(() => buildQueue(items, { sort, grouping, filter: filter.trim() }), [items, sort, grouping, filter]);
}

export function useCalendar(): Calendar {
  const settings = useBook((s) => s.bookSettings);
  return useMemo(() => calendarOf(settings), [settings]);
}

/** The entries a section lays out: its groups, each cut so that the section shows at most `limit`. */
export function shownGroups(section: Queue['sections'][number], limit: number): { group: QueueGroup; entries: QueueEntry[] }[] {
  const shown: { group: QueueGroup; entries: QueueEntry[] }[] = [];
  let budget = limit;
  for (const group of section.groups) {
    if (budget <= 0) break;
    const entries = group.entries.slice(0, budget);
    budget -= entries.length;
    shown.push({ group, entries });
  }
  return shown;
}

/** The keys of the rows and batches in the order they are on screen (a closed batch hides its rows). */
export function visibleOrder(queue: Queue, open: ReadonlySet<string>, limits: Readonly<Record<string, number>>): string[] {
  const keys: string[] = [];
  for (const section of queue.sections) {
    for (const { entries } of shownGroups(section, limits[section.id] ?? SECTION_PAGE)) {
      for (const entry of entries) {
        if (entry.kind === 'item') keys.push(entry.item.key);
        else {
          keys.push(entry.batch.key);
          if (open.has(entry.batch.key)) keys.push(...entry.batch.items.map((i) => i.key));
        }
      }
    }
  }
  return keys;
}
