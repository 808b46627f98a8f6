import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_LIMITS, exportBackup, importBackup } from './backup';
import { SCHEMA_VERSION } from './db/schema';
import { SKIPPED_BEFORE_REASONS } from './db/upgrades';
import { reminderKeyOf } from '../../shared/reminders/keys';
import type { Repository } from './repository';
import { ACME, GLOBEX, freshRepository, onboarding } from './repository.test-support';

let repo: Repository;
let other: Repository;
beforeEach(() => {
  repo = freshRepository();
  other = freshRepository();
});
afterEach(() => {
  repo.close();
  other.close();
});

const key0 = reminderKeyOf(ACME, 'net-new-onboarding', 0);

async function seed(target: Repository): Promise<void> {
  await target.startSequence(onboarding());
  await target.recordSend({ ...onboarding(), step: 0, sentOn: '2026-11-02', how: 'detected' });
  await target.startSequence(onboarding({ account: GLOBEX }));
}

type BackupJson = { reminders: Record<string, unknown>[]; [key: string]: unknown };

describe('exportBackup / importBackup', () => {
  it('round-trips everything into another database', async () => {
    await seed(repo);
    const text = await exportBackup(repo);
    expect(JSON.parse(text)).toMatchObject({ format: BACKUP_FORMAT, schemaVersion: SCHEMA_VERSION });
    expect(await importBackup(text, other)).toEqual({ ok: true, summary: { added: 6, updated: 0, unchanged: 0 } });
    expect(await other.readAll()).toEqual(await repo.readAll());
  });

  it('merges without duplicates: importing the same backup again changes nothing', async () => {
    await seed(repo);
    const text = await exportBackup(repo);
    expect(await importBackup(text, repo)).toEqual({ ok: true, summary: { added: 0, updated: 0, unchanged: 6 } });
    const all = await repo.readAll();
    expect([all.enrollments.length, all.sendLog.length, all.reminders.length]).toEqual([2, 1, 3]);
  });

  it('keeps the more advanced record on conflict, whichever side has it', async () => {
    await repo.startSequence(onboarding());
    const early = await exportBackup(repo); // step 0 pending
    await repo.recordSend({ ...onboarding(), step: 0, sentOn: '2026-11-02', how: 'marked' });
    const late = await exportBackup(repo); // step 0 done, step 1 pending

    expect((await importBackup(early, repo)).ok).toBe(true);
    expect(await repo.getReminder(key0)).toMatchObject({ status: 'done' });
    expect((await repo.readAll()).enrollments[0]?.currentStep).toBe(1);

    await importBackup(early, other);
    expect(await importBackup(late, other)).toMatchObject({ ok: true, summary: { added: 2, updated: 2 } });
    expect(await other.readAll()).toEqual(await repo.readAll());
  });

  it('names the path of every problem and changes nothing when any record is invalid', async () => {
    await seed(repo);
    const backup = JSON.parse(await exportBackup(repo)) as BackupJson;
    backup.reminders[2]!.dueDate = '23/11/2026';
    backup.reminders[1]!.status = 'maybe';
    await other.startSequence(onboarding({ account: GLOBEX }));
    const before = await other.readAll();

    const result = await importBackup(JSON.stringify(backup), other);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContain('reminders[2].dueDate: expected a date like 2026-11-23');
    expect(result.errors.some((e) => e.startsWith('reminders[1].status:'))).toBe(true);
    expect(await other.readAll()).toEqual(before);
  });

  it('rejects text that is not a backup, and backups from a newer version', async () => {
    expect(await importBackup('{not json', repo)).toEqual({ ok: false, errors: ['backup: the file is not JSON'] });
    const notOurs = await importBackup(JSON.stringify({ hello: 1 }), repo);
    expect(notOurs.ok === false && notOurs.errors[0]).toMatch(/^format: expected "cta-playbook-companion\/reminders"/);
    const newer = JSON.parse(await exportBackup(repo)) as BackupJson;
    newer.schemaVersion = 99;
    const result = await importBackup(JSON.stringify(newer), repo);
    expect(result.ok === false && result.errors).toEqual(['schemaVersion: the backup comes from a newer version of the extension: update it first']);
  });

  it('checks enrollments against their own steps', async () => {
    await repo.startSequence(onboarding());
    const backup = JSON.parse(await exportBackup(repo)) as BackupJson & { enrollments: Record<string, unknown>[] };
    backup.enrollments[0]!.currentStep = 7;
    const result = await importBackup(JSON.stringify(backup), other);
    expect(result.ok === false && result.errors).toEqual(['enrollments[0].currentStep: is not one of the steps']);
  });

  it('ignores keys in the file and derives them from the content', async () => {
    await repo.startSequence(onboarding());
    const backup = JSON.parse(await exportBackup(repo)) as BackupJson;
    backup.reminders[0]!.key = 'planted';
    backup.reminders[0]!.pendingDue = '1999-01-01';
    await importBackup(JSON.stringify(backup), other);
    expect((await other.listPending()).map((r) => [r.key, r.pendingDue])).toEqual([[key0, '2026-11-02']]);
  });

  it('imports a v1 backup the way the database upgrade migrates it', async () => {
    await repo.startSequence(onboarding());
    await repo.skip(key0, 'x', '2026-11-03');
    const backup = JSON.parse(await exportBackup(repo)) as BackupJson;
    backup.schemaVersion = 1;
    delete backup.reminders.find((r) => r.status === 'skipped')!.skipReason;
    expect((await importBackup(JSON.stringify(backup), other)).ok).toBe(true);
    expect(await other.getReminder(key0)).toMatchObject({ status: 'skipped', skipReason: SKIPPED_BEFORE_REASONS });
  });
});

describe('backup limits', () => {
  it('refuses a file over 20 MB, naming the limit, before reading it', async () => {
    const huge = `{"format":"${BACKUP_FORMAT}","padding":"${'x'.repeat(21 * 1024 * 1024)}"}`;
    expect(await importBackup(huge, repo)).toEqual({ ok: false, errors: ['backup: the file is 21 MB; a backup can be at most 20 MB'] });
  });

  it('refuses more records than a backup may hold, naming the limit and the count', async () => {
    const tooMany = { format: BACKUP_FORMAT, schemaVersion: SCHEMA_VERSION, enrollments: [], sendLog: [], reminders: Array.from({ length: BACKUP_LIMITS.reminders + 1 }, () => 0) };
    expect(await importBackup(JSON.stringify(tooMany), repo)).toEqual({
      ok: false, errors: ['reminders: a backup can hold at most 100,000 (this one has 100,001)'],
    });
  });

  it('refuses strings longer than a record may hold, naming the field and the limit, and changes nothing', async () => {
    await seed(repo);
    const backup = JSON.parse(await exportBackup(repo)) as BackupJson;
    (backup.reminders[0]!.account as Record<string, unknown>).name = 'n'.repeat(301);
    backup.reminders[1]!.stepName = 's'.repeat(5000);
    const before = await other.readAll();
    const result = await importBackup(JSON.stringify(backup), other);
    expect(result.ok === false && result.errors).toEqual([
      'reminders[0].account.name: must be at most 300 characters',
      'reminders[1].stepName: must be at most 300 characters',
    ]);
    expect(await other.readAll()).toEqual(before);
  });
});

describe('backups from before reminders were keyed by org', () => {
  it('import with the org taken from each record\'s page address, as the database upgrade does', async () => {
    await seed(repo);
    const backup = JSON.parse(await exportBackup(repo)) as BackupJson & { enrollments: Record<string, unknown>[]; sendLog: Record<string, unknown>[] };
    backup.schemaVersion = 2;
    for (const record of [...backup.enrollments, ...backup.sendLog, ...backup.reminders]) delete (record.account as Record<string, unknown>).org;
    expect(await importBackup(JSON.stringify(backup), other)).toMatchObject({ ok: true, summary: { added: 6 } });
    expect(await other.readAll()).toEqual(await repo.readAll());
  });

  it('refuses a current backup whose records name no org', async () => {
    await repo.startSequence(onboarding());
    const backup = JSON.parse(await exportBackup(repo)) as BackupJson;
    delete (backup.reminders[0]!.account as Record<string, unknown>).org;
    const result = await importBackup(JSON.stringify(backup), other);
    expect(result.ok === false && result.errors).toEqual(['reminders[0].account.org: expected the org or tenant host']);
  });
});
