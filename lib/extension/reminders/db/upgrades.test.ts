import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { accountKeyOf, reminderKeyOf } from '../../../shared/reminders/keys';
import { UNKNOWN_ORG } from '../../../shared/reminders/records';
import { openRepository } from '../repository';
import { freshDbName } from '../repository.test-support';
import { openRemindersDb } from './open';
import { SCHEMA_VERSION, UNDO_KEY } from './schema';
import { SKIPPED_BEFORE_REASONS } from './upgrades';

type Stored = Record<string, unknown>;
type DataStore = 'enrollments' | 'sendLog' | 'reminders';

/** An account as v1 and v2 stored it: no org. */
const ACME_V1 = { source: 'gainsight' as const, id: 'C-ACME', name: 'Acme Corp', url: 'https://gitlab.gainsightcloud.com/v1/ui/customersuccess360?cid=C-ACME' };
const ACME_ORG = 'gitlab.gainsightcloud.com';

/** Writes records exactly as an older schema did: that version's upgrade code, that version's shapes. */
async function writeDatabase(name: string, version: number, records: Partial<Record<DataStore | 'undo', Stored[]>>): Promise<void> {
  const db = await openRemindersDb({ name, version });
  const stores = Object.keys(records) as (DataStore | 'undo')[];
  const tx = db.transaction(stores, 'readwrite');
  // Untyped on purpose: these are older records, not today's types.
  const puts = stores.flatMap((store) =>
    (records[store] ?? []).map((value) => (store === 'undo' ? tx.objectStore(store).put(value as never, UNDO_KEY) : tx.objectStore(store).put(value as never))),
  );
  await Promise.all([...puts, tx.done]);
  db.close();
}

describe('schema upgrade v1 → current', () => {
  const base = { account: ACME_V1, accountKey: 'gainsight:C-ACME', programId: 'net-new-onboarding', programName: 'Net-New Onboarding', recipients: ['admin@acme.example'] };
  const v1Reminders = [
    { ...base, key: 'gainsight:C-ACME|net-new-onboarding|0', step: 0, stepName: 'Welcome', dueDate: '2026-11-02', status: 'skipped', closedOn: '2026-11-02' },
    { ...base, key: 'gainsight:C-ACME|net-new-onboarding|1', step: 1, stepName: 'Getting started', dueDate: '2026-11-09', status: 'pending', snoozedUntil: '2026-11-12' },
    { ...base, key: 'gainsight:C-ACME|ci-adoption|0', programId: 'ci-adoption', programName: 'CI Adoption', step: 0, stepName: 'CI', dueDate: '2026-11-05', status: 'pending' },
    { ...base, key: 'gainsight:C-ACME|ci-adoption|1', programId: 'ci-adoption', programName: 'CI Adoption', step: 1, stepName: 'CD', dueDate: '2026-10-01', status: 'done', closedOn: '2026-10-01' },
  ];
  const v1Enrollment = {
    ...base, key: 'gainsight:C-ACME|net-new-onboarding', startedOn: '2026-11-02', currentStep: 1, status: 'active',
    steps: [{ index: 0, name: 'Welcome', offsetDays: 0 }, { index: 1, name: 'Getting started', offsetDays: 7 }],
  };
  const v1Send = { ...base, key: 'gainsight:C-ACME|ci-adoption|1|2026-10-01', step: 1, stepName: 'CD', sentOn: '2026-10-01', how: 'detected' };
  const acme = { ...ACME_V1, org: ACME_ORG } as const;
  const withoutKeys = (record: object) => {
    const { key: _k, accountKey: _a, account: _account, pendingDue: _p, ...rest } = record as Stored;
    return rest;
  };

  it('keeps every record and makes the new fields and indexes work', async () => {
    const name = freshDbName();
    await writeDatabase(name, 1, { enrollments: [v1Enrollment], sendLog: [v1Send], reminders: v1Reminders });

    const db = await openRemindersDb({ name });
    expect(db.version).toBe(SCHEMA_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['bookMeta', 'bookPages', 'bookViews', 'enrollments', 'reminders', 'sendLog', 'undo']);
    expect([...db.transaction('reminders').store.indexNames].sort()).toEqual(['byAccount', 'byDueDate']);
    db.close();

    const repo = openRepository(name);
    const all = await repo.readAll();
    expect(all.enrollments.map(withoutKeys)).toEqual([withoutKeys(v1Enrollment)]);
    expect(all.sendLog.map(withoutKeys)).toEqual([withoutKeys(v1Send)]);
    expect(all.reminders).toHaveLength(v1Reminders.length);
    for (const old of v1Reminders) expect(all.reminders.map(withoutKeys)).toContainEqual(expect.objectContaining(withoutKeys(old)));
    expect([...all.enrollments, ...all.sendLog, ...all.reminders].every((r) => r.account.org === ACME_ORG)).toBe(true);

    // New field: skipped reminders from v1 get a reason.
    expect(await repo.getReminder(reminderKeyOf(acme, 'net-new-onboarding', 0))).toMatchObject({ skipReason: SKIPPED_BEFORE_REASONS });
    // Re-pointed index: only pending reminders, at their snoozed date when snoozed.
    expect((await repo.listPending()).map((r) => [r.key, r.pendingDue])).toEqual([
      [reminderKeyOf(acme, 'ci-adoption', 0), '2026-11-05'],
      [reminderKeyOf(acme, 'net-new-onboarding', 1), '2026-11-12'],
    ]);
    const history = await repo.forAccount(accountKeyOf(acme));
    expect([history.enrollments.length, history.reminders.length, history.sends.length]).toEqual([1, 4, 1]);
    // The undo record works on migrated data.
    expect((await repo.snooze(reminderKeyOf(acme, 'ci-adoption', 0), '2026-11-20', '2026-11-06')).ok).toBe(true);
    expect((await repo.undo()).ok).toBe(true);
    repo.close();
  });

  it('is all or nothing: a record the migration cannot read leaves the database at v1, records intact', async () => {
    const name = freshDbName();
    await writeDatabase(name, 1, { enrollments: [v1Enrollment], sendLog: [v1Send], reminders: [...v1Reminders, { key: 'broken', status: 'pending' }] });

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

describe('schema upgrade v2 → v3: keyed by org', () => {
  // Ids and program ids with the old separator in them: v2's keys could not tell such records apart.
  const pipe = { source: 'gainsight' as const, id: 'C|PIPE', name: 'Pipe Co', url: 'https://acme.gainsightcloud.com/v1/ui/customersuccess360?cid=C%7CPIPE' };
  const lightning = { source: 'salesforce' as const, id: '001PIPE000000001AA', name: 'Lightning Co', url: 'https://gitlab--uat.sandbox.lightning.force.com/lightning/r/Account/001PIPE000000001AA/view' };
  const bare = { source: 'gainsight' as const, id: 'C-BARE', name: 'No Link Co' };
  const v2Account = (a: { source: string; id: string }) => `${a.source}:${a.id}`;
  const common = { programId: 'ci|cd', programName: 'CI | CD', recipients: ['admin@pipe.example'] };
  const reminder = (account: typeof pipe | typeof bare | typeof lightning, step: number, fields: Stored): Stored => ({
    ...common, account, accountKey: v2Account(account), key: `${v2Account(account)}|ci|cd|${step}`, step, stepName: `Step ${step}`, ...fields,
  });
  const pendingStep1 = reminder(pipe, 1, { dueDate: '2026-11-09', status: 'pending', pendingDue: '2026-11-09' });
  const snoozedStep1: Stored = { ...pendingStep1, snoozedUntil: '2026-11-20', pendingDue: '2026-11-20' };
  const snoozedKey = String(snoozedStep1.key);
  const v2 = {
    enrollments: [{
      ...common, account: pipe, accountKey: v2Account(pipe), key: `${v2Account(pipe)}|ci|cd`, startedOn: '2026-11-02', currentStep: 1, status: 'active',
      steps: [{ index: 0, name: 'Step 0', offsetDays: 0 }, { index: 1, name: 'Step 1', offsetDays: 7 }],
    }],
    sendLog: [{ ...common, account: pipe, accountKey: v2Account(pipe), key: `${v2Account(pipe)}|ci|cd|0|2026-11-02`, step: 0, stepName: 'Step 0', sentOn: '2026-11-02', how: 'marked' }],
    reminders: [
      reminder(pipe, 0, { dueDate: '2026-11-02', status: 'done', closedOn: '2026-11-02' }),
      snoozedStep1,
      reminder(lightning, 0, { dueDate: '2026-11-05', status: 'pending', pendingDue: '2026-11-05' }),
      reminder(bare, 0, { dueDate: '2026-11-01', status: 'skipped', closedOn: '2026-11-01', skipReason: 'Customer asked' }),
    ],
    // The last popup action (a snooze), as v2 recorded it: by v2 key, with the records before and after.
    undo: [{ action: 'snooze', label: 'snooze for Pipe Co', touched: [{ store: 'reminders', key: snoozedKey, before: pendingStep1, after: snoozedStep1 }] }],
  };
  const pipeV3 = { ...pipe, org: 'acme.gainsightcloud.com' } as const;
  const lightningV3 = { ...lightning, org: 'gitlab--uat.sandbox.my.salesforce.com' } as const;
  const bareV3 = { ...bare, org: UNKNOWN_ORG } as const;

  it('keeps every record, keyed by an org taken from its page address (unknown when it has none)', async () => {
    const name = freshDbName();
    await writeDatabase(name, 2, v2);
    const repo = openRepository(name);
    const all = await repo.readAll();
    expect([all.enrollments.length, all.sendLog.length, all.reminders.length]).toEqual([1, 1, 4]);

    expect(await repo.getReminder(reminderKeyOf(pipeV3, 'ci|cd', 0))).toMatchObject({ status: 'done', account: pipeV3 });
    expect(await repo.getReminder(reminderKeyOf(pipeV3, 'ci|cd', 1))).toMatchObject({ snoozedUntil: '2026-11-20', pendingDue: '2026-11-20' });
    expect(await repo.getReminder(reminderKeyOf(lightningV3, 'ci|cd', 0))).toMatchObject({ status: 'pending', account: lightningV3 });
    expect(await repo.getReminder(reminderKeyOf(bareV3, 'ci|cd', 0))).toMatchObject({ skipReason: 'Customer asked', account: bareV3 });
    // No record is left under an old key.
    expect(all.reminders.map((r) => r.key)).not.toContain(snoozedKey);

    const history = await repo.forAccount(accountKeyOf(pipeV3));
    expect([history.enrollments.length, history.reminders.length, history.sends.length]).toEqual([1, 2, 1]);
    expect((await repo.listPending()).map((r) => r.account.name)).toEqual(['Lightning Co', 'Pipe Co']);
    repo.close();
  });

  it('moves the undo record to the new keys, so the last action can still be undone', async () => {
    const name = freshDbName();
    await writeDatabase(name, 2, v2);
    const repo = openRepository(name);
    expect(await repo.lastUndo()).toEqual({ action: 'snooze', label: 'snooze for Pipe Co' });
    const undone = await repo.undo();
    expect(undone).toMatchObject({ ok: true, changed: [expect.objectContaining({ key: reminderKeyOf(pipeV3, 'ci|cd', 1), pendingDue: '2026-11-09' })] });
    const step1 = await repo.getReminder(reminderKeyOf(pipeV3, 'ci|cd', 1));
    expect(step1?.snoozedUntil).toBeUndefined();
    expect((await repo.readAll()).reminders).toHaveLength(4);
    repo.close();
  });

  it('keeps the same record id in two orgs apart from then on (a sandbox and production)', async () => {
    const name = freshDbName();
    await writeDatabase(name, 2, v2);
    const repo = openRepository(name);
    const production = { ...lightningV3, org: 'gitlab.my.salesforce.com' };
    await repo.startSequence({ ...common, account: production, startedOn: '2026-11-03', steps: [{ index: 0, name: 'Step 0', offsetDays: 0 }] });
    const pending = await repo.listPending();
    expect(pending.filter((r) => r.account.id === lightning.id).map((r) => [r.account.org, r.dueDate])).toEqual([
      ['gitlab.my.salesforce.com', '2026-11-03'],
      ['gitlab--uat.sandbox.my.salesforce.com', '2026-11-05'],
    ]);
    repo.close();
  });

  it('is all or nothing: a record it cannot re-key leaves the database at v2, every record intact', async () => {
    const name = freshDbName();
    await writeDatabase(name, 2, { ...v2, reminders: [...v2.reminders, { key: 'broken', status: 'pending', pendingDue: '2026-11-01' }] });
    await expect(openRemindersDb({ name })).rejects.toThrow();
    const after = await openRemindersDb({ name, version: 2 });
    expect(after.version).toBe(2);
    expect(await after.count('reminders')).toBe(5);
    expect(await after.get('reminders', snoozedKey)).toEqual(snoozedStep1);
    after.close();
  });
});
