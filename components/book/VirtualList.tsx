import { measureElement, observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

interface VirtualListProps<T> {
  /** The list's accessible name. */
  label: string;
  items: readonly T[];
  keyOf(item: T): string;
  /** A row's height in px (rows are laid out at exactly this height), or its usual height when `measured`. */
  sizeOf(item: T): number;
  /** Rows can grow (an opened role fix): each is measured once shown. Others are never measured. */
  measured?: boolean;
  render(item: T): ReactNode;
}

const KEYS: Record<string, (index: number, count: number, page: number) => number> = {
  ArrowDown: (i, n) => Math.min(n - 1, i + 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_i, n) => n - 1,
  PageDown: (i, n, page) => Math.min(n - 1, i + page),
  PageUp: (i, _n, page) => Math.max(0, i - page),
};

const TYPING = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/** Before the first layout, and where nothing is laid out (a hidden tab, a test DOM): a panel-sized viewport. */
const FALLBACK_RECT = { width: 360, height: 480 };

/** The scroll area's size as the browser measures it; an unmeasured (zero) one counts as the fallback. */
function observeRect(instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: { width: number; height: number }) => void) {
  return observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : FALLBACK_RECT));
}

/**
 * A list of thousands of rows that renders only those in view (@tanstack/react-virtual), so a book of
 * 5,000 accounts scrolls smoothly. Rows have fixed heights, so scrolling never waits on measuring and
 * re-placing rows; a list whose rows can grow is measured row by row instead. Each row says its place in the whole list (aria-setsize/posinset),
 * since most rows are not in the DOM. One row is in the Tab order at a time; the arrow keys, Home,
 * End and Page Up/Down move between rows (and scroll the row in), Tab moves between a row's controls.
 */
export function VirtualList<T>({ label, items, keyOf, sizeOf, measured = false, render }: VirtualListProps<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const focusing = useRef<number | null>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => sizeOf(items[index]!),
    getItemKey: (index) => keyOf(items[index]!),
    overscan: 6,
    initialRect: FALLBACK_RECT,
    observeElementRect: observeRect,
    // A row not laid out measures 0; it keeps its estimate rather than collapsing onto its neighbours.
    measureElement: (element, entry, instance) => measureElement(element, entry, instance) || sizeOf(items[Number((element as HTMLElement).dataset.index)]!),
  });
  const current = Math.min(active, Math.max(0, items.length - 1));

  // Focus follows the active row once the virtualizer has rendered it.
  useEffect(() => {
    const index = focusing.current;
    if (index === null) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`);
    if (!row) return;
    focusing.current = null;
    row.focus({ preventScroll: true });
  });

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const move = KEYS[event.key];
    const target = event.target as HTMLElement;
    if (!move || TYPING.has(target.tagName) || !items.length) return;
    event.preventDefault();
    const from = Number(target.closest<HTMLElement>('[data-index]')?.dataset.index ?? current);
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight || FALLBACK_RECT.height) / sizeOf(items[from] ?? items[0]!)) - 1);
    const next = move(from, items.length, page);
    focusing.current = next;
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  return (
    <div ref={scrollRef} className="book-scroll">
      <ul aria-label={label} className="book-list" style={{ height: virtualizer.getTotalSize() }} onKeyDown={onKeyDown}>
        {virtualizer.getVirtualItems().map((row) => (
          <li
            key={row.key}
            ref={measured ? virtualizer.measureElement : undefined}
            data-index={row.index}
            className="book-row"
            tabIndex={row.index === current ? 0 : -1}
            aria-setsize={items.length}
            aria-posinset={row.index + 1}
            onFocus={(event) => event.target === event.currentTarget && setActive(row.index)}
            style={{ transform: `translateY(${row.start}px)`, ...(measured ? {} : { height: row.size }) }}
          >
            {render(items[row.index]!)}
          </li>
        ))}
      </ul>
    </div>
  );
}
