/**
 * Reads a date as a tenant's page shows it. Numeric day/month order comes from a setting, never from
 * guessing: "03/04/2026" is only read when the order says which number is the month. ISO dates and
 * dates with an English month name are unambiguous and read under any order.
 */
import type { IsoDate } from '../accounts/account';
import { isValidCivil, isoFromCivil } from './days';

export type DateOrder = 'MDY' | 'DMY' | 'YMD';
/**
 * An order, or how to find it when a numeric date needs one: finding it may mean scanning a whole page's
 * text (pageDateOrder), which a page showing only ISO or month-name dates never needs.
 */
export type DateOrderSource = DateOrder | (() => DateOrder);

const MONTHS = new Map<string, number>(Object.entries({
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
}));

const WEEKDAY_PREFIX = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+/i;
// Year first: 2026-11-23, 2026/11/23, 2026.11.23, and as Korean locales write it, 2026. 11. 23.
const ISO_LIKE = /^(\d{4})([-/]|\. ?)(\d{1,2})\2(\d{1,2})\.?$/;
const NUMERIC_YEAR_LAST = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/;
const ORDINAL = '(?:st|nd|rd|th)?';
const MONTH_FIRST = new RegExp(`^([a-z]+)\\.?\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})$`, 'i');
// 23 Nov 2026, 23-Nov-2026, and as German locales write it, 23. Nov. 2026.
const DAY_FIRST = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th|\\.)?(?:\\s+|-)([a-z]+)\\.?,?(?:\\s+|-)(\\d{4})$`, 'i');

function civil(year: string, month: number | undefined, day: string): IsoDate | null {
  const y = Number(year);
  const d = Number(day);
  return month !== undefined && isValidCivil(y, month, d) ? isoFromCivil(y, month, d) : null;
}

/**
 * `2026-11-23`, `11/23/2026` (MDY), `23.11.2026` (DMY), `2026/11/23`, `Nov 23, 2026`, `23 Nov 2026`,
 * `November 23, 2026` → `2026-11-23`. Impossible dates (02/30/2026), two-digit years, placeholders ("—")
 * and anything else → null.
 */
export function parseDisplayDate(text: string, orderSource: DateOrderSource): IsoDate | null {
  const s = text.trim().replace(/\s+/g, ' ').replace(WEEKDAY_PREFIX, '');

  // A four-digit year first is read as year-month-day in every locale.
  const iso = ISO_LIKE.exec(s);
  if (iso) return civil(iso[1]!, Number(iso[3]), iso[4]!);

  const numeric = NUMERIC_YEAR_LAST.exec(s);
  if (numeric) {
    const order = typeof orderSource === 'function' ? orderSource() : orderSource;
    if (order === 'MDY') return civil(numeric[4]!, Number(numeric[1]), numeric[3]!);
    if (order === 'DMY') return civil(numeric[4]!, Number(numeric[3]), numeric[1]!);
    return null; // a YMD tenant never shows the year last: which number is the month is unknowable
  }

  const monthFirst = MONTH_FIRST.exec(s);
  if (monthFirst) return civil(monthFirst[3]!, MONTHS.get(monthFirst[1]!.toLowerCase()), monthFirst[2]!);

  const dayFirst = DAY_FIRST.exec(s);
  if (dayFirst) return civil(dayFirst[3]!, MONTHS.get(dayFirst[2]!.toLowerCase()), dayFirst[1]!);

  return null;
}

/**
 * Numeric dates with the year last, anywhere in a text (a page's whole text content): not a part of a
 * longer run of numbers (a version, an address), though a sentence may end right after one.
 */
const NUMERIC_YEAR_LAST_IN_TEXT = /(?<![\d/-])(?<!\d\.)(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?![\d/-])(?!\.\d)/g;

/**
 * The numeric order a page's own dates prove: 23/11/2026 can only be day-first, 11/23/2026 only
 * month-first, so a page showing either settles how its 03/04/2026 reads. null when no date proves an
 * order, or when dates prove both (a page that contradicts itself settles nothing).
 */
export function orderProvenBy(text: string): 'MDY' | 'DMY' | null {
  let dayFirst = false;
  let monthFirst = false;
  for (const match of text.matchAll(NUMERIC_YEAR_LAST_IN_TEXT)) {
    const first = Number(match[1]);
    const second = Number(match[3]);
    if (first > 12 && first <= 31 && second >= 1 && second <= 12) dayFirst = true;
    else if (second > 12 && second <= 31 && first >= 1 && first <= 12) monthFirst = true;
  }
  if (dayFirst === monthFirst) return null;
  return dayFirst ? 'DMY' : 'MDY';
}
