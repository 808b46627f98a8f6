import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountKeyOf } from '../../shared/reminders/keys';
import { moveHistory } from './move-history';
import { openRepository, type Repository } from './repository';
import { ACME, GLOBEX, freshDbName, onboarding } from './repository.test-support';

let name: string;
let repo: Repository;
beforeEach(() => {
  name = freshDbName();
  repo = openRepository(name);
});
afterEach(() => repo.close());

const ACCOUNT = { source: GLOBEX.source, org: GLOBEX.org, id: GLOBEX.id };

describe('moving a company history to its linked Salesforce Account', () => {
  it('moves enrollments, sends and reminders, keeping each one, and leaves none under the old identity', async () => {
    await repo.recordSend({ ...onboarding(), step: 0, sentOn: '2026-11-02', how: 'marked' });
    const before = await repo.forAccount(accountKeyOf(ACME));

    // One enrollment, one send, the sent step's reminder and the next one's.
    expect(await moveHistory(ACME, ACCOUNT, name)).toBe(4);

    expect(await repo.forAccount(accountKeyOf(ACME))).toEqual({ enrollments: [], reminders: [], sends: [] });
    const after = await repo.forAccount(accountKeyOf(ACCOUNT));
    expect(after.sends.map((s) => [s.programId, s.step, s.sentOn, s.account.name])).toEqual(before.sends.map((s) => [s.programId, s.step, s.sentOn, ACME.name]));
    expect(after.reminders.map((r) => [r.step, r.status, r.dueDate])).toEqual(before.reminders.map((r) => [r.step, r.status, r.dueDate]));
    expect(after.enrollments.map((e) => e.currentStep)).toEqual(before.enrollments.map((e) => e.currentStep));
    // The queue still holds the one pending reminder, under the Account's key.
    expect((await repo.listPending()).map((r) => r.accountKey)).toEqual([accountKeyOf(ACCOUNT)]);
  });

  it('where both already hold the same step, the more advanced record wins (a send beats still-pending)', async () => {
    await repo.startSequence(onboarding({ account: GLOBEX }));
    await repo.recordSend({ ...onboarding(), step: 0, sentOn: '2026-11-02', how: 'marked' });

    await moveHistory(ACME, ACCOUNT, name);

    const after = await repo.forAccount(accountKeyOf(ACCOUNT));
    expect(after.reminders.map((r) => [r.step, r.status])).toEqual([[0, 'done'], [1, 'pending']]);
    expect(after.enrollments).toHaveLength(1);
    expect(after.sends).toHaveLength(1);
  });

  it('moves nothing when there is nothing, or when both identities are one', async () => {
    expect(await moveHistory(ACME, ACCOUNT, name)).toBe(0);
    await repo.startSequence(onboarding());
    expect(await moveHistory(ACME, ACME, name)).toBe(0);
    expect((await repo.forAccount(accountKeyOf(ACME))).enrollments).toHaveLength(1);
  });
});
