import { describe, expect, it } from 'vitest';
import { scheduleFromTasks } from './cta-steps';

describe("a saved CTA's Email Tasks as the sequence's steps", () => {
  it('takes their names and dates, counted from today', () => {
    const tasks = [
      { name: 'Email 1: Welcome', due: 'Dec 7, 2026' },
      { name: 'Email 2: Set up', due: 'Dec 9, 2026' },
      { name: 'Email 3: Invite', due: '12/11/2026' },
    ];
    expect(scheduleFromTasks(tasks, '2026-12-07', 'MDY')).toEqual({
      startedOn: '2026-12-07',
      steps: [
        { index: 0, name: 'Email 1: Welcome', offsetDays: 0 },
        { index: 1, name: 'Email 2: Set up', offsetDays: 2 },
        { index: 2, name: 'Email 3: Invite', offsetDays: 4 },
      ],
    });
  });

  it('starts on the earliest task when one is due before today', () => {
    expect(scheduleFromTasks([{ name: 'Email 1', due: '2026-12-05' }, { name: 'Email 2', due: '2026-12-08' }], '2026-12-07', 'DMY')).toEqual({
      startedOn: '2026-12-05',
      steps: [{ index: 0, name: 'Email 1', offsetDays: 0 }, { index: 1, name: 'Email 2', offsetDays: 3 }],
    });
  });

  it('gives nothing (the catalog applies) without tasks, or when a date or name cannot be read', () => {
    expect(scheduleFromTasks([], '2026-12-07', 'MDY')).toBeNull();
    expect(scheduleFromTasks([{ name: 'Email 1', due: null }], '2026-12-07', 'MDY')).toBeNull();
    expect(scheduleFromTasks([{ name: 'Email 1', due: '03/04/2026' }], '2026-12-07', 'YMD')).toBeNull();
    expect(scheduleFromTasks([{ name: ' ', due: 'Dec 7, 2026' }], '2026-12-07', 'MDY')).toBeNull();
  });
});
