import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reminderKeyOf } from '../../shared/reminders/keys';
import { openRepository, type Repository } from './repository';
import { ACME, freshDbName, onboarding } from './repository.test-support';

let repo: Repository;
beforeEach(() => {
  repo = openRepository(freshDbName());
});
afterEach(() => repo.close());

const key = (step: number) => reminderKeyOf(ACME, 'net-new-onboarding', step);
const moved = (offsets: number[]) => onboarding({ steps: offsets.map((offsetDays, index) => ({ index, name: `Task ${index + 1}`, offsetDays })) });

describe('followSchedule: the reminders follow the CTA when Cockpit shows a changed due date', () => {
  it("re-dates the enrollment and moves the current step's pending reminder", async () => {
    await repo.startSequence(onboarding());
    const result = await repo.followSchedule(moved([3, 10, 14]));
    expect(result?.enrollment.steps.map((s) => s.offsetDays)).toEqual([3, 10, 14]);
    expect(await repo.getReminder(key(0))).toMatchObject({ stepName: 'Task 1', dueDate: '2026-11-05', pendingDue: '2026-11-05', status: 'pending' });
  });

  it('keeps a snooze the CSM chose', async () => {
    await repo.startSequence(onboarding());
    await repo.snooze(key(0), '2026-11-20', '2026-11-02');
    await repo.followSchedule(moved([3, 10, 14]));
    expect(await repo.getReminder(key(0))).toMatchObject({ dueDate: '2026-11-05', snoozedUntil: '2026-11-20', pendingDue: '2026-11-20' });
  });

  it('the next step, once the first is sent, is due on its new date', async () => {
    await repo.startSequence(onboarding());
    await repo.recordSend({ ...onboarding(), step: 0, sentOn: '2026-11-02', how: 'marked' });
    await repo.followSchedule(moved([0, 9, 14]));
    expect(await repo.getReminder(key(1))).toMatchObject({ dueDate: '2026-11-11', status: 'pending' });
    expect(await repo.getReminder(key(0))).toMatchObject({ status: 'done' });
  });

  it('does nothing without an active enrollment, or when the schedule is the same', async () => {
    expect(await repo.followSchedule(moved([3, 10, 14]))).toBeNull();
    await repo.startSequence(onboarding());
    expect(await repo.followSchedule(onboarding())).toBeNull();
    expect((await repo.readAll()).enrollments[0]?.steps.map((s) => s.offsetDays)).toEqual([0, 7, 14]);
  });
});
