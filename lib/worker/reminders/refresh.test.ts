import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Reminder } from '../../shared/reminders/records';
import type { Repository } from '../../extension/reminders/repository';
import { ACME, GLOBEX, freshRepository, onboarding } from '../../extension/reminders/repository.test-support';
import type { ReminderEffects } from './effects';
import { MAX_SEPARATE_NOTIFICATIONS, refreshReminders, serialRefresher } from './refresh';

/** Effects recorded instead of shown, so the orchestration is tested without a browser. */
function recordingEffects() {
  const log = { badge: [] as string[], notified: [] as string[], summaries: [] as number[], alarms: [] as (number | null)[] };
  const effects: ReminderEffects = {
    async setBadge(text) {
      log.badge.push(text);
    },
    async notify(reminder: Reminder) {
      log.notified.push(reminder.account.name);
    },
    async notifySummary(count) {
      log.summaries.push(count);
    },
    async scheduleAlarm(at) {
      log.alarms.push(at);
    },
  };
  return { log, effects };
}

const localNoonOf = (iso: string) => new Date(`${iso}T12:00:00`);
const INITECH = { ...ACME, id: 'C-INITECH', name: 'Initech' };

let repo: Repository;
beforeEach(async () => {
  repo = freshRepository();
  await repo.startSequence(onboarding({ startedOn: '2026-11-01' })); // Acme: due 11-01
  await repo.startSequence(onboarding({ account: GLOBEX, startedOn: '2026-11-03' })); // Globex: due 11-03
  await repo.startSequence(onboarding({ account: INITECH, startedOn: '2026-11-08' })); // Initech: due 11-08
});
afterEach(() => repo.close());

describe('refreshReminders', () => {
  it('catches up on reminders missed while the browser was closed: one notification each', async () => {
    const { log, effects } = recordingEffects();
    const outcome = await refreshReminders(repo, effects, localNoonOf('2026-11-05'));
    expect(log.notified.sort()).toEqual(['Acme Corp', 'Globex']);
    expect(log.badge).toEqual(['2']);
    expect(outcome.plan.alarmAt).toBe(new Date('2026-11-08T00:00:00').getTime());
    expect(log.alarms).toEqual([outcome.plan.alarmAt]);

    await refreshReminders(repo, effects, localNoonOf('2026-11-05'));
    expect(log.notified).toHaveLength(2);
    expect(log.badge).toEqual(['2', '2']);
  });

  it('at the alarm, notifies what just fell due and clears the alarm when nothing lies ahead', async () => {
    const { log, effects } = recordingEffects();
    await refreshReminders(repo, effects, localNoonOf('2026-11-05'));
    await refreshReminders(repo, effects, new Date('2026-11-08T00:00:01'));
    expect(log.notified.slice(2)).toEqual(['Initech']);
    expect(log.badge.at(-1)).toBe('3');
    expect(log.alarms.at(-1)).toBeNull();
  });

  it('notifies again when a snooze ends, and the badge follows every change', async () => {
    const { log, effects } = recordingEffects();
    await refreshReminders(repo, effects, localNoonOf('2026-11-05'));
    const acme = (await repo.listPending(1))[0]!;
    await repo.snooze(acme.key, '2026-11-06', '2026-11-05');
    await refreshReminders(repo, effects, localNoonOf('2026-11-05'));
    expect(log.badge.at(-1)).toBe('1');
    expect(log.alarms.at(-1)).toBe(new Date('2026-11-06T00:00:00').getTime());
    await refreshReminders(repo, effects, localNoonOf('2026-11-06'));
    expect(log.notified.filter((n) => n === 'Acme Corp')).toHaveLength(2);
  });

  it('after a long absence, notifies the oldest few one by one and the rest in one summary', async () => {
    for (let i = 0; i < 10; i++) await repo.startSequence(onboarding({ account: { ...ACME, id: `OLD-${i}`, name: `Old ${i}` }, startedOn: '2026-10-01' }));
    const { log, effects } = recordingEffects();
    await refreshReminders(repo, effects, localNoonOf('2026-11-05'));
    expect(log.notified).toHaveLength(MAX_SEPARATE_NOTIFICATIONS);
    expect(log.notified.every((name) => name.startsWith('Old'))).toBe(true);
    expect(log.summaries).toEqual([12 - MAX_SEPARATE_NOTIFICATIONS]);
    expect(log.badge).toEqual(['12']);
    await refreshReminders(repo, effects, localNoonOf('2026-11-05'));
    expect([log.notified.length, log.summaries.length]).toEqual([MAX_SEPARATE_NOTIFICATIONS, 1]);
  });

  it('shows an empty badge when nothing is due', async () => {
    const { log, effects } = recordingEffects();
    await refreshReminders(repo, effects, localNoonOf('2026-10-01'));
    expect(log).toMatchObject({ badge: [''], notified: [] });
  });

  it('runs overlapping refreshes one after another, so nothing is notified twice', async () => {
    const { log, effects } = recordingEffects();
    const refresh = serialRefresher(repo, effects, () => localNoonOf('2026-11-05'));
    await Promise.all([refresh(), refresh(), refresh()]);
    expect(log.notified).toHaveLength(2);
    expect(log.badge).toEqual(['2', '2', '2']);
  });
});

describe('a notification the system refuses', () => {
  it('does not stop the badge and the alarm, and is not retried on every refresh', async () => {
    const { log, effects } = recordingEffects();
    const errors: unknown[] = [];
    const refusing: ReminderEffects = { ...effects, notify: async () => Promise.reject(new Error('Unable to download all specified images.')) };
    await refreshReminders(repo, refusing, localNoonOf('2026-11-05'), (e) => errors.push(e));
    expect(errors).toHaveLength(2);
    expect(log.badge).toEqual(['2']);
    expect(log.alarms).toHaveLength(1);
    await refreshReminders(repo, effects, localNoonOf('2026-11-05'));
    expect(log.notified).toEqual([]);
  });
});
