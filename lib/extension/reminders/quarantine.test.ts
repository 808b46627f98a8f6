import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exportChecked, importBackup } from './backup';
import { openRemindersDb } from './db/open';
import { toReminder } from '../../shared/reminders/keys';
import { quarantine, setAsideReport } from './quarantine';
import { openRepository } from './repository';
import { ACME, freshDbName } from './repository.test-support';

const reminder = (step: number) =>
  toReminder({ account: ACME, programId: 'net-new-onboarding', programName: 'Net-New Onboarding', step, stepName: `Step ${step}`, dueDate: '2026-11-09', recipients: [], status: 'pending' });

describe('malformed records read back from the database', () => {
  it('are set aside with a report naming them; the good ones go on as stored', () => {
    const good = [reminder(0), reminder(1)];
    const noAccount = { ...reminder(2), account: undefined };
    const wrongKey = { ...reminder(3), key: 'someone|else' };
    const { good: kept, setAside } = quarantine({ enrollments: [], sendLog: [], reminders: [...good, noAccount, wrongKey] });
    expect(kept.reminders).toEqual(good);
    expect(setAside.map((s) => [s.store, s.key])).toEqual([['reminders', reminder(2).key], ['reminders', 'someone|else']]);
    expect(setAsideReport(setAside)).toMatch(/^2 malformed records were set aside: reminders «.+» \(account: .+\); reminders «someone\|else» \(key: .+\)\.$/);
    expect(setAsideReport([])).toBeNull();
  });

  it('the export writes the good records, and the bad ones apart; the file imports the good ones only', async () => {
    const name = freshDbName();
    const db = await openRemindersDb({ name });
    await db.put('reminders', reminder(0));
    await db.put('reminders', { ...reminder(1), dueDate: 'soon' } as never);
    db.close();
    const repo = openRepository(name);
    const file = await exportChecked(repo);
    const json = JSON.parse(file.text) as { reminders: unknown[]; setAside: { key: string; record: unknown }[] };
    expect(json.reminders).toEqual([reminder(0)]);
    expect(json.setAside.map((s) => s.key)).toEqual([reminder(1).key]);
    expect(file.setAside).toContain(`reminders «${reminder(1).key}» (dueDate: expected a date like 2026-11-23)`);
    const fresh = openRepository(freshDbName());
    expect(await importBackup(file.text, fresh)).toEqual({ ok: true, summary: { added: 1, updated: 0, unchanged: 0 } });
    repo.close();
    fresh.close();
  });
});
