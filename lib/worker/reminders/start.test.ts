import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../shared/dates/iso';
import { toIsoDate } from '../../shared/dates/local';
import { DB_NAME } from '../../extension/reminders/db/schema';
import { repository } from '../../extension/reminders/repository';
import { ACME, GLOBEX, onboarding } from '../../extension/reminders/repository.test-support';
import { ALARM_NAME, SUMMARY_NOTIFICATION_ID, notificationId } from './effects';
import { startOfLocalDay } from '../../extension/reminders/schedule';
import { backgroundRefresh, openFromNotification, startReminders } from './start';

// The real clock: start-up reads "now" itself. The reminders are placed relative to it.
const today = toIsoDate(new Date());

beforeEach(async () => {
  fakeBrowser.reset();
  // Each test starts from an empty database (the background uses the one shared repository).
  repository().close();
  await new Promise((resolve) => {
    indexedDB.deleteDatabase(DB_NAME).onsuccess = resolve;
  });
});

describe('the background at start-up (fake browser APIs)', () => {
  it('sets the badge, notifies what is due and sets the alarm for the next date', async () => {
    await repository().startSequence(onboarding({ startedOn: addDays(today, -1) }));
    await repository().startSequence(onboarding({ account: GLOBEX, startedOn: addDays(today, 3) }));
    startReminders();
    await backgroundRefresh();

    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await fakeBrowser.action.getTitle({})).toBe('Pending sends: 1 due');
    const acmeKey = (await repository().listPending(1))[0]!.key;
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([notificationId(acmeKey)]);
    expect((await fakeBrowser.notifications.getAll())[notificationId(acmeKey)]).toMatchObject({
      iconUrl: '/icon-128.png', title: 'Send due: Acme Corp', message: 'Net-New Onboarding: Welcome',
    });
    expect((await fakeBrowser.alarms.get(ALARM_NAME))?.scheduledTime).toBe(startOfLocalDay(addDays(today, 3)));
  });

  it('refreshes on its alarm, on browser start-up and on install', async () => {
    startReminders();
    await backgroundRefresh();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    const late = (id: string, days: number) =>
      repository().startSequence(onboarding({ account: { ...ACME, id }, startedOn: addDays(today, -days) }));

    await late('A', 5);
    await fakeBrowser.alarms.onAlarm.trigger({ name: ALARM_NAME, scheduledTime: Date.now() });
    await backgroundRefresh();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');

    await late('B', 4);
    await fakeBrowser.runtime.onStartup.trigger();
    await backgroundRefresh();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');

    await late('C', 3);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false });
    await backgroundRefresh();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('3');
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(3);
  });

  it('opens the account page when a notification is clicked, and the list for the summary', async () => {
    await repository().startSequence(onboarding());
    const key = (await repository().listPending())[0]!.key;
    await openFromNotification(notificationId(key));
    await openFromNotification(SUMMARY_NOTIFICATION_ID);
    await openFromNotification('someone-elses-notification');
    const urls = (await fakeBrowser.tabs.query({})).map((tab) => tab.url);
    expect(urls).toContain(ACME.url);
    expect(urls).toContain(fakeBrowser.runtime.getURL('/popup.html'));
    expect(urls).toHaveLength(3); // the fake starts with one blank tab
  });
});
