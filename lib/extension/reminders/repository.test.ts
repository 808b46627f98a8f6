import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountKeyOf, reminderKeyOf } from '../../shared/reminders/keys';
import { openRepository, type Repository } from './repository';
import { ACME, GLOBEX, freshDbName, onboarding } from './repository.test-support';
import { PASSED_OVER_REASON } from './transitions';

let name: string;
let repo: Repository;
beforeEach(() => {
  name = freshDbName();
  repo = openRepository(name);
});
afterEach(() => repo.close());

const key = (step: number, account = ACME, programId = 'net-new-onboarding') => reminderKeyOf(account, programId, step);
const send = (step: number, sentOn: string, how: 'detected' | 'marked' = 'detected') => ({ ...onboarding(), step, sentOn, how });

describe('startSequence', () => {
  it('enrolls the account and schedules the first step at start date + its offset', async () => {
    const result = await repo.startSequence(onboarding({ startedOn: '2026-11-02', steps: [{ index: 0, name: 'Welcome', offsetDays: 2 }] }));
    expect(result.created).toBe(true);
    expect(result.enrollment).toMatchObject({ key: 'gainsight|gitlab.gainsightcloud.com|C-ACME|net-new-onboarding', status: 'active', currentStep: 0 });
    expect(result.reminder).toMatchObject({ key: key(0), dueDate: '2026-11-04', pendingDue: '2026-11-04', status: 'pending' });
  });

  it('is idempotent: the same sequence twice, even at once from two tabs, makes one enrollment and one reminder', async () => {
    const [a, b] = await Promise.all([repo.startSequence(onboarding()), repo.startSequence(onboarding())]);
    const again = await repo.startSequence(onboarding());
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(again.created).toBe(false);
    const all = await repo.readAll();
    expect(all.enrollments).toHaveLength(1);
    expect(all.reminders).toHaveLength(1);
  });

  it('keeps accounts and programs apart', async () => {
    await repo.startSequence(onboarding());
    await repo.startSequence(onboarding({ account: GLOBEX }));
    await repo.startSequence(onboarding({ programId: 'ci-adoption', programName: 'CI Adoption' }));
    expect(await repo.listPending()).toHaveLength(3);
  });
});

describe('recordSend', () => {
  it('closes the step, logs the send and schedules the next step at start date + its offset', async () => {
    await repo.startSequence(onboarding());
    const { enrollment, next } = await repo.recordSend(send(0, '2026-11-03'));
    expect(enrollment.currentStep).toBe(1);
    expect(next).toMatchObject({ key: key(1), stepName: 'Getting started', dueDate: '2026-11-09', status: 'pending' });
    expect(await repo.getReminder(key(0))).toMatchObject({ status: 'done', closedOn: '2026-11-03' });
    expect((await repo.getReminder(key(0)))?.pendingDue).toBeUndefined();
    const { sendLog } = await repo.readAll();
    expect(sendLog).toEqual([expect.objectContaining({ step: 0, sentOn: '2026-11-03', how: 'detected', recipients: ['admin@acme.example'] })]);
  });

  it('is idempotent: the same send seen by two tabs is logged once and schedules once', async () => {
    await repo.startSequence(onboarding());
    await Promise.all([repo.recordSend(send(0, '2026-11-03')), repo.recordSend(send(0, '2026-11-03'))]);
    const all = await repo.readAll();
    expect(all.sendLog).toHaveLength(1);
    expect(all.reminders.map((r) => [r.step, r.status])).toEqual([[0, 'done'], [1, 'pending']]);
    expect(all.enrollments[0]?.currentStep).toBe(1);
  });

  it('completes the enrollment after the last step, scheduling nothing more', async () => {
    await repo.startSequence(onboarding());
    await repo.recordSend(send(0, '2026-11-02'));
    await repo.recordSend(send(1, '2026-11-09'));
    const last = await repo.recordSend(send(2, '2026-11-16'));
    expect(last.next).toBeNull();
    expect(last.enrollment).toMatchObject({ status: 'completed', currentStep: 2 });
    expect(await repo.listPending()).toEqual([]);
  });

  it('enrolls the account when a send is seen before any sequence was started', async () => {
    const { enrollment, next } = await repo.recordSend(send(0, '2026-11-02'));
    expect(enrollment.currentStep).toBe(1);
    expect(next?.key).toBe(key(1));
  });

  it('marks earlier open steps as passed over when a later step went out first', async () => {
    await repo.startSequence(onboarding());
    await repo.recordSend(send(1, '2026-11-09'));
    expect(await repo.getReminder(key(0))).toMatchObject({ status: 'skipped', skipReason: PASSED_OVER_REASON });
    expect((await repo.listPending()).map((r) => r.step)).toEqual([2]);
  });

  it('does not move an enrollment back when an old send is detected late', async () => {
    await repo.startSequence(onboarding());
    await repo.recordSend(send(0, '2026-11-02'));
    await repo.recordSend(send(1, '2026-11-09'));
    const late = await repo.recordSend(send(0, '2026-11-05'));
    expect(late.enrollment.currentStep).toBe(2);
    expect((await repo.readAll()).sendLog).toHaveLength(3);
  });
});

describe('popup actions and undo', () => {
  const TODAY = '2026-11-04';

  it('mark sent logs a marked send and schedules the next step', async () => {
    await repo.startSequence(onboarding());
    const result = await repo.markSent(key(0), TODAY);
    expect(result).toMatchObject({ ok: true, undo: { action: 'markSent', label: 'mark sent for Acme Corp' } });
    if (!result.ok) return;
    expect(result.changed.map((r) => [r.step, r.status])).toEqual([[0, 'done'], [1, 'pending']]);
    expect((await repo.readAll()).sendLog).toEqual([expect.objectContaining({ how: 'marked', sentOn: TODAY, step: 0 })]);
  });

  it('snooze moves the reminder to its new date in the queue', async () => {
    await repo.startSequence(onboarding());
    await repo.startSequence(onboarding({ account: GLOBEX, startedOn: '2026-11-03' }));
    expect((await repo.listPending()).map((r) => r.account.name)).toEqual(['Acme Corp', 'Globex']);
    const result = await repo.snooze(key(0), '2026-11-07', TODAY);
    expect(result.ok).toBe(true);
    expect(await repo.getReminder(key(0))).toMatchObject({ snoozedUntil: '2026-11-07', pendingDue: '2026-11-07', dueDate: '2026-11-02' });
    expect((await repo.listPending()).map((r) => r.account.name)).toEqual(['Globex', 'Acme Corp']);
  });

  it('refuses a snooze to today or earlier', async () => {
    await repo.startSequence(onboarding());
    expect(await repo.snooze(key(0), TODAY, TODAY)).toEqual({ ok: false, error: 'Pick a day after today.' });
  });

  it('skip records the reason and moves on to the next step', async () => {
    await repo.startSequence(onboarding());
    const result = await repo.skip(key(0), '  Customer asked for no email this month ', TODAY);
    expect(result.ok).toBe(true);
    expect(await repo.getReminder(key(0))).toMatchObject({ status: 'skipped', skipReason: 'Customer asked for no email this month', closedOn: TODAY });
    expect((await repo.listPending()).map((r) => r.step)).toEqual([1]);
    expect(await repo.skip(key(1), ' ', TODAY)).toMatchObject({ ok: false });
  });

  it('refuses actions on a reminder that is no longer pending', async () => {
    await repo.startSequence(onboarding());
    await repo.markSent(key(0), TODAY);
    expect(await repo.markSent(key(0), TODAY)).toEqual({ ok: false, error: 'This send is no longer pending.' });
  });

  it.each([
    ['markSent', (r: Repository) => r.markSent(key(0), TODAY)],
    ['snooze', (r: Repository) => r.snooze(key(0), '2026-11-10', TODAY)],
    ['skip', (r: Repository) => r.skip(key(0), 'Not relevant', TODAY)],
  ] as const)('undo after %s restores every record exactly as before', async (_name, act) => {
    await repo.startSequence(onboarding());
    await repo.startSequence(onboarding({ account: GLOBEX }));
    const before = await repo.readAll();
    await act(repo);
    expect(await repo.readAll()).not.toEqual(before);
    const undone = await repo.undo();
    expect(undone.ok).toBe(true);
    expect(await repo.readAll()).toEqual(before);
    expect(await repo.lastUndo()).toBeNull();
  });

  it('undo survives closing and reopening (the popup closes between action and undo)', async () => {
    await repo.startSequence(onboarding());
    await repo.snooze(key(0), '2026-11-10', TODAY);
    repo.close();
    repo = openRepository(name);
    expect(await repo.lastUndo()).toEqual({ action: 'snooze', label: 'snooze for Acme Corp' });
    const result = await repo.undo();
    expect(result).toMatchObject({ ok: true, changed: [expect.objectContaining({ key: key(0), pendingDue: '2026-11-02' })] });
  });

  it('undo reports removed reminders so the popup can drop them', async () => {
    await repo.startSequence(onboarding());
    await repo.markSent(key(0), TODAY);
    const result = await repo.undo();
    expect(result).toMatchObject({ ok: true, removed: [key(1)] });
  });

  it('undo refuses, changing nothing, when a record changed since the action', async () => {
    await repo.startSequence(onboarding());
    await repo.markSent(key(0), TODAY);
    await repo.recordSend(send(1, TODAY));
    const before = await repo.readAll();
    const result = await repo.undo();
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('changed since') });
    expect(await repo.readAll()).toEqual(before);
    expect(await repo.lastUndo()).toBeNull();
  });

  it('undo still works after a notification was noted on a record', async () => {
    await repo.startSequence(onboarding());
    await repo.markSent(key(0), TODAY);
    expect(await repo.claimNotifications('2026-11-30')).toHaveLength(1);
    expect((await repo.undo()).ok).toBe(true);
  });

  it('says so when there is nothing to undo', async () => {
    expect(await repo.undo()).toEqual({ ok: false, error: 'There is nothing to undo.' });
  });
});

describe('queries', () => {
  it('lists pending reminders by date, bounded by a limit, and counts each popup group', async () => {
    for (const [i, startedOn] of ['2026-11-01', '2026-11-04', '2026-11-05', '2026-11-11', '2026-11-12', '2026-12-24'].entries()) {
      await repo.startSequence(onboarding({ account: { ...ACME, id: `C${i}`, name: `Account ${i}` }, startedOn }));
    }
    expect((await repo.listPending(2)).map((r) => r.pendingDue)).toEqual(['2026-11-01', '2026-11-04']);
    expect(await repo.countPending('2026-11-04')).toEqual({ overdue: 1, today: 1, week: 2, later: 2 });
    expect(await repo.countDue('2026-11-04')).toBe(2);
    expect(await repo.nextPendingAfter('2026-11-04')).toBe('2026-11-05');
    expect(await repo.nextPendingAfter('2026-12-24')).toBeNull();
  });

  it('finds everything about one account', async () => {
    await repo.startSequence(onboarding());
    await repo.recordSend(send(0, '2026-11-02'));
    await repo.startSequence(onboarding({ account: GLOBEX }));
    const history = await repo.forAccount(accountKeyOf(ACME));
    expect(history.enrollments).toHaveLength(1);
    expect(history.reminders.map((r) => r.step).sort()).toEqual([0, 1]);
    expect(history.sends).toHaveLength(1);
  });

  it('claims each due reminder for notification once', async () => {
    await repo.startSequence(onboarding());
    expect((await repo.claimNotifications('2026-11-02')).map((r) => r.key)).toEqual([key(0)]);
    expect(await repo.claimNotifications('2026-11-02')).toEqual([]);
    expect(await repo.claimNotifications('2026-11-05')).toEqual([]);
  });
});
