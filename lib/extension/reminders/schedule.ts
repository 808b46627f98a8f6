/**
 * When the background wakes up and what it shows, as pure functions of the queue and `now`.
 * Due means: the date it comes up is today or earlier, in the user's own calendar.
 */
import type { IsoDate } from '../../shared/accounts/account';
import { localNoon } from '../../shared/dates/local';
import type { Reminder } from '../../shared/reminders/records';

/** A due reminder notifies once per date it comes up on: again after a snooze ends, never twice for one date. */
export function needsNotification(reminder: Reminder): boolean {
  return reminder.status === 'pending' && reminder.pendingDue !== undefined && reminder.notifiedFor !== reminder.pendingDue;
}

/** The instant the user's day `date` begins: when a reminder coming up that day becomes due. */
export function startOfLocalDay(date: IsoDate): number {
  // From noon rather than from a parsed midnight: in zones that skip midnight at a DST change, the
  // day then starts at the first instant that exists.
  const noon = localNoon(date);
  noon.setHours(0, 0, 0, 0);
  return noon.getTime();
}

export interface AlarmPlan {
  badgeText: string;
  /** When to wake next (epoch ms), or null when nothing pending lies ahead. */
  alarmAt: number | null;
}

export const MAX_BADGE = 999;

export function planAlarm(dueCount: number, nextPendingDate: IsoDate | null): AlarmPlan {
  return {
    badgeText: dueCount <= 0 ? '' : dueCount > MAX_BADGE ? `${MAX_BADGE}+` : String(dueCount),
    alarmAt: nextPendingDate === null ? null : startOfLocalDay(nextPendingDate),
  };
}
