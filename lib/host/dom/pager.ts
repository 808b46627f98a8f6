/**
 * Pagers beside a list: a list read from one page of several is only part of the whole, whatever its own
 * markup claims. Read by their words and controls ("1 - 10 of 14", "Page 1 of 2", Next), never by class.
 */
import { allElements, isRendered, textOf, type Root } from './walk';

/** A pager's range: "1 - 10 of 14", "11–14 of 14", "Showing 1 to 10 of 14 entries". */
const RANGE_OF = /^(?:showing\s+)?(\d+)\s*(?:[-–—]|to)\s*(\d+)\s+of\s+(\d+)(?:\s+[a-z]+)?$/i;
const PAGE_OF = /^page\s+\d+\s+of\s+(\d+)$/i;
const NEXT = /^next(?:\s+page)?$/i;
/** Longer texts are paragraphs or whole containers, never a pager's caption. */
const MAX_PAGER_TEXT = 60;

function isEnabledNext(el: Element): boolean {
  const control = el.tagName === 'BUTTON' || (el.tagName === 'A' && el.hasAttribute('href')) || /^(?:button|link)$/.test(el.getAttribute('role') ?? '');
  if (!control || el.hasAttribute('disabled') || el.getAttribute('aria-disabled') === 'true') return false;
  return NEXT.test((el.getAttribute('aria-label') || el.getAttribute('title') || textOf(el)).trim());
}

/**
 * What a pager under `root` says about rows on other pages: their total ("1 - 10 of 14" says 14),
 * null when it only shows there are more ("Page 1 of 2", an enabled Next), undefined when no pager
 * says so. A list read from one page is then partial, whatever its own markup claims.
 */
export function pagedTotal(root: Root): number | null | undefined {
  let more = false;
  for (const el of allElements(root)) {
    if (isEnabledNext(el) && isRendered(el)) more = true;
    if ((el.textContent ?? '').length > MAX_PAGER_TEXT) continue;
    const text = textOf(el);
    const range = RANGE_OF.exec(text);
    if (range && Number(range[2]) - Number(range[1]) + 1 < Number(range[3]) && isRendered(el)) return Number(range[3]);
    if (Number(PAGE_OF.exec(text)?.[1] ?? 0) > 1 && isRendered(el)) more = true;
  }
  return more ? null : undefined;
}
