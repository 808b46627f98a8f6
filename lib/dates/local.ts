/**
 * The only place where instants (Date objects, the clock) meet calendar dates. The engine takes an IsoDate
 * `today`; callers make it here from the user's local clock.
 */
import { formatISO, parseISO, setHours } from 'date-fns';
import type { IsoDate } from '../accounts/account';
import { toDayNumber } from './iso';

/** The calendar date of an instant in the machine's local time zone. */
export function toIsoDate(instant: Date): IsoDate {
  // formatISO, not format: the page bundles then carry no locale-aware formatter.
  return formatISO(instant, { representation: 'date' });
}

/** A local-noon Date for an IsoDate, for display with date-fns; noon keeps DST jumps (at night) off the date. */
export function localNoon(date: IsoDate): Date {
  toDayNumber(date); // throws on an invalid date rather than producing an Invalid Date
  return setHours(parseISO(date), 12);
}
