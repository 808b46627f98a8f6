import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openRepository } from '../repository';
import { ACME, freshDbName } from '../test-support';
import { openRemindersDb } from './open';
import { SCHEMA_VERSION } from './schema';
import { SKIPPED_BEFORE_REASONS, type ReminderV1 } from './upgrades';

const base = {
  account: ACME,
  accountKey: 'gainsight:C-ACME',
  programId: 'net-new-onboarding',
  programName: 'Net-New Onboarding',
  recipients: ['admin@acme.example'],
};

const v1Reminders: ReminderV1[] = [
  { ...base, key: 'gainsight:C-ACME|net-new-onboarding|0', step: 0, stepName: 'Welcome', dueDate: '2026-11-02', status: 'skipped', closedOn: '2026-11-02' },
  { ...base, key: 'gainsight:C-ACME|net-new-onboarding|1', step: 1, stepName: 'Getting started', dueDate: '2026-11-09', status: 'pending', snoozedUntil: '2026-11-12' },
  { ...base, key: 'gainsight:C-ACME|ci-adoption|0', programId: 'ci-adoption', programName: 'CI Adoption', step: 0, stepName: 'CI', dueDate: '2026-11-05', status: 'pending' },
  { ...base, key: 'gainsight:C-ACME|ci-adoption|1', programId: 'ci-adoption', programName: 'CI Adoption', step: 1, stepName: 'CD', dueDate: '2026-10-01', status: 'done', closedOn: '2026-10-01' },
];

const v1Enrollment = {
  ...base,
  key: 'gainsight:C-ACME|net-new-onboarding',
  steps: [{ index: 0, name: 'Welcome', offsetDays: 0 }, { index: 1, name: 'Getting started', offsetDays: 7 }],
  startedOn: '2026-11-02',
  currentStep: 1,
  status: 'active',
};

const v1Send = {
  ...base, key: 'gainsight:C-ACME|ci-adoption|1|2026-10-01', step: 1, stepName: 'CD', sentOn: '2026-10-01', how: 'detected',
};

/** A database exactly as the first schema wrote it: v1 upgrade code, v1-shaped records. */
async function writeV1Database(name: string): Promise<void> {
  const db = await openRemindersDb({ name, version: 1 });
  expect([...db.objectStoreNames].sort()).toEqual(['enrollments', 'reminders', 'sendLog']);
  const tx = db.transaction(['enrollments', 'sendLog', 'reminders'], 'readwrite');
  // Untyped on purpose: these are v1 records, not today's types.
  const put = (store: 'enrollments' | 'sendLog' | 'reminders', value: object) => tx.objectStore(store).put(value as never);
  await Promise.all([put('enrollments', v1Enrollment), put('sendLog', v1Send), ...v1Reminders.map((r) => put('reminders', r))]);
  await tx.done;
  db.close();
}

describe('schema upgrade v1 → v2', () => {
  it('keeps every record and makes the new fields and indexes work', async () => {
    const name = freshDbName();
    await writeV1Database(name);

    const db = await openRemindersDb({ name });
    expect(db.version).toBe(SCHEMA_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['enrollments', 'reminders', 'sendLog', 'undo']);
    expect([...db.transaction('reminders').store.indexNames].sort()).toEqual(['byAccount', 'byDueDate']);
    db.close();

    const repo = openRepository(name);
    const all = await repo.readAll();
    expect(all.enrollments).toEqual([v1Enrollment]);
    expect(all.sendLog).toEqual([v1Send]);
    expect(all.reminders).toHaveLength(v1Reminders.length);
    for (const old of v1Reminders) expect(all.reminders).toContainEqual(expect.objectContaining(old));

    // New field: skipped reminders from v1 get a reason.
    expect(await repo.getReminder(v1Reminders[0]!.key)).toMatchObject({ skipReason: SKIPPED_BEFORE_REASONS });
    // Re-pointed index: only pending reminders, at their snoozed date when snoozed.
    expect((await repo.listPending()).map((r) => [r.key, r.pendingDue])).toEqual([
      ['gainsight:C-ACME|ci-adoption|0', '2026-11-05'],
      ['gainsight:C-ACME|net-new-onboarding|1', '2026-11-12'],
    ]);
    // New index: by account.
    const history = await repo.forAccount('gainsight:C-ACME');
    expect([history.enrollments.length, history.reminders.length, history.sends.length]).toEqual([1, 4, 1]);
    // New store: the undo record works on migrated data.
    expect((await repo.snooze('gainsight:C-ACME|ci-adoption|0', '2026-11-20', '2026-11-06')).ok).toBe(true);
    expect((await repo.undo()).ok).toBe(true);
    repo.close();
  });

  it('is all or nothing: a record the migration cannot read leaves the database at v1, records intact', async () => {
    const name = freshDbName();
    await writeV1Database(name);
    const v1 = await openRemindersDb({ name, version: 1 });
    await v1.put('reminders', { key: 'broken', status: 'pending' } as never);
    v1.close();

    await expect(openRemindersDb({ name })).rejects.toThrow();
    const after = await openRemindersDb({ name, version: 1 });
    expect(after.version).toBe(1);
    expect(await after.count('reminders')).toBe(v1Reminders.length + 1);
    after.close();
  });

  it('opens an empty database straight at the current version', async () => {
    const db = await openRemindersDb({ name: freshDbName() });
    expect(db.version).toBe(SCHEMA_VERSION);
    db.close();
  });
});
