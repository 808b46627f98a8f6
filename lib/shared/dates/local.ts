/**
 * The only place where instants (Date objects, the clock) meet calendar dates. The engine takes an IsoDate
 * `today`; callers make it here from the user's local clock. No date library at run time: content
 * scripts and the popup bundle this, and date-fns is kept to the tests, as the oracle these helpers are
 * checked against (days.test.ts).
 */
import type { IsoDate } from '../accounts/account';
import { civilFromDay, isoFromCivil } from './days';
import { toDayNumber } from './iso';

/** The calendar date of an instant in the machine's local time zone. */
export function toIsoDate(instant: Date): IsoDate {
  return isoFromCivil(instant.getFullYear(), instant.getMonth() + 1, instant.getDate());
}

/** A local-noon Date for an IsoDate, for display; noon keeps DST jumps (at night) off the date. */
export function localNoon(date: IsoDate): Date {
  const { year, month, day } = civilFromDay(toDayNumber(date));
  const noon = new Date(year, month - 1, day, 12);
  // new Date() maps years 0–99 to 1900–1999.
  if (year < 100) noon.setFullYear(year);
  return noon;
}
