/**
 * Calendar-date arithmetic on `YYYY-MM-DD` strings, and the date renderings both fake apps use.
 * Everything goes through UTC midnight so a time zone or DST change can never shift a day.
 */
import type { IsoDate } from '../../lib/shared/accounts/account';

/** How a C360 page renders dates for an account (tenants and user locales differ). */
export type DateFormat = 'ISO' | 'MDY' | 'DMY' | 'MONTH_NAME';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: IsoDate): [number, number, number] {
  const m = ISO_RE.exec(date);
  if (!m) throw new Error(`not an ISO date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function fromUtc(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function isIsoDate(value: string): boolean {
  if (!ISO_RE.test(value)) return false;
  const [y, m, d] = parts(value);
  return fromUtc(Date.UTC(y, m - 1, d)) === value;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = parts(date);
  return fromUtc(Date.UTC(y, m - 1, d + days));
}

/** Adds months and clamps to the month's last day (Jan 31 + 1 month = Feb 28/29), like date-fns. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date);
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(y, m - 1 + months, Math.min(d, lastDay)));
}

export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/** The local calendar date: what a CSM's wall calendar says, not the UTC date. */
export function localToday(now: Date = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** C360 rendering: `2026-11-23`, `11/23/2026`, `23.11.2026` or `Nov 23, 2026`. */
export function formatGainsightDate(date: IsoDate, format: DateFormat): string {
  const [y, m, d] = parts(date);
  const p2 = (n: number) => String(n).padStart(2, '0');
  switch (format) {
    case 'ISO':
      return date;
    case 'MDY':
      return `${p2(m)}/${p2(d)}/${y}`;
    case 'DMY':
      return `${p2(d)}.${p2(m)}.${y}`;
    case 'MONTH_NAME':
      return `${MONTHS[m - 1]} ${d}, ${y}`;
  }
}

/** Lightning with an en_US user locale: unpadded `11/23/2026`, `1/5/2027`. */
export function formatLightningDate(date: IsoDate): string {
  const [y, m, d] = parts(date);
  return `${m}/${d}/${y}`;
}
