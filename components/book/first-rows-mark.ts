/**
 * Marks the moment the book first paints rows, so the benchmark (test/bench/book.bench.ts) can read
 * it: `performance.getEntriesByName(BOOK_FIRST_ROWS_MARK)`.
 */
import { useLayoutEffect, useRef } from 'react';

export const BOOK_FIRST_ROWS_MARK = 'book:first-rows';

export function useBookFirstRowsMark(rowsShown: boolean): void {
  const marked = useRef(false);
  useLayoutEffect(() => {
    if (!rowsShown || marked.current) return;
    marked.current = true;
    // Just before the paint that shows them: the closest a page gets to "painted" without a paint entry.
    requestAnimationFrame(() => performance.mark(BOOK_FIRST_ROWS_MARK));
  }, [rowsShown]);
}
