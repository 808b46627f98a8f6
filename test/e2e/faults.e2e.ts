/**
 * Faults a real browser inflicts on the reminders, in Chromium with the built extension: the service
 * worker stopped in the middle of a write (CDP `ServiceWorker.stopWorker`), a browser restart that lost
 * the alarms, two windows acting on one reminder at once, and a full disk (the worker's IndexedDB
 * writes made to fail with QuotaExceededError from the test side: no hook in the product). After each,
 * the data is wholly as before or wholly as after, nothing stored is lost, and the user is told in
 * plain words.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../lib/shared/dates/iso';
import { toIsoDate } from '../../lib/shared/dates/local';
import { BACKUP_FORMAT } from '../../lib/extension/reminders/backup';
import { ALARM_NAME, notificationId } from '../../lib/worker/reminders/effects';
import {
  type StoredRecords, diskFull, diskFreed, notificationIds, putRecords, readStores, sendFromPage, serviceWorkerControl,
} from '../../lib/extension/reminders/browser.test-support';
import { SCHEMA_VERSION } from '../../lib/extension/reminders/db/schema';
import { RemindersError } from '../../lib/shared/reminders/errors';
import type { SequenceInput } from '../../lib/shared/reminders/inputs';
import { accountKeyOf, reminderKeyOf, toReminder } from '../../lib/shared/reminders/keys';
import type { AccountRef, ReminderFields } from '../../lib/shared/reminders/records';
import { startOfLocalDay } from '../../lib/extension/reminders/schedule';
import { type Harness, launch } from './harness';

const today = toIsoDate(new Date());
const yesterday = addDays(today, -1);
const ORG = 'gitlab.gainsightcloud.com';
const PROGRAM = { programId: 'net-new-onboarding', programName: 'Net-New Onboarding' };
const steps = [
  { index: 0, name: 'Welcome', offsetDays: 0 },
  { index: 1, name: 'Getting started', offsetDays: 7 },
];

const account = (id: string, name = id): AccountRef => ({
  source: 'gainsight', org: ORG, id, name, url: `https://${ORG}/v1/ui/customersuccess360?cid=${id}`,
});
const sequence = (id: string, name = id, startedOn = yesterday): SequenceInput => ({
  account: account(id, name), ...PROGRAM, steps, startedOn, recipients: ['admin@acme.example'],
});
const keyOf = (id: string, step = 0) => reminderKeyOf(account(id), PROGRAM.programId, step);
const DISK_FULL = new RemindersError('disk-full').message;

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

async function openPage(path: string): Promise<Page> {
  return harness.openExtensionPage(path);
}

/** Wakes the worker (any message does) and waits until it answers. */
async function wake(page: Page): Promise<void> {
  await expect.poll(() => sendFromPage(page, 'reminders.list', { limit: 1 }).then(() => true, () => false), { timeout: 60_000 }).toBe(true);
}

/** One account's records, as stored. */
function recordsOf(all: StoredRecords, id: string) {
  const key = accountKeyOf(account(id));
  return {
    enrollment: all.enrollments.find((e) => e.accountKey === key),
    sends: all.sendLog.filter((s) => s.accountKey === key),
    reminders: all.reminders.filter((r) => r.accountKey === key).sort((a, b) => a.step - b.step),
  };
}

/** One write to interrupt: how to start it, and which of the two whole states the records are in after. */
interface Interruptible {
  name: string;
  write(): Promise<{ ok: boolean } | null | undefined>;
  /** 'before', 'after', or anything else for a state that is neither (a half-done write). */
  state(all: StoredRecords): string;
}

/**
 * For each delay: prepares a write, starts it, stops the worker that many milliseconds later, wakes it
 * and checks the records are wholly before or wholly after (and after, when the write said it was done).
 */
async function stopWorkerDuring(label: string, delays: number[], prepare: (i: number) => Promise<Interruptible>): Promise<void> {
  const page = await openPage('options.html');
  const control = await serviceWorkerControl(page);
  const outcomes: string[] = [];
  for (const [i, delay] of delays.entries()) {
    const write = await prepare(i);
    const answer = write.write().catch(() => null);
    await new Promise((resolve) => setTimeout(resolve, delay));
    await control.stop();
    const answered = await answer;
    await wake(page);
    const state = write.state(await readStores(page));
    expect.soft([write.name, state === 'before' || state === 'after']).toEqual([write.name, true]);
    if (answered?.ok) expect.soft([write.name, state]).toEqual([write.name, 'after']);
    outcomes.push(`${delay}ms:${answered == null ? 'no answer' : 'answered'}/${state}`);
  }
  console.info(`[faults] ${label}, worker stopped at`, outcomes.join(', '));
  await control.close();
  await page.close();
}

/** Delays spread over the few milliseconds a write takes, so some stops land before, some inside, some after. */
const DELAYS = [0, 1, 3, 6, 10, 20, 40];

describe('the service worker stopped in the middle of a write', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openPage('options.html');
  });
  afterAll(() => page.close());

  it('mark sent: the send, the closed step, the next step and the enrollment land together or not at all', async () => {
    await stopWorkerDuring('mark sent', DELAYS, async (i) => {
      const id = `E2E-MARK-${i}`;
      await sendFromPage(page, 'reminders.startSequence', sequence(id));
      return {
        name: id,
        write: () => sendFromPage(page, 'reminders.markSent', { key: keyOf(id) }),
        state(all) {
          const { enrollment, sends, reminders } = recordsOf(all, id);
          const statuses = reminders.map((r) => r.status).join();
          if (enrollment?.currentStep === 0 && sends.length === 0 && statuses === 'pending') return 'before';
          if (enrollment?.currentStep === 1 && sends.length === 1 && statuses === 'done,pending') return 'after';
          return `neither (${statuses}, ${sends.length} sends)`;
        },
      };
    });
  });

  it('snooze: the new date and the undo record land together or not at all', async () => {
    const until = addDays(today, 10);
    await stopWorkerDuring('snooze', DELAYS, async (i) => {
      const id = `E2E-SNOOZE-${i}`;
      await sendFromPage(page, 'reminders.startSequence', sequence(id));
      return {
        name: id,
        write: () => sendFromPage(page, 'reminders.snooze', { key: keyOf(id), until }),
        state(all) {
          const [reminder] = recordsOf(all, id).reminders;
          const undoIsOurs = all.undo.some((u) => u.label === `snooze for ${id}`);
          if (reminder?.pendingDue === yesterday && reminder.snoozedUntil === undefined && !undoIsOurs) return 'before';
          if (reminder?.pendingDue === until && reminder.snoozedUntil === until && undoIsOurs) return 'after';
          return 'neither';
        },
      };
    });
  });

  it('a backup import: every record of the file or none', async () => {
    const COUNT = 3_000;
    await stopWorkerDuring('import', [0, 5, 20, 50, 100, 200], async (i) => {
      const prefix = `E2E-IMPORT-${i}-`;
      const reminders: ReminderFields[] = Array.from({ length: COUNT }, (_, n) => ({
        account: account(`${prefix}${n}`), ...PROGRAM, step: 0, stepName: 'Welcome', dueDate: addDays(today, 30 + (n % 60)),
        recipients: [`admin${n}@example.com`], status: 'pending',
      }));
      const text = JSON.stringify({ format: BACKUP_FORMAT, schemaVersion: SCHEMA_VERSION, enrollments: [], sendLog: [], reminders });
      return {
        name: prefix,
        write: () => sendFromPage(page, 'reminders.importBackup', { text }),
        state(all) {
          const imported = all.reminders.filter((r) => r.account.id.startsWith(prefix)).length;
          return imported === 0 ? 'before' : imported === COUNT ? 'after' : `neither (${imported})`;
        },
      };
    });
    // Six imports of 3,000 records each: a bound for a busy machine, not a speed target.
  }, 360_000);
});

describe('a browser restart that lost the alarms', () => {
  it('notifies what fell due meanwhile once, sets the alarm again, and notifies nothing twice', async () => {
    let page = await openPage('options.html');
    // Notified now, through the background.
    await sendFromPage(page, 'reminders.startSequence', sequence('E2E-ALARM-A', 'Alarm A'));
    let worker = await harness.serviceWorker();
    await expect.poll(() => notificationIds(worker)).toContain(notificationId(keyOf('E2E-ALARM-A')));

    // Fell due while the browser was closed: stored, never notified, no alarm left for it.
    const fields = (id: string, dueDate: string): ReminderFields => ({
      account: account(id, id), ...PROGRAM, step: 0, stepName: 'Welcome', dueDate, recipients: [], status: 'pending',
    });
    const fellDue = toReminder(fields('E2E-ALARM-B', yesterday));
    const ahead = toReminder(fields('E2E-ALARM-C', addDays(today, 3)));
    await putRecords(page, 'reminders', [fellDue, ahead]);
    await worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { alarms: { clearAll(): Promise<boolean> }; notifications: { getAll(): Promise<object>; clear(id: string): Promise<boolean> } } }).chrome;
      await api.alarms.clearAll();
      for (const id of Object.keys(await api.notifications.getAll())) await api.notifications.clear(id);
    });

    await harness.restart();
    worker = await harness.serviceWorker();
    await expect.poll(() => notificationIds(worker), { timeout: 60_000 }).toEqual([notificationId(fellDue.key)]);
    // The worker sets the alarm again once it has notified: waited for, not read in passing.
    const alarmTime = () => worker.evaluate((name) => (globalThis as unknown as { chrome: { alarms: { get(n: string): Promise<{ scheduledTime: number } | undefined> } } }).chrome.alarms.get(name), ALARM_NAME).then((alarm) => alarm?.scheduledTime);
    await expect.poll(alarmTime, { timeout: 60_000 }).toBe(startOfLocalDay(addDays(today, 3)));

    // Another start (the worker stopped and woken again) finds nothing left to notify.
    await worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { notifications: { getAll(): Promise<object>; clear(id: string): Promise<boolean> } } }).chrome;
      for (const id of Object.keys(await api.notifications.getAll())) await api.notifications.clear(id);
    });
    page = await openPage('options.html');
    const control = await serviceWorkerControl(page);
    await control.stop();
    await control.close();
    await wake(page);
    worker = await harness.serviceWorker();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await notificationIds(worker)).toEqual([]);
    await page.close();
  });
});

describe('two windows acting on the same reminder at once', () => {
  async function openPopup(): Promise<Page> {
    const popup = await openPage('popup.html');
    await popup.getByRole('main', { name: 'Pending sends' }).waitFor();
    return popup;
  }

  it('one action wins, the other window is told, and the records hold one send and one next step', async () => {
    const setup = await openPage('options.html');
    await sendFromPage(setup, 'reminders.startSequence', sequence('E2E-TWO', 'Two Windows Co'));
    const [first, second] = [await openPopup(), await openPopup()];
    const markSent = (popup: Page) => popup.getByRole('button', { name: /^Mark sent for Two Windows Co/ }).first();
    await Promise.all([markSent(first).waitFor(), markSent(second).waitFor()]);

    await Promise.all([markSent(first).click(), markSent(second).click()]);
    const said = async (popup: Page) => {
      await expect.poll(async () => (await popup.getByRole('status').first().textContent()) || (await popup.getByRole('alert').count())).toBeTruthy();
      return (await popup.getByRole('alert').count()) ? await popup.getByRole('alert').textContent() : await popup.getByRole('status').first().textContent();
    };
    expect([await said(first), await said(second)].sort()).toEqual(['Marked sent: Two Windows Co, Welcome.', 'This send is no longer pending.']);

    const { enrollment, sends, reminders } = recordsOf(await readStores(setup), 'E2E-TWO');
    expect(sends).toHaveLength(1);
    expect(reminders.map((r) => [r.step, r.status])).toEqual([[0, 'done'], [1, 'pending']]);
    expect(enrollment?.currentStep).toBe(1);
    await Promise.all([first.close(), second.close(), setup.close()]);
  });
});

describe('a full disk (the browser refuses to store more)', () => {
  it('loses nothing already stored, says so in plain words, and works again once there is room', async () => {
    const options = await openPage('options.html');
    await sendFromPage(options, 'reminders.startSequence', sequence('E2E-FULL', 'Full Disk Co'));
    const before = await readStores(options);
    const worker = await harness.serviceWorker();
    await diskFull(worker);
    try {
      const reminders: ReminderFields[] = Array.from({ length: 200 }, (_, n) => ({
        account: account(`E2E-FULL-IMPORT-${n}`), ...PROGRAM, step: 0, stepName: 'Welcome', dueDate: addDays(today, 5),
        recipients: [], status: 'pending',
      }));
      const file = JSON.stringify({ format: BACKUP_FORMAT, schemaVersion: SCHEMA_VERSION, enrollments: [], sendLog: [], reminders });
      const data = options.getByRole('region', { name: 'Data' });
      await data.getByLabel('Import a reminders backup (JSON file)').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(file) });
      await expect.poll(() => data.getByRole('alert').textContent(), { timeout: 60_000 }).toBe(`The backup was not imported: ${DISK_FULL}`);

      const popup = await openPage('popup.html');
      await popup.getByRole('button', { name: /^Mark sent for Full Disk Co/ }).click();
      await expect.poll(() => popup.getByRole('alert').textContent()).toBe(DISK_FULL);
      expect(await readStores(options)).toEqual(before);

      await diskFreed(worker);
      await popup.getByRole('button', { name: /^Mark sent for Full Disk Co/ }).click();
      await expect.poll(() => popup.getByRole('status').first().textContent()).toBe('Marked sent: Full Disk Co, Welcome.');
      await popup.close();
    } finally {
      await diskFreed(worker).catch(() => undefined);
    }
    const after = recordsOf(await readStores(options), 'E2E-FULL');
    expect(after.sends).toHaveLength(1);
    await options.close();
  }, 300_000);
});
