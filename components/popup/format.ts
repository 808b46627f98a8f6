/** Dates as the user's locale writes them. IsoDates are calendar dates, so they are formatted in UTC
 * (the zone they are built in here) and can never shift a day with the user's offset. */
import type { IsoDate } from '@/lib/shared/accounts/account';

const mediumDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

export function formatDate(date: IsoDate): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return mediumDate.format(Date.UTC(year, month - 1, day));
}
