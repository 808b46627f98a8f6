/** What the reminders show outside the database: the badge, notifications and the wake-up alarm. */
import { browser } from 'wxt/browser';
import type { Reminder } from '../../shared/reminders/records';

export interface ReminderEffects {
  setBadge(text: string, dueCount: number): Promise<void>;
  notify(reminder: Reminder): Promise<void>;
  /** One notification standing for `count` further due sends. */
  notifySummary(count: number): Promise<void>;
  /** One alarm at a time: replaces the previous one, or clears it when `at` is null. */
  scheduleAlarm(at: number | null): Promise<void>;
}

export const ALARM_NAME = 'reminders.next-due';
const NOTIFICATION_PREFIX = 'reminder:';
/** The summary's id is fixed, so a newer summary replaces the older one. */
export const SUMMARY_NOTIFICATION_ID = 'reminders:more-due';
const BADGE_COLOR = '#ba0517';

/** Notification ids carry the reminder key, so a click finds its account and a repeat replaces, never stacks. */
export function notificationId(reminderKey: string): string {
  return `${NOTIFICATION_PREFIX}${reminderKey}`;
}

export function reminderKeyFromNotification(id: string): string | null {
  return id.startsWith(NOTIFICATION_PREFIX) ? id.slice(NOTIFICATION_PREFIX.length) : null;
}

export const browserEffects: ReminderEffects = {
  async setBadge(text, dueCount) {
    await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
    await browser.action.setBadgeText({ text });
    // The badge is a picture; the title is what a screen reader says for the toolbar button.
    await browser.action.setTitle({ title: dueCount === 0 ? 'Pending sends' : `Pending sends: ${dueCount} due` });
  },

  async notify(reminder) {
    await browser.notifications.create(notificationId(reminder.key), {
      type: 'basic',
      iconUrl: '/icon-128.png',
      title: `Send due: ${reminder.account.name}`,
      message: `${reminder.programName}: ${reminder.stepName}`,
      contextMessage: reminder.recipients.length ? `To ${reminder.recipients.join(', ')}` : undefined,
    });
  },

  async notifySummary(count) {
    await browser.notifications.create(SUMMARY_NOTIFICATION_ID, {
      type: 'basic',
      iconUrl: '/icon-128.png',
      title: `${count.toLocaleString()} more sends are due`,
      message: 'Open the list of pending sends.',
    });
  },

  async scheduleAlarm(at) {
    if (at === null) await browser.alarms.clear(ALARM_NAME);
    else await browser.alarms.create(ALARM_NAME, { when: at });
  },
};
