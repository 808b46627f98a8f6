import { afterAll, describe, expect, it } from 'vitest';
import { toReminder } from '../../shared/reminders/keys';
import { needsNotification, planAlarm, startOfLocalDay } from './schedule';
import { ACME } from './repository.test-support';

const ORIGINAL_TZ = process.env.TZ;
afterAll(() => {
  process.env.TZ = ORIGINAL_TZ;
});

const pending = toReminder({
  account: ACME, programId: 'p', programName: 'P', step: 0, stepName: 'S', dueDate: '2026-11-02', recipients: [], status: 'pending',
});

describe('planAlarm', () => {
  it('shows the due count on the badge, empty when none, capped to fit', () => {
    expect(planAlarm(0, null).badgeText).toBe('');
    expect(planAlarm(3, null).badgeText).toBe('3');
    expect(planAlarm(1000, null).badgeText).toBe('999+');
  });

  it('wakes at the start of the next pending date in the user\'s time zone, or never', () => {
    process.env.TZ = 'America/New_York';
    expect(planAlarm(0, '2026-11-05').alarmAt).toBe(Date.parse('2026-11-05T00:00:00-05:00'));
    process.env.TZ = 'Asia/Tokyo';
    expect(planAlarm(0, '2026-11-05').alarmAt).toBe(Date.parse('2026-11-05T00:00:00+09:00'));
    expect(planAlarm(2, null).alarmAt).toBeNull();
  });

  it('starts a day that has no midnight (DST at 00:00) at its first instant', () => {
    process.env.TZ = 'America/Santiago'; // 2026-09-06 00:00 does not exist: clocks go to 01:00
    expect(startOfLocalDay('2026-09-06')).toBe(Date.parse('2026-09-06T01:00:00-03:00'));
  });
});

describe('needsNotification', () => {
  it('is true once per date a pending reminder comes up on', () => {
    expect(needsNotification(pending)).toBe(true);
    expect(needsNotification({ ...pending, notifiedFor: '2026-11-02' })).toBe(false);
    const snoozed = toReminder({ ...pending, notifiedFor: '2026-11-02', snoozedUntil: '2026-11-06' });
    expect(needsNotification(snoozed)).toBe(true);
    expect(needsNotification(toReminder({ ...pending, status: 'done' }))).toBe(false);
  });
});
