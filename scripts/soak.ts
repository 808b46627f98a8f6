/**
 * `npm run soak`: the reminders under sustained, faulty use in the real extension (Chromium). 10,000
 * reminders, then 1,000 random operations from two extension pages and the worker (its alarm), while
 * the service worker is stopped at random points (CDP ServiceWorker.stopWorker). At the end every
 * acknowledged write must be there once (lib/extension/reminders/soak-audit.ts). Prints exactly:
 *   soak.records_lost: <n> records
 *   soak.duplicates: <n> records
 * and on stderr the run's shape (seed, operations answered and unanswered, stops, time). Exits 1 when a
 * figure is not 0. Bounded: it stops issuing operations after SOAK_BUDGET_S seconds (default 120).
 *
 * Run: npx tsx scripts/soak.ts   (SOAK_SEED=<n> repeats a run; builds the extension when it is missing)
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { addDays } from '../lib/shared/dates/iso';
import { toIsoDate } from '../lib/shared/dates/local';
import { BACKUP_FORMAT } from '../lib/extension/reminders/backup';
import { ALARM_NAME } from '../lib/worker/reminders/effects';
import { readStores, sendFromPage, serviceWorkerControl } from '../lib/extension/reminders/browser.test-support';
import { SCHEMA_VERSION } from '../lib/extension/reminders/db/schema';
import type { SequenceInput } from '../lib/shared/reminders/inputs';
import { enrollmentKeyOf, reminderKeyOf, sendKeyOf } from '../lib/shared/reminders/keys';
import type { AccountRef, EnrollmentFields, ReminderFields } from '../lib/shared/reminders/records';
import { audit, emptyLedger } from '../lib/extension/reminders/soak-audit.test-support';
import { EXTENSION_DIR, launch } from '../test/e2e/harness';

const REMINDERS = 10_000;
const OPERATIONS = 1_000;
const BUDGET_MS = Number(process.env.SOAK_BUDGET_S ?? 120) * 1000;
const SEED = Number(process.env.SOAK_SEED ?? Date.now() % 100_000);

/** A small seeded generator (mulberry32), so a run that finds something can be repeated with its seed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(SEED);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const today = toIsoDate(new Date());
const ORGS = ['gitlab.gainsightcloud.com', 'gitlab--uat.sandbox.my.salesforce.com'];
const PROGRAM = { programId: 'net-new-onboarding', programName: 'Net-New Onboarding' };
const STEPS = [
  { index: 0, name: 'Welcome', offsetDays: 0 },
  { index: 1, name: 'Getting started', offsetDays: 7 },
  { index: 2, name: 'Best practices', offsetDays: 14 },
];

function account(n: number, prefix = 'SOAK'): AccountRef {
  const org = ORGS[n % ORGS.length]!;
  // Ids with the old key separator in them: the keys must still tell every account apart.
  return { source: 'gainsight', org, id: `${prefix}|${n}`, name: `Soak account ${n}`, url: `https://${org}/v1/ui/customersuccess360?cid=${n}` };
}

/** 10,000 enrolled accounts, each waiting on its first step: a few overdue, most ahead. */
function initialBackup(): { text: string; accounts: AccountRef[] } {
  const accounts = Array.from({ length: REMINDERS }, (_, n) => account(n));
  const enrollments: EnrollmentFields[] = accounts.map((a, n) => ({
    account: a, ...PROGRAM, steps: STEPS, startedOn: addDays(today, (n % 120) - 10), currentStep: 0, status: 'active', recipients: [`admin${n}@example.com`],
  }));
  const reminders: ReminderFields[] = enrollments.map((e) => ({
    account: e.account, ...PROGRAM, step: 0, stepName: 'Welcome', dueDate: e.startedOn, recipients: e.recipients, status: 'pending',
  }));
  return { text: JSON.stringify({ format: BACKUP_FORMAT, schemaVersion: SCHEMA_VERSION, enrollments, sendLog: [], reminders }), accounts };
}

function ensureBuilt(): void {
  if (existsSync(join(EXTENSION_DIR, 'manifest.json'))) return;
  execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } });
}

ensureBuilt();
const started = Date.now();
const harness = await launch();
const stats = { answered: 0, refused: 0, unanswered: 0, stops: 0, byKind: {} as Record<string, number> };
try {
  const pages: Page[] = [await harness.openExtensionPage('popup.html'), await harness.openExtensionPage('options.html')];
  const { text, accounts } = initialBackup();
  const imported = await sendFromPage(pages[1]!, 'reminders.importBackup', { text });
  if (!imported.ok) throw new Error(`The initial import was refused: ${imported.errors.join('; ')}`);

  const ledger = emptyLedger();
  for (const a of accounts) {
    ledger.mustExist.enrollments.add(enrollmentKeyOf(a, PROGRAM.programId));
    ledger.mustExist.reminders.add(reminderKeyOf(a, PROGRAM.programId, 0));
  }
  /** The step each account waits on, as far as acknowledged answers tell (unanswered writes may have landed too). */
  const current = new Map(accounts.map((_, n) => [n, 0]));
  const fresh = (n: number) => account(n, 'SOAK-NEW');

  /** Each operation: what it sends, and what its acknowledged answer adds to the ledger. */
  const operations: Record<string, (page: Page) => Promise<'ok' | 'refused'>> = {
    async markSent(page) {
      const n = Math.floor(rand() * accounts.length);
      const a = accounts[n]!;
      const step = current.get(n)!;
      const result = await sendFromPage(page, 'reminders.markSent', { key: reminderKeyOf(a, PROGRAM.programId, step) });
      if (!result.ok) return 'refused';
      ledger.closed.set(reminderKeyOf(a, PROGRAM.programId, step), 'done');
      ledger.mustExist.sendLog.add(sendKeyOf(a, PROGRAM.programId, step, today));
      for (const next of result.changed) ledger.mustExist.reminders.add(next.key);
      current.set(n, Math.min(step + 1, STEPS.length - 1));
      return 'ok';
    },
    async snooze(page) {
      const n = Math.floor(rand() * accounts.length);
      const key = reminderKeyOf(accounts[n]!, PROGRAM.programId, current.get(n)!);
      const result = await sendFromPage(page, 'reminders.snooze', { key, until: addDays(today, 1 + Math.floor(rand() * 60)) });
      return result.ok ? 'ok' : 'refused';
    },
    async skip(page) {
      const n = Math.floor(rand() * accounts.length);
      const step = current.get(n)!;
      const key = reminderKeyOf(accounts[n]!, PROGRAM.programId, step);
      const result = await sendFromPage(page, 'reminders.skip', { key, reason: 'Soak: customer asked to pause' });
      if (!result.ok) return 'refused';
      ledger.closed.set(key, 'skipped');
      for (const next of result.changed) ledger.mustExist.reminders.add(next.key);
      current.set(n, Math.min(step + 1, STEPS.length - 1));
      return 'ok';
    },
    /** A small pool of new accounts, so both pages often start the same one at once. */
    async startSequence(page) {
      const a = fresh(Math.floor(rand() * 40));
      const input: SequenceInput = { account: a, ...PROGRAM, steps: STEPS, startedOn: today, recipients: ['new@example.com'] };
      const result = await sendFromPage(page, 'reminders.startSequence', input);
      ledger.mustExist.enrollments.add(result.enrollment.key);
      if (result.created && result.reminder) ledger.mustExist.reminders.add(result.reminder.key);
      return 'ok';
    },
    /** A send the panel saw, for an account from the pool: logged once however often it is reported. */
    async recordSend(page) {
      const a = fresh(Math.floor(rand() * 40));
      const result = await sendFromPage(page, 'reminders.recordSend', {
        account: a, ...PROGRAM, steps: STEPS, startedOn: today, recipients: ['new@example.com'], step: 0, sentOn: today, how: 'detected',
      });
      ledger.mustExist.enrollments.add(result.enrollment.key);
      ledger.mustExist.sendLog.add(sendKeyOf(a, PROGRAM.programId, 0, today));
      return 'ok';
    },
    /** A backup of a few records merged back in: it may never add what is there already. */
    async reimport(page) {
      const some = Array.from({ length: 20 }, () => accounts[Math.floor(rand() * accounts.length)]!);
      const reminders: ReminderFields[] = some.map((a) => ({
        account: a, ...PROGRAM, step: 0, stepName: 'Welcome', dueDate: today, recipients: [], status: 'pending',
      }));
      const result = await sendFromPage(page, 'reminders.importBackup', {
        text: JSON.stringify({ format: BACKUP_FORMAT, schemaVersion: SCHEMA_VERSION, enrollments: [], sendLog: [], reminders }),
      });
      return result.ok ? 'ok' : 'refused';
    },
    async list(page) {
      await sendFromPage(page, 'reminders.list', { limit: 20 });
      return 'ok';
    },
    /** The worker's own writes: its alarm claims due reminders for notification. */
    async alarm(page) {
      await page.evaluate((name) => (globalThis as unknown as { chrome: { alarms: { create(n: string, o: object): Promise<void> } } }).chrome.alarms.create(name, { when: Date.now() }), ALARM_NAME);
      return 'ok';
    },
  };
  const kinds = Object.keys(operations);
  const weights: Record<string, number> = { markSent: 4, snooze: 3, skip: 2, startSequence: 2, recordSend: 2, reimport: 1, list: 2, alarm: 1 };
  const weighted = kinds.flatMap((kind) => Array.from({ length: weights[kind] ?? 1 }, () => kind));

  let issued = 0;
  let stopChaos = false;
  const control = await serviceWorkerControl(pages[1]!);
  const chaos = (async () => {
    while (!stopChaos) {
      await sleep(100 + rand() * 900);
      if (!stopChaos && (await control.stop())) stats.stops++;
    }
  })();
  const lane = async (page: Page) => {
    while (issued < OPERATIONS && Date.now() - started < BUDGET_MS) {
      issued++;
      const kind = pick(weighted);
      stats.byKind[kind] = (stats.byKind[kind] ?? 0) + 1;
      try {
        const outcome = await operations[kind]!(page);
        stats[outcome === 'ok' ? 'answered' : 'refused']++;
      } catch {
        // The worker stopped under this write: it landed wholly or not at all, and nobody was told which.
        stats.unanswered++;
      }
    }
  };
  await Promise.all(pages.map(lane));
  stopChaos = true;
  await chaos;
  await control.close();

  // Wake the worker for good and let it settle, then judge what is stored.
  for (let tries = 0; tries < 50; tries++) {
    if (await sendFromPage(pages[0]!, 'reminders.list', { limit: 1 }).then(() => true, () => false)) break;
    await sleep(200);
  }
  const stored = await readStores(pages[0]!);
  const verdict = audit(stored, ledger);
  for (const finding of verdict.findings.slice(0, 20)) console.error(finding);
  console.error(
    `# seed ${SEED}: ${issued} operations (${stats.answered} answered, ${stats.refused} refused as no longer pending, ${stats.unanswered} unanswered),`
      + ` ${stats.stops} worker stops, ${stored.reminders.length} reminders stored, ${((Date.now() - started) / 1000).toFixed(0)} s;`
      + ` ${Object.entries(stats.byKind).map(([k, v]) => `${k} ${v}`).join(', ')}`,
  );
  console.log(`soak.records_lost: ${verdict.lost} records`);
  console.log(`soak.duplicates: ${verdict.duplicates} records`);
  process.exitCode = verdict.lost || verdict.duplicates ? 1 : 0;
} finally {
  await harness.close();
}
