import { memo, useEffect, useId, useMemo, useRef, type KeyboardEvent } from 'react';
import type { QueueBatch as Batch, QueueEntry } from '@/lib/ui/book/queue/grouping';
import { SECTION_PAGE } from '@/lib/ui/book/queue/queue-store';
import type { QueueItem, QueueSection } from '@/lib/ui/book/queue/queue';
import { nextWorkday } from '@/lib/ui/book/queue/workdays';
import { useBook, useQueue, useQueueApi } from '../BookContext';
import { QueueBatch } from './QueueBatch';
import { QueueBulk } from './QueueBulk';
import { QueueRow } from './QueueRow';
import { QueueToolbar } from './QueueToolbar';
import { sameEntries, sameItems } from './same';
import { nextOpen, QueueNavContext, type QueueNav } from './nav';
import { shownGroups, useCalendar, useQueueItems, useQueueView, visibleOrder } from './use-queue';

const TYPING = new Set(['INPUT', 'SELECT', 'TEXTAREA']);
const MOVES: Record<string, (i: number, n: number) => number> = {
  ArrowDown: (i, n) => Math.min(n - 1, i + 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_i, n) => n - 1,
};

/**
 * My book's morning queue: Overdue, Today, This week, worked through from the keyboard or in bulk. The
 * page scrolls, the lists do not: every row is laid out whole (closed batches keep the count of rows
 * on screen small).
 */
export function QueueView() {
  const items = useQueueItems();
  const queue = useQueueView(items);
  const open = useQueue((s) => s.open);
  const limits = useQueue((s) => s.limits);
  const order = useMemo(() => visibleOrder(queue, open, limits), [queue, open, limits]);
  const byKey = useMemo(() => new Map(items.map((i) => [i.key, i])), [items]);
  const batches = useMemo(() => new Map(queue.sections.flatMap((s) => s.groups.flatMap((g) => g.entries.flatMap((e) => (e.kind === 'batch' ? [[e.batch.key, e.batch] as const] : []))))), [queue]);
  const latest = useRef({ order, byKey, batches });
  latest.current = { order, byKey, batches };
  const act = useQueue((s) => s.act);
  const start = useQueue((s) => s.start);
  const nav = useMemo<QueueNav>(() => ({
    order: () => latest.current.order,
    act: (acted, action, from) => act(acted, action, nextOpen(latest.current.order, from, new Set(acted.map((i) => i.key)), (k) => latest.current.byKey.get(k))),
    start,
  }), [act, start]);
  const onKeyDown = useQueueKeys(nav, () => latest.current);
  const setFirst = useQueue((s) => s.setFirst);
  useEffect(() => {
    setFirst(order[0] ?? null);
  }, [order, setFirst]);
  return (
    <QueueNavContext.Provider value={nav}>
      <div className="queue" onKeyDown={onKeyDown}>
        <QueueToolbar done={queue.progress.done} total={queue.progress.total} />
        <QueueBulk items={items} />
        {queue.sections.map((section) => (
          <Section key={section.id} section={section} />
        ))}
      </div>
    </QueueNavContext.Provider>
  );
}

type Lookup = () => { order: string[]; byKey: Map<string, QueueItem>; batches: Map<string, Batch> };

/** The queue's keys on a focused row: Enter starts it, S sent, N snooze, K skip, X select, U undo, arrows move. */
function useQueueKeys(nav: QueueNav, lookup: Lookup) {
  const calendar = useCalendar();
  const today = useBook((s) => s.today);
  const store = useQueueApi();
  return (event: KeyboardEvent<HTMLDivElement>) => {
    const { focus, undoLast, askSkip, select, selectMany, toggleBatch } = store.getState();
    const target = event.target as HTMLElement;
    const row = target.closest<HTMLElement>('[data-queue-key]');
    if (!row || TYPING.has(target.tagName) || event.altKey) return;
    const key = row.dataset.queueKey!;
    const { order, byKey, batches } = lookup();
    const letter = event.key.toLowerCase();
    if (letter === 'u' || (letter === 'z' && (event.ctrlKey || event.metaKey))) {
      event.preventDefault();
      void undoLast();
      return;
    }
    if (target !== row || event.ctrlKey || event.metaKey) return;
    const item = byKey.get(key);
    const batch = batches.get(key);
    const todo = item ? [item] : (batch?.items ?? []);
    const move = MOVES[event.key];
    const handled = (): void => event.preventDefault();
    if (move) {
      handled();
      focus(order[move(order.indexOf(key), order.length)] ?? null);
    } else if (event.key === 'Enter') {
      handled();
      if (item) void nav.start(item);
      else if (batch) toggleBatch(batch.key);
    } else if (letter === 's') {
      handled();
      void nav.act(todo, { kind: 'sent' }, key);
    } else if (letter === 'n') {
      handled();
      const due = item?.dueOn ?? batch?.dueOn ?? today;
      void nav.act(todo, { kind: 'snoozed', until: nextWorkday(calendar, due > today ? due : today) }, key);
    } else if (letter === 'k') {
      handled();
      askSkip(key);
    } else if (letter === 'x' || event.key === ' ') {
      handled();
      if (item) select(key, !row.querySelector<HTMLInputElement>('.queue-check')?.checked, event.shiftKey ? order : undefined);
      else selectMany(todo.map((i) => i.key), !row.querySelector<HTMLInputElement>('.queue-check')?.checked);
    }
  };
}

function Section({ section }: { section: QueueSection }) {
  const id = useId();
  const filter = useBook((s) => s.filter.trim());
  const limit = useQueue((s) => s.limits[section.id] ?? SECTION_PAGE);
  const showMore = useQueue((s) => s.showMore);
  const shown = section.groups.reduce((n, g) => n + g.items.length, 0);
  const groups = shownGroups(section, limit);
  const entries = section.groups.reduce((n, g) => n + g.entries.length, 0);
  const laidOut = groups.reduce((n, g) => n + g.entries.length, 0);
  return (
    <section className="book-section" aria-labelledby={id}>
      <h3 id={id}>
        {section.title} <span className="book-count">({filter && shown !== section.count ? `${shown.toLocaleString()} of ${section.count.toLocaleString()}` : section.count.toLocaleString()})</span>
      </h3>
      {shown === 0 ? (
        <p className="book-empty">{section.count === 0 ? 'None.' : 'None match the filter.'}</p>
      ) : (
        groups.map(({ group, entries: cut }) => <Group key={group.key} group={group} entries={cut} label={section.title} />)
      )}
      {laidOut < entries && (
        // More rows on request, in the page's flow: nothing scrolls inside, and a 5,000-account book opens quickly.
        <button type="button" className="queue-more" onClick={() => showMore(section.id)}>
          Show more of {section.title} ({(entries - laidOut).toLocaleString()} more {entries - laidOut === 1 ? 'entry' : 'entries'})
        </button>
      )}
    </section>
  );
}

const Group = memo(function Group({ group, entries, label }: { group: QueueSection['groups'][number]; entries: QueueEntry[]; label: string }) {
  const keys = group.items.map((i) => i.key);
  const all = useQueue((s) => keys.every((k) => s.selected.has(k)));
  const selectMany = useQueue((s) => s.selectMany);
  return (
    <div className="queue-group">
      <h4 className="book-program">
        {group.title} ({group.items.length.toLocaleString()})
      </h4>
      <label className="queue-select-all">
        <input type="checkbox" checked={all} onChange={(event) => selectMany(keys, event.target.checked)} /> Select all in {group.title} ({label})
      </label>
      <ul className="queue-list" aria-label={`${label}: ${group.title}`}>
        {entries.map((entry) => (entry.kind === 'item' ? <QueueRow key={entry.item.key} item={entry.item} /> : <QueueBatch key={entry.batch.key} batch={entry.batch} />))}
      </ul>
    </div>
  );
}, (before, after) => before.label === after.label && before.group.title === after.group.title && sameItems(before.group.items, after.group.items) && sameEntries(before.entries, after.entries));
