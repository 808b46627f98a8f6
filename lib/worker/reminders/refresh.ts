/**
 * Brings badge, notifications and the alarm in line with the database. Runs on every worker start
 * (which also catches up on everything that fell due while the browser was closed), on the alarm,
 * and after every write.
 */
import { toIsoDate } from '../../shared/dates/local';
import type { Reminder } from '../../shared/reminders/records';
import type { Repository } from '../../extension/reminders/repository';
import { type AlarmPlan, planAlarm } from '../../extension/reminders/schedule';
import type { ReminderEffects } from './effects';

/**
 * A catch-up after weeks away (or an imported backup) can make hundreds due at once: the oldest few get
 * a notification each, the rest one summary that opens the list, rather than a wall of notifications.
 */
export const MAX_SEPARATE_NOTIFICATIONS = 5;

export interface RefreshOutcome {
  notified: Reminder[];
  plan: AlarmPlan;
}

export async function refreshReminders(
  repo: Repository, effects: ReminderEffects, now: Date, onError: (error: unknown) => void = console.error,
): Promise<RefreshOutcome> {
  const today = toIsoDate(now);
  // Claimed in the database before showing: a worker that dies after this, or a notification the
  // system refuses, costs one notification rather than repeating it on every start. Either way the
  // badge and the alarm below still get set.
  const notified = await repo.claimNotifications(today);
  for (const reminder of notified.slice(0, MAX_SEPARATE_NOTIFICATIONS)) await effects.notify(reminder).catch(onError);
  const rest = notified.length - MAX_SEPARATE_NOTIFICATIONS;
  if (rest > 0) await effects.notifySummary(rest).catch(onError);
  const [dueCount, next] = await Promise.all([repo.countDue(today), repo.nextPendingAfter(today)]);
  const plan = planAlarm(dueCount, next);
  await effects.setBadge(plan.badgeText, dueCount);
  await effects.scheduleAlarm(plan.alarmAt);
  return { notified, plan };
}

/**
 * Refreshes one at a time: start-up, onStartup, onInstalled and a message can all ask at once, and
 * interleaved runs could set a stale badge last.
 */
export function serialRefresher(repo: Repository, effects: ReminderEffects, clock: () => Date = () => new Date()) {
  let last: Promise<unknown> = Promise.resolve();
  return (): Promise<RefreshOutcome> => {
    const run = last.catch(() => undefined).then(() => refreshReminders(repo, effects, clock()));
    last = run;
    return run;
  };
}
