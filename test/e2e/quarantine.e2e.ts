/**
 * Issue 24, a malformed record is quarantined: 1 malformed reminder among 10,000 written into the
 * extension's own database. The popup opens with the good ones, and the export writes the 9,999 good
 * records with the bad one apart, named in Options' report.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toReminder } from '../../lib/shared/reminders/keys';
import type { Reminder } from '../../lib/shared/reminders/records';
import { launch, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const WAIT = { timeout: 120_000 };
const ACCOUNT = { source: 'salesforce' as const, org: 'gitlab.my.salesforce.com', name: 'Quarantine Co' };

function reminders(count: number): Reminder[] {
  return Array.from({ length: count }, (_, i) =>
    toReminder({
      account: { ...ACCOUNT, id: `001Q${String(i).padStart(14, '0')}`, name: `Quarantine Co ${i}` },
      programId: 'net-new-onboarding', programName: 'Net-New Onboarding', step: 0, stepName: 'Welcome', dueDate: '2026-11-09', recipients: [], status: 'pending',
    }),
  );
}

/** Writes records straight into the extension's IndexedDB from one of its pages, as another version or a bug could. */
async function writeStored(page: Page, records: unknown[]): Promise<void> {
  await page.evaluate(
    (values) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('cta-reminders');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('reminders', 'readwrite');
          for (const value of values) tx.objectStore('reminders').put(value);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    records,
  );
}

describe('a malformed record is quarantined', () => {
  it('1 malformed record among 10,000: the other 9,999 open and export, and the bad one is reported by name', async () => {
    const [bad, ...good] = reminders(10_000);
    const malformed = { ...bad!, dueDate: 'next Tuesday' };
    const options = await h.openExtensionPage('options.html');
    // The database is created at its current version by the extension itself before records go in.
    await options.evaluate(
      // @ts-expect-error the extension page's own `chrome` global
      () => chrome.runtime.sendMessage({ type: 'reminders.exportBackup', payload: {} }),
    );
    await writeStored(options, [...good, malformed]);

    const popup = await h.openExtensionPage('popup.html');
    await popup.getByRole('main', { name: 'Pending sends' }).waitFor(WAIT);
    await popup.getByRole('button', { name: /^Mark sent for Quarantine Co 1\b/ }).first().waitFor(WAIT);
    await expect.poll(() => popup.getByRole('alert').filter({ hasText: 'set aside' }).textContent(), WAIT).toContain(`reminders «${malformed.key}»`);
    await popup.close();

    const data = options.getByRole('region', { name: 'Data' });
    await data.getByRole('button', { name: 'Export reminders backup (JSON)' }).click();
    await expect.poll(() => data.getByRole('status').textContent(), WAIT).toContain(`1 malformed record was set aside: reminders «${malformed.key}» (dueDate: expected a date like 2026-11-23).`);

    const { text } = (await options.evaluate(
      // @ts-expect-error the extension page's own `chrome` global
      () => chrome.runtime.sendMessage({ type: 'reminders.exportBackup', payload: {} }),
    )) as { text: string };
    const file = JSON.parse(text) as { reminders: { key: string }[]; setAside?: { key: string; record: unknown }[] };
    expect(file.reminders).toHaveLength(9_999);
    expect(file.reminders.some((r) => r.key === malformed.key)).toBe(false);
    expect(file.setAside?.map((s) => [s.key, s.record])).toEqual([[malformed.key, malformed]]);
    await options.close();
  }, 300_000);
});
