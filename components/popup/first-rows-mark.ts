/**
 * Marks the moment the popup first paints rows, so the benchmark (test/bench/popup.bench.ts) can
 * read it: `performance.getEntriesByName(FIRST_ROWS_MARK)`.
 */
import { useLayoutEffect, useRef } from 'react';

export const FIRST_ROWS_MARK = 'popup:first-rows';

/** Marks the first rows' paint once per popup, and then tells `onPainted` (a task after that paint). */
export function useFirstRowsMark(rowsShown: boolean, onPainted: () => void): void {
  const marked = useRef(false);
  useLayoutEffect(() => {
    if (!rowsShown || marked.current) return;
    marked.current = true;
    // Layout effects run after the DOM commit and before the paint; a frame callback runs just before
    // that paint, the closest a page can get to "painted" without a paint-timing entry for it.
    requestAnimationFrame(() => {
      performance.mark(FIRST_ROWS_MARK);
      setTimeout(onPainted, 0);
    });
  }, [rowsShown, onPainted]);
}
