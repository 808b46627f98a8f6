/**
 * Starts the reminders in the background service worker. Listeners are added synchronously at worker
 * start (MV3 only wakes a worker for listeners registered in its first turn), and a refresh runs right
 * away: Chrome may drop alarms across browser restarts, so every start re-creates the alarm and catches
 * up on what fell due meanwhile.
 */
import { browser } from 'wxt/browser';
import { repository } from '../../extension/reminders/repository';
import { ALARM_NAME, SUMMARY_NOTIFICATION_ID, browserEffects, notificationId, reminderKeyFromNotification } from './effects';
import { serialRefresher } from './refresh';

let refresher: ReturnType<typeof serialRefresher> | null = null;

/** The worker's one refresher (created on first use so importing this module has no side effects). */
export function backgroundRefresh() {
  refresher ??= serialRefresher(repository(), browserEffects);
  return refresher();
}

/** A reminder's notification opens its account's page; the summary (or a reminder without a page) the list. */
export async function openFromNotification(id: string): Promise<void> {
  const key = reminderKeyFromNotification(id);
  if (key === null && id !== SUMMARY_NOTIFICATION_ID) return;
  const reminder = key === null ? undefined : await repository().getReminder(key);
  await browser.tabs.create({ url: reminder?.account.url ?? browser.runtime.getURL('/popup.html') });
  await browser.notifications.clear(key === null ? id : notificationId(key));
}

function logFailure(error: unknown): void {
  console.error('[reminders]', error);
}

export function startReminders(): void {
  const refresh = () => void backgroundRefresh().catch(logFailure);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM_NAME) refresh();
  });
  browser.runtime.onStartup.addListener(refresh);
  browser.runtime.onInstalled.addListener(refresh);
  browser.notifications.onClicked.addListener((id) => void openFromNotification(id).catch(logFailure));
  refresh();
}
