/**
 * Day numbers: whole days since 1970-01-01 on the proleptic Gregorian calendar.
 *
 * Calendar dates are converted with integer arithmetic only (H. Hinnant's days-from-civil), never through
 * `Date`: no time zone or DST rule can move a day, and the engine's hot path allocates nothing.
 * Correctness is checked against date-fns in days.test.ts, under several time zones.
 */
import type { IsoDate } from '../accounts/account';

export type DayNumber = number;

/** 0 = Sunday … 6 = Saturday, as `Date#getDay`, so callers can mix the two without translation. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface CivilDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

export function isValidCivil(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

export function dayFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function civilFromDay(dayNumber: DayNumber): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const ZERO = 48;

const isDigit = (d: number): boolean => d >= 0 && d <= 9;

/**
 * Day numbers of every 1 January from 1900 to 2299 and of each month's first day within a year (a leap year
 * from index 12 on): parsing a date of that span is then two look-ups, not dayFromCivil's divisions.
 * Engine batches parse several dates per account.
 */
const TABLE_FROM = 1900;
const TABLE_YEARS = 400;
const YEAR_STARTS = Int32Array.from({ length: TABLE_YEARS }, (_, i) => dayFromCivil(TABLE_FROM + i, 1, 1));
const MONTH_STARTS = Int32Array.from({ length: 24 }, (_, i) => {
  const year = i < 12 ? 2001 : 2004;
  return dayFromCivil(year, (i % 12) + 1, 1) - dayFromCivil(year, 1, 1);
});

/** Strict `YYYY-MM-DD` → day number; null for anything else, including impossible dates like 2026-02-30. */
export function dayFromIso(text: string): DayNumber | null {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  // Straight-line digits: the engine parses several dates per account.
  const y0 = text.charCodeAt(0) - ZERO;
  const y1 = text.charCodeAt(1) - ZERO;
  const y2 = text.charCodeAt(2) - ZERO;
  const y3 = text.charCodeAt(3) - ZERO;
  const m0 = text.charCodeAt(5) - ZERO;
  const m1 = text.charCodeAt(6) - ZERO;
  const d0 = text.charCodeAt(8) - ZERO;
  const d1 = text.charCodeAt(9) - ZERO;
  if (!isDigit(y0) || !isDigit(y1) || !isDigit(y2) || !isDigit(y3) || !isDigit(m0) || !isDigit(m1) || !isDigit(d0) || !isDigit(d1)) return null;
  const year = ((y0 * 10 + y1) * 10 + y2) * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1) return null;
  const leap = isLeapYear(year);
  if (day > (month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!)) return null;
  const fromTable = year - TABLE_FROM;
  if (fromTable < 0 || fromTable >= TABLE_YEARS) return dayFromCivil(year, month, day);
  return YEAR_STARTS[fromTable]! + MONTH_STARTS[(leap ? 12 : 0) + month - 1]! + day - 1;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

export function isoFromCivil(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

export function isoFromDay(dayNumber: DayNumber): IsoDate {
  const { year, month, day } = civilFromDay(dayNumber);
  return isoFromCivil(year, month, day);
}

export function weekdayOfDay(dayNumber: DayNumber): Weekday {
  // 1970-01-01 was a Thursday.
  return (((dayNumber + 4) % 7) + 7) % 7 as Weekday;
}

/** Adds calendar months; a day past the new month's end clamps to it (Aug 31 + 6 months = Feb 28/29), as date-fns does. */
export function addMonthsToDay(dayNumber: DayNumber, months: number): DayNumber {
  return addMonthsToCivil(civilFromDay(dayNumber), months);
}

/** addMonthsToDay for a date already split into year, month and day. */
export function addMonthsToCivil({ year, month, day }: CivilDate, months: number): DayNumber {
  const monthIndex = year * 12 + (month - 1) + months;
  const newYear = Math.floor(monthIndex / 12);
  const newMonth = monthIndex - newYear * 12 + 1;
  return dayFromCivil(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

/** The nth (1–5) given weekday of a month, or null when the month has no such day (a 5th Friday, say). */
export function nthWeekdayDay(year: number, month: number, n: number, weekday: Weekday): DayNumber | null {
  const first = dayFromCivil(year, month, 1);
  const dayOfMonth = 1 + ((weekday - weekdayOfDay(first) + 7) % 7) + (n - 1) * 7;
  return n >= 1 && dayOfMonth <= daysInMonth(year, month) ? first + dayOfMonth - 1 : null;
}
