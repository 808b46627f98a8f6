import { measureElement, useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

interface VirtualListProps<T> {
  /** The list's accessible name. */
  label: string;
  items: readonly T[];
  keyOf(item: T): string;
  /** A row's usual height in px: where it sits until it is shown and measured. */
  sizeOf(item: T): number;
  /** The row's whole text: its accessible name, so nothing a narrow panel wraps is lost to a screen reader. */
  nameOf(item: T): string;
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

/** Where nothing is laid out (a test DOM): a panel-sized viewport. */
const FALLBACK_HEIGHT = 480;

/**
 * Where the list starts in the document, kept current: the queue above it grows and shrinks (a batch
 * opens, a row's skip form), and the window virtualizer needs the list's own offset in the page's scroll.
 */
function useDocumentOffset(ref: React.RefObject<HTMLElement | null>): number {
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    const measure = () => {
      const element = ref.current;
      if (element) setOffset(Math.round(element.getBoundingClientRect().top + window.scrollY));
    };
    measure();
    // Anything above the list that changes height changes the body's height too.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(document.body);
    return () => observer?.disconnect();
  }, [ref]);
  return offset;
}

/**
 * A list of thousands of rows that renders only those in view (@tanstack/react-virtual) and is part of
 * the page's one scroll: the window is its scroller, so no list scrolls inside the page. Rows wrap to
 * their whole text (nothing is cut off at the panel's 360 px) and are measured once shown. Each row
 * says its place in the whole list (aria-setsize/posinset), since most rows are not in the DOM, and its
 * whole text is its accessible name. One row is in the Tab order at a time; the arrow keys, Home, End
 * and Page Up/Down move between rows (and scroll the row in), Tab moves between a row's controls.
 */
export function VirtualList<T>({ label, items, keyOf, sizeOf, nameOf, render }: VirtualListProps<T>) {
  const listRef = useRef<HTMLUListElement>(null);
  const scrollMargin = useDocumentOffset(listRef);
  const [active, setActive] = useState(0);
  const focusing = useRef<number | null>(null);
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: (index) => sizeOf(items[index]!),
    getItemKey: (index) => keyOf(items[index]!),
    overscan: 6,
    scrollMargin,
    // A row not laid out measures 0; it keeps its estimate rather than collapsing onto its neighbours.
    measureElement: (element, entry, instance) => measureElement(element, entry, instance) || sizeOf(items[Number((element as HTMLElement).dataset.index)]!),
  });
  const current = Math.min(active, Math.max(0, items.length - 1));

  // Focus follows the active row once the virtualizer has rendered it.
  useEffect(() => {
    const index = focusing.current;
    if (index === null) return;
    const row = listRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`);
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
    const page = Math.max(1, Math.floor((window.innerHeight || FALLBACK_HEIGHT) / sizeOf(items[from] ?? items[0]!)) - 1);
    const next = move(from, items.length, page);
    focusing.current = next;
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  return (
    <ul ref={listRef} aria-label={label} className="book-list" style={{ height: virtualizer.getTotalSize() }} onKeyDown={onKeyDown}>
      {virtualizer.getVirtualItems().map((row) => (
        <li
          key={row.key}
          ref={virtualizer.measureElement}
          data-index={row.index}
          className="book-row"
          tabIndex={row.index === current ? 0 : -1}
          aria-label={nameOf(items[row.index]!)}
          aria-setsize={items.length}
          aria-posinset={row.index + 1}
          onFocus={(event) => event.target === event.currentTarget && setActive(row.index)}
          style={{ transform: `translateY(${row.start - scrollMargin}px)` }}
        >
          {render(items[row.index]!)}
        </li>
      ))}
    </ul>
  );
}
