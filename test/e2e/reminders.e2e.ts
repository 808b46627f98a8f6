/**
 * Next-send reminders in the real extension: started by a runtime message, kept in IndexedDB across a
 * browser restart, shown in the popup, on the badge and as notifications, and acted on in the popup.
 * The steps share one browser and build on each other, in order.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../lib/shared/dates/iso';
import { toIsoDate } from '../../lib/shared/dates/local';
import { badgeText, notificationIds, sendFromPage } from '../../lib/extension/reminders/browser.test-support';
import { reminderKeyOf } from '../../lib/shared/reminders/keys';
import type { SequenceInput } from '../../lib/shared/reminders/inputs';
import { DB_NAME } from '../../lib/extension/reminders/db/schema';
import { EXTENSION_DIR, type Harness, launch } from './harness';

// The browser runs on this machine, in its time zone: "today" here is the popup's today.
const today = toIsoDate(new Date());
const yesterday = addDays(today, -1);

const steps = [
  { index: 0, name: 'Welcome', offsetDays: 0 },
  { index: 1, name: 'Getting started', offsetDays: 7 },
];
const acme: SequenceInput = {
  account: { source: 'gainsight', org: 'gitlab.gainsightcloud.com', id: 'E2E-ACME', name: 'Acme Corp', url: 'https://gitlab.gainsightcloud.com/v1/ui/customersuccess360?cid=E2E-ACME' },
  programId: 'net-new-onboarding',
  programName: 'Net-New Onboarding',
  steps,
  startedOn: yesterday,
  recipients: ['admin@acme.example'],
};
const globex: SequenceInput = {
  ...acme,
  account: { source: 'salesforce', org: 'gitlab.my.salesforce.com', id: '001E2E0000000001AA', name: 'Globex', url: 'https://gitlab.lightning.force.com/lightning/r/Account/001E2E0000000001AA/view' },
  startedOn: today,
};
const ACME_KEY = reminderKeyOf(acme.account, acme.programId, 0);
const GLOBEX_KEY = reminderKeyOf(globex.account, globex.programId, 0);

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

async function openPopup(): Promise<Page> {
  const page = await harness.openExtensionPage('popup.html');
  await page.getByRole('main', { name: 'Pending sends' }).waitFor();
  return page;
}

async function expectBadge(text: string): Promise<void> {
  const worker = await harness.serviceWorker();
  await expect.poll(() => badgeText(worker), { timeout: 60_000 }).toBe(text);
}

describe('reminders in Chromium', () => {
  it('keeps the repository out of content scripts (there IndexedDB is the host page\'s)', () => {
    const dir = join(EXTENSION_DIR, 'content-scripts');
    for (const file of readdirSync(dir)) expect(readFileSync(join(dir, file), 'utf8')).not.toContain(DB_NAME);
    expect(readFileSync(join(EXTENSION_DIR, 'background.js'), 'utf8')).toContain(DB_NAME);
  });

  it('starts empty, saying how to begin', async () => {
    const popup = await openPopup();
    await popup.getByText('No pending sends. Open an account in Gainsight Customer360').waitFor();
    await expectBadge('');
    await popup.close();
  });

  it('makes one reminder from the same sequence sent twice, and twice at once', async () => {
    const page = await openPopup();
    const first = await sendFromPage(page, 'reminders.startSequence', acme);
    const [again, concurrent] = await Promise.all([
      sendFromPage(page, 'reminders.startSequence', acme),
      sendFromPage(page, 'reminders.startSequence', acme),
    ]);
    expect(first).toMatchObject({ created: true, reminder: { key: ACME_KEY, dueDate: yesterday, status: 'pending' } });
    expect([again.created, concurrent.created]).toEqual([false, false]);
    const { reminders } = await sendFromPage(page, 'reminders.list', {});
    expect(reminders.map((r) => r.key)).toEqual([ACME_KEY]);
    await page.close();
  });

  it('shows the reminder in the popup, under Overdue', async () => {
    const popup = await openPopup();
    const row = popup.getByRole('list', { name: 'Overdue' }).getByRole('listitem', { name: /^Acme Corp/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('Net-New Onboarding · Welcome');
    expect(await popup.getByRole('listitem').count()).toBe(1);
    await popup.close();
  });

  it('sets the badge and raises one notification per due reminder', async () => {
    await expectBadge('1');
    const worker = await harness.serviceWorker();
    await expect.poll(() => notificationIds(worker)).toEqual([`reminder:${ACME_KEY}`]);

    const page = await openPopup();
    await sendFromPage(page, 'reminders.startSequence', globex);
    await page.close();
    await expectBadge('2');
    await expect.poll(() => notificationIds(worker)).toEqual([`reminder:${ACME_KEY}`, `reminder:${GLOBEX_KEY}`].sort());
  });

  it('keeps everything across a browser restart, and restores the badge at start-up', async () => {
    await harness.restart();
    await expectBadge('2');
    const popup = await openPopup();
    await popup.getByRole('list', { name: 'Overdue' }).getByRole('listitem', { name: /^Acme Corp/ }).waitFor();
    await popup.getByRole('list', { name: 'Today' }).getByRole('listitem', { name: /^Globex/ }).waitFor();
    await popup.close();
  });

  it('snoozes from the popup, and undoes the snooze after the popup was closed and reopened', async () => {
    let popup = await openPopup();
    await popup.getByRole('button', { name: /^Snooze Acme Corp/ }).click();
    await popup.getByRole('menuitem', { name: /^1 week/ }).click();
    await popup.getByRole('list', { name: 'Next 7 days' }).getByRole('listitem', { name: /^Acme Corp/ }).waitFor();
    await popup.getByRole('button', { name: 'Undo snooze for Acme Corp' }).waitFor();
    expect(await popup.getByRole('list', { name: 'Overdue' }).count()).toBe(0);
    await expectBadge('1');
    await popup.close();

    popup = await openPopup();
    await popup.getByRole('button', { name: 'Undo snooze for Acme Corp' }).click();
    await popup.getByRole('list', { name: 'Overdue' }).getByRole('listitem', { name: /^Acme Corp/ }).waitFor();
    await expect.poll(() => popup.getByRole('button', { name: /^Undo/ }).count()).toBe(0);
    await expectBadge('2');
    await popup.close();
  });

  it('marks a send from the keyboard and schedules the next step', async () => {
    const popup = await openPopup();
    await popup.getByRole('button', { name: /^Mark sent for Globex/ }).focus();
    await popup.keyboard.press('Enter');
    await popup.getByRole('list', { name: 'Next 7 days' }).getByRole('listitem', { name: /^Globex Net-New Onboarding · Getting started/ }).waitFor();
    await expectBadge('1');
    await popup.close();
  });
});
