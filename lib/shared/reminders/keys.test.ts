import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountKeyOf, enrollmentKeyOf, reminderKeyOf, sendKeyOf } from './keys';
import type { Repository } from '../../extension/reminders/repository';
import { ACME, freshRepository, onboarding } from '../../extension/reminders/repository.test-support';

let repo: Repository;
beforeEach(() => {
  repo = freshRepository();
});
afterEach(() => repo.close());

describe('natural keys', () => {
  it('tell apart parts that only differ in where a separator or escape falls', () => {
    const keys = [
      reminderKeyOf({ ...ACME, id: 'A|B' }, 'c', 0),
      reminderKeyOf({ ...ACME, id: 'A' }, 'B|c', 0),
      reminderKeyOf({ ...ACME, id: 'A%7CB' }, 'c', 0),
      reminderKeyOf({ ...ACME, id: 'A%' }, '7CB|c', 0),
      reminderKeyOf({ ...ACME, org: 'x|A', id: 'B' }, 'c', 0),
      reminderKeyOf({ ...ACME, org: 'x', id: 'A|B' }, 'c', 0),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    expect(enrollmentKeyOf({ ...ACME, id: 'A|1' }, 'p')).not.toBe(enrollmentKeyOf({ ...ACME, id: 'A' }, '1|p'));
    expect(sendKeyOf(ACME, 'p|1', 2, '2026-11-02')).not.toBe(sendKeyOf(ACME, 'p', 1, '2|2026-11-02'));
  });

  it('include the org: the same record id in a sandbox and in production are two accounts', () => {
    const production = { ...ACME, source: 'salesforce' as const, org: 'gitlab.my.salesforce.com', id: '001000000000001AAA' };
    const sandbox = { ...production, org: 'gitlab--uat.sandbox.my.salesforce.com' };
    expect(accountKeyOf(production)).not.toBe(accountKeyOf(sandbox));
    expect(reminderKeyOf(production, 'p', 0)).not.toBe(reminderKeyOf(sandbox, 'p', 0));
  });

  it('keep two reminders whose ids contain "|" as two records', async () => {
    await repo.startSequence(onboarding({ account: { ...ACME, id: 'A|B', name: 'First' }, programId: 'c' }));
    await repo.startSequence(onboarding({ account: { ...ACME, id: 'A', name: 'Second' }, programId: 'B|c' }));
    const pending = await repo.listPending();
    expect(pending.map((r) => r.account.name).sort()).toEqual(['First', 'Second']);
    const all = await repo.readAll();
    expect(all.enrollments).toHaveLength(2);
  });
});
