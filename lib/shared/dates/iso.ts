/**
 * Calendar-date helpers on IsoDate strings (`YYYY-MM-DD`), for code outside the engine's hot path.
 * All of them go through day numbers (days.ts), so the machine's time zone never matters.
 * Invalid IsoDate arguments are programming errors and throw a RangeError.
 */
import type { IsoDate } from '../accounts/account';
import {
  addMonthsToDay, civilFromDay, dayFromIso, isoFromDay, nthWeekdayDay, weekdayOfDay,
  type DayNumber, type Weekday,
} from './days';

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && dayFromIso(value) !== null;
}

export function toDayNumber(date: IsoDate): DayNumber {
  const day = dayFromIso(date);
  if (day === null) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return day;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return isoFromDay(toDayNumber(date) + days);
}

/** Whole calendar days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function addMonths(date: IsoDate, months: number): IsoDate {
  return isoFromDay(addMonthsToDay(toDayNumber(date), months));
}

export function weekdayOf(date: IsoDate): Weekday {
  return weekdayOfDay(toDayNumber(date));
}

/** The nth (1–5) weekday (0 = Sunday) of a month (1–12), or null when that month has none. */
export function nthWeekdayOfMonth(year: number, month: number, n: number, weekday: Weekday): IsoDate | null {
  const day = nthWeekdayDay(year, month, n, weekday);
  return day === null ? null : isoFromDay(day);
}

/** The first date on or after `today` that is the nth weekday of its month (4th Friday: n = 4, weekday = 5). */
export function nextNthWeekday(today: IsoDate, n: number, weekday: Weekday): IsoDate {
  if (!Number.isInteger(n) || n < 1 || n > 5) throw new RangeError(`n must be 1–5, got ${n}`);
  const start = toDayNumber(today);
  let { year, month } = civilFromDay(start);
  // A 5th weekday is missing in some months but always occurs within a few months.
  for (let i = 0; i < 14; i++) {
    const day = nthWeekdayDay(year, month, n, weekday);
    if (day !== null && day >= start) return isoFromDay(day);
    month += 1;
    if (month > 12) { month = 1; year += 1; }
  }
  throw new RangeError('unreachable: every weekday has a 5th occurrence within 14 months');
}
