import type { IsoDate } from '../accounts/account';
import { daysBetween, localNoon } from '../dates';

/** Dates in the user's locale; calendar dates are shown at local noon so no zone shifts the day. */
export function formatDate(date: IsoDate, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(localNoon(date));
}

/** "today", "tomorrow", "in 5 days", "3 days ago". */
export function relativeDay(date: IsoDate, today: IsoDate, locale?: string): string {
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(daysBetween(today, date), 'day');
}
