import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportWhatCanBeRead, importBackup } from './backup';
import { openRemindersDb } from './db/open';
import { SCHEMA_VERSION } from './db/schema';
import { RemindersError, remindersErrorText } from '../../shared/reminders/errors';
import { openRepository, type Repository } from './repository';
import { ACME, freshDbName, freshRepository, onboarding } from './repository.test-support';

const opened: Repository[] = [];
const track = (repo: Repository) => (opened.push(repo), repo);
afterEach(() => {
  vi.restoreAllMocks();
  opened.splice(0).forEach((repo) => repo.close());
});

/** A v2 database holding one good reminder and one that no upgrade can re-key. */
async function databaseWithBrokenRecord(name: string): Promise<void> {
  const db = await openRemindersDb({ name, version: 2 });
  await db.put('reminders', { key: 'broken', status: 'pending', pendingDue: '2026-11-01' } as never);
  await db.put('reminders', {
    account: { source: 'gainsight', id: 'C-OLD', name: 'Old Co', url: 'https://gitlab.gainsightcloud.com/v1/ui/customersuccess360?cid=C-OLD' },
    accountKey: 'gainsight:C-OLD', key: 'gainsight:C-OLD|p|0', programId: 'p', programName: 'P', step: 0, stepName: 'S',
    dueDate: '2026-11-01', pendingDue: '2026-11-01', recipients: [], status: 'pending',
  } as never);
  db.close();
}

describe('a database that cannot be opened', () => {
  it('is tried again on the next call, and works once the cause is gone', async () => {
    const name = freshDbName();
    await databaseWithBrokenRecord(name);
    const repo = track(openRepository(name));

    const failure = await repo.listPending().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RemindersError);
    expect(remindersErrorText(failure)).toBe(
      "Your reminders could not be converted to this version's format, so they were left exactly as they were. Options → Data can still export them.",
    );

    const v2 = await openRemindersDb({ name, version: 2 });
    await v2.delete('reminders', 'broken');
    v2.close();
    expect((await repo.listPending()).map((r) => [r.account.name, r.account.org])).toEqual([['Old Co', 'gitlab.gainsightcloud.com']]);
  });

  it('says in plain words when a newer version wrote it, and still exports every record as stored', async () => {
    const name = freshDbName();
    const newer = await openDB(name, SCHEMA_VERSION + 1, {
      upgrade(db) {
        db.createObjectStore('reminders', { keyPath: 'key' });
        db.createObjectStore('sendLog', { keyPath: 'key' });
      },
    });
    await newer.put('reminders', { key: 'k1', future: 'shape' });
    newer.close();
    const repo = track(openRepository(name));

    await expect(repo.listPending()).rejects.toThrow(
      'Your reminders were saved by a newer version of this extension, which this version cannot read. Nothing was deleted',
    );
    const file = await exportWhatCanBeRead(repo);
    expect(JSON.parse(file.text)).toMatchObject({ schemaVersion: SCHEMA_VERSION + 1, reminders: [{ key: 'k1', future: 'shape' }], sendLog: [], enrollments: [] });
    expect(file.note).toMatch(/newer version of this extension.*The file holds every record that could be read \(1 reminders, 0 sends\)/);
    // This version refuses it; the newer one that wrote it takes it back.
    const elsewhere = track(freshRepository());
    expect(await importBackup(file.text, elsewhere)).toMatchObject({ ok: false, errors: [expect.stringContaining('newer version')] });
  });

  it('exports nothing it would have to invent: no database, no file', async () => {
    const repo = track(freshRepository());
    repo.close();
    expect(await repo.salvage()).toBeNull();
  });
});

describe('a full disk', () => {
  it('refuses the write in plain words and keeps everything already stored', async () => {
    const repo = track(freshRepository());
    await repo.startSequence(onboarding());
    const [reminder] = await repo.listPending();
    const before = await repo.readAll();

    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const failure = await repo.snooze(reminder!.key, '2026-12-01', '2026-11-02').catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: 'RemindersError', problem: 'disk-full' });
    expect(remindersErrorText(failure)).toMatch(/^The browser has no disk space left for the reminders: what you just did was not saved, and everything saved before is still there/);
    await expect(repo.startSequence(onboarding({ account: { ...ACME, id: 'C-NEW' } }))).rejects.toThrow(RemindersError);

    vi.restoreAllMocks();
    expect(await repo.readAll()).toEqual(before);
    expect(await repo.lastUndo()).toBeNull();
  });
});

describe('destroy', () => {
  it('deletes the database, and the repository starts afresh on its next call', async () => {
    const repo = track(freshRepository());
    await repo.startSequence(onboarding());
    await repo.destroy();
    expect(await repo.salvage()).toBeNull();
    expect(await repo.listPending()).toEqual([]);
  });
});
