import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRepository, type Repository } from './repository';
import { ACME, GLOBEX, freshDbName, onboarding } from './repository.test-support';

let repo: Repository;
beforeEach(() => {
  repo = openRepository(freshDbName());
});
afterEach(() => repo.close());

const send = (account = ACME) => ({ ...onboarding({ account }), step: 0, sentOn: '2026-11-03', how: 'marked' as const });

describe('recordSends (My book\'s bulk mark-sent)', () => {
  it('logs every send and schedules each next step in one write, and one undo takes them all back', async () => {
    const { results, undo } = await repo.recordSends([send(), send(GLOBEX)], 'mark sent for 2 accounts');
    expect(results.map((r) => r.next?.step)).toEqual([1, 1]);
    expect(undo).toEqual({ action: 'markSent', label: 'mark sent for 2 accounts' });
    const after = await repo.readAll();
    expect(after.sendLog).toHaveLength(2);
    expect(after.reminders.filter((r) => r.status === 'pending')).toHaveLength(2);
    expect((await repo.undo()).ok).toBe(true);
    expect(await repo.readAll()).toEqual({ enrollments: [], sendLog: [], reminders: [] });
  });
});
