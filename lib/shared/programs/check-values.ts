/**
 * The values the checks compare, and the words their reasons use: small, pure and shared by the quick test
 * (passes) and the worded one (checkInto) in conditions.ts.
 */
import { PERCENT_FIELDS } from '../accounts/registry';
import type { CompiledCheck } from './compile';
import { plural } from './fields';
import type { Setup } from './setup';
import { anniversaryLimit } from './today';
import type { Comparison, NumberField } from './types';

export const COMPARE_WORDS: Readonly<Record<Comparison, string>> = {
  '<': 'less than', '<=': 'at most', '>': 'more than', '>=': 'at least',
};

/** A loop over a handful of values is cheaper than the builtin's call. */
function includes(values: readonly string[], value: string): boolean {
  for (let i = 0; i < values.length; i++) if (values[i] === value) return true;
  return false;
}

/** A value among `values` (null, undefined or any other type is not). */
export const oneOf = (values: readonly string[], value: unknown): boolean => typeof value === 'string' && includes(values, value);

/** A number that compares with `limit` as the check asks (null, undefined is not). */
export function compares(value: number | null | undefined, op: Comparison, limit: number): boolean {
  if (typeof value !== 'number') return false;
  switch (op) {
    case '<': return value < limit;
    case '<=': return value <= limit;
    case '>': return value > limit;
    case '>=': return value >= limit;
  }
}

export const OUTSIDE_DAYS = 1;
export const PAST_YEARS = 2;

/** Why a date fails an age check, as OUTSIDE_DAYS and PAST_YEARS bits; 0 when it passes. */
export function ageProblems(check: Extract<CompiledCheck, { kind: 'age' }>['check'], since: number, today: number, setup: Setup): number {
  const age = today - since;
  const { minDays, maxDays, underYears } = check;
  const outsideDays = (minDays !== undefined && age < minDays) || (maxDays !== undefined && age > maxDays);
  // An anniversary is a calendar test (leap days), not a day count.
  const pastYears = underYears !== undefined && since <= anniversaryLimit(setup.today!, underYears);
  return (outsideDays ? OUTSIDE_DAYS : 0) | (pastYears ? PAST_YEARS : 0);
}

export const show = (field: NumberField, value: number): string => (PERCENT_FIELDS.has(field) ? `${value}%` : `${value}`);

export const yesNo = (value: boolean | null): string => (value === null ? 'empty' : value ? 'Yes' : 'No');

export const ageWindow = (minDays?: number, maxDays?: number): string =>
  minDays !== undefined && maxDays !== undefined ? `days ${minDays}–${maxDays}`
    : minDays !== undefined ? `day ${minDays} onward` : `the first ${plural(maxDays ?? 0, 'day')}`;

/** The first entered date of an event on or after today; undefined when none is. */
export function nextEventDay(days: readonly number[] | undefined, today: number): number | undefined {
  if (!days) return undefined;
  for (const day of days) if (day >= today) return day;
  return undefined;
}
