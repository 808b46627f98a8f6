/** Which numeric date order a page uses: the user's setting, else what the page's own dates prove, else the browser's language. */
import { orderProvenBy, type DateOrder } from './parse';

/** The browser locale's numeric order, for the "auto" date setting. */
export function localeDateOrder(locale?: string): DateOrder {
  const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date(2026, 10, 23))
    .map((p) => p.type)
    .filter((t) => t === 'year' || t === 'month' || t === 'day');
  if (parts[0] === 'year') return 'YMD';
  return parts[0] === 'day' ? 'DMY' : 'MDY';
}

/**
 * The numeric date order to read a page with, asked again at each reading: the user's setting, or for
 * "auto" the order the page's own dates prove (a 23/11/2026 anywhere in its text), and the browser
 * locale's until one does. A page renders late, so the proof is looked for until it is found.
 */
export function pageDateOrder(setting: DateOrder | 'auto', pageText: () => string, locale?: string): () => DateOrder {
  if (setting !== 'auto') return () => setting;
  const fallback = localeDateOrder(locale);
  let proven: DateOrder | null = null;
  return () => (proven ??= orderProvenBy(pageText())) ?? fallback;
}
