/**
 * What depends on the day alone, worked out once per day for a whole batch of accounts: the day as a
 * calendar date, the timings no account changes, and anniversary limits.
 */
import { addMonthsToDay, civilFromDay, type CivilDate } from '../dates/days';
import type { MissingField } from './plan';
import type { Timing, TimingCache } from './timing-shape';

export interface TodayContext {
  day: number;
  civil: CivilDate;
  /** Monthly and event timings do not depend on the account: computed once per program per day (timing.ts). */
  shared: (Timing | null | undefined)[];
  /** By whole years: the latest day whose anniversary that many years on is today or earlier (anniversaryLimit). */
  anniversaries: (number | undefined)[];
  /** By program: its every-months timings by anchor day (timing.ts). */
  recurring: (TimingCache | undefined)[];
  /** By check slot: whether an event has a date ahead (null), or why not; undefined until asked. */
  events: (MissingField | null | undefined)[];
}

/** The context for `day`, kept on the setup while the day stays the same (a batch, a session). */
export function todayContextFor(setup: { today: TodayContext | null }, day: number): TodayContext {
  let context = setup.today;
  if (context?.day !== day) {
    context = { day, civil: civilFromDay(day), shared: [], anniversaries: [], events: [], recurring: [] };
    setup.today = context;
  }
  return context;
}

/**
 * The latest day whose anniversary `years` years on is today or earlier: a date after it is still within
 * its first `years` years. Found once per day, by search, because anniversaries clamp at month ends (two
 * years after Feb 29 is Feb 28).
 */
export function anniversaryLimit(today: TodayContext, years: number): number {
  let limit = today.anniversaries[years];
  if (limit === undefined) {
    // The anniversary only moves forward with the date; the answer lies a few days around today − N years.
    let day = today.day - 366 * years - 2;
    while (addMonthsToDay(day + 1, 12 * years) <= today.day) day++;
    limit = today.anniversaries[years] = day;
  }
  return limit;
}

