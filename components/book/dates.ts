/**
 * Dates in the book's rows. One formatter each for the whole list: building an Intl formatter per row
 * would cost more than the row itself while scrolling thousands of them.
 */
import type { IsoDate } from '@/lib/shared/accounts/account';
import { daysBetween } from '@/lib/shared/dates/iso';
import { localNoon } from '@/lib/shared/dates/local';

const medium = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

/** "Nov 23, 2026", at local noon so no time zone shifts the day. */
export const shortDate = (date: IsoDate): string => medium.format(localNoon(date));

/** "tomorrow", "in 5 days". */
export const daysFrom = (date: IsoDate, today: IsoDate): string => relative.format(daysBetween(today, date), 'day');
