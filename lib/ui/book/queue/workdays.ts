/**
 * The CSM's own calendar: which weekdays are workdays, and where a send due on another day lands.
 * Dates are the user's calendar dates (IsoDate, made from the browser's local clock by lib/shared/dates), so the
 * browser's time zone is already in them. The day arithmetic is lib/shared/dates', which days.test.ts checks
 * against date-fns; this file only decides which day.
 */
import type { IsoDate } from '../../../shared/accounts/account';
import { addDays, weekdayOf } from '../../../shared/dates/iso';
import type { Weekday } from '../../../shared/dates/days';
import type { Settings } from '../../../shared/settings/schema';

export type Workweek = Settings['book']['workweek'];
export type OffDays = Settings['book']['offDays'];

export interface Calendar {
  workdays: ReadonlySet<Weekday>;
  /** A send due on a day off is due on the workday before it, or after it. */
  offDays: OffDays;
}

const WEEKS: Record<Workweek, readonly Weekday[]> = {
  'mon-fri': [1, 2, 3, 4, 5],
  'sun-thu': [0, 1, 2, 3, 4],
  'mon-sat': [1, 2, 3, 4, 5, 6],
  all: [0, 1, 2, 3, 4, 5, 6],
};

export function calendarOf(book: Pick<Settings['book'], 'workweek' | 'offDays'>): Calendar {
  return { workdays: new Set(WEEKS[book.workweek]), offDays: book.offDays };
}

export const MONDAY_TO_FRIDAY: Calendar = calendarOf({ workweek: 'mon-fri', offDays: 'after' });

export const isWorkday = (calendar: Calendar, date: IsoDate): boolean => calendar.workdays.has(weekdayOf(date));

/** The first workday after `date` (or before it, with `step` -1). Every workweek has a workday within 7 days. */
function nextWorkdayFrom(calendar: Calendar, date: IsoDate, step: 1 | -1): IsoDate {
  let day = addDays(date, step);
  for (let i = 0; i < 7 && !isWorkday(calendar, day); i++) day = addDays(day, step);
  return day;
}

/** "Next workday": the snooze the queue offers first. */
export const nextWorkday = (calendar: Calendar, date: IsoDate): IsoDate => nextWorkdayFrom(calendar, date, 1);

/** The workday a send due on `date` is due on: the date itself on a workday, else the one before or after. */
export function workdayOf(calendar: Calendar, date: IsoDate): IsoDate {
  if (isWorkday(calendar, date)) return date;
  return nextWorkdayFrom(calendar, date, calendar.offDays === 'before' ? -1 : 1);
}
