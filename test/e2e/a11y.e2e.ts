/**
 * axe-core in Chromium on the popup and the options page, in each state a user meets: no serious or
 * critical WCAG 2.2 AA violation anywhere (see a11y-axe.ts for the rules and what is disabled).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendFromPage } from '../../lib/extension/reminders/browser.test-support';
import { everyGroup, subject, acme } from '../firefox/sequences';
import { axeCheck } from './a11y-axe';
import { launch, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

async function openPopup(): Promise<Page> {
  const popup = await h.openExtensionPage('popup.html');
  await popup.getByRole('main', { name: 'Pending sends' }).waitFor();
  return popup;
}

async function openOptions(): Promise<Page> {
  const options = await h.openExtensionPage('options.html');
  await options.getByRole('form', { name: 'Settings' }).waitFor();
  return options;
}

describe('axe-core, WCAG 2.2 AA, in Chromium', () => {
  it('the popup with no pending sends', async () => {
    const popup = await openPopup();
    await popup.getByText('No pending sends.').waitFor();
    expect((await axeCheck(popup, 'popup, empty')).blocking).toEqual([]);
    await popup.close();
  });

  it('the popup with a send in every group, after an action (status and Undo shown)', async () => {
    const page = await openPopup();
    for (const sequence of everyGroup) await sendFromPage(page, 'reminders.startSequence', sequence);
    await page.close();
    const popup = await openPopup();
    for (const group of ['Overdue', 'Today', 'Next 7 days', 'Later']) await popup.getByRole('list', { name: group }).waitFor();
    expect((await axeCheck(popup, 'popup, full')).blocking).toEqual([]);

    await popup.getByRole('button', { name: `Mark sent for ${subject(acme, 'Welcome')}` }).click();
    await popup.getByRole('button', { name: /^Undo/ }).waitFor();
    expect((await axeCheck(popup, 'popup, after Mark sent')).blocking).toEqual([]);
    await popup.getByRole('button', { name: /^Undo/ }).click();
    await popup.getByRole('button', { name: `Mark sent for ${subject(acme, 'Welcome')}` }).waitFor();
    await popup.close();
  });

  it('the popup with the snooze menu open, with its date form, and with the skip form', async () => {
    const popup = await openPopup();
    const name = `Snooze ${subject(acme, 'Welcome')}`;
    await popup.getByRole('button', { name }).click();
    await popup.getByRole('menu', { name }).waitFor();
    expect((await axeCheck(popup, 'popup, snooze menu open')).blocking).toEqual([]);

    await popup.getByRole('menuitem', { name: 'Pick a date…' }).click();
    const dateForm = popup.getByRole('form', { name: `${name} until a date` });
    await dateForm.waitFor();
    expect((await axeCheck(popup, 'popup, snooze date form')).blocking).toEqual([]);
    await dateForm.getByRole('button', { name: 'Cancel' }).click();

    await popup.getByRole('button', { name: `Skip ${subject(acme, 'Welcome')}` }).click();
    await popup.getByRole('form', { name: `Skip ${subject(acme, 'Welcome')}` }).waitFor();
    expect((await axeCheck(popup, 'popup, skip form')).blocking).toEqual([]);
    await popup.close();
  });

  it('the options page: every section', async () => {
    const options = await openOptions();
    for (const section of ['Sender identity', 'Side panel', 'Salesforce', 'Gainsight', 'Programs', 'Data', 'About']) {
      await options.getByRole('region', { name: section }).waitFor();
    }
    expect((await axeCheck(options, 'options, every section')).blocking).toEqual([]);
    await options.close();
  });

  it('the options page with errors shown: a refused field, a refused custom domain and a refused catalog import', async () => {
    const options = await openOptions();
    await options.getByRole('textbox', { name: 'Your email' }).fill('not an address');
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.getByRole('textbox', { name: 'Your email' }).getAttribute('aria-invalid')).toBe('true');

    const gainsight = options.getByRole('region', { name: 'Gainsight' });
    await gainsight.getByRole('textbox', { name: 'Custom domain' }).fill('not a domain');
    await gainsight.getByRole('button', { name: 'Add domain' }).click();
    await expect.poll(() => gainsight.getByRole('textbox', { name: 'Custom domain' }).getAttribute('aria-invalid')).toBe('true');

    const programs = options.getByRole('region', { name: 'Programs' });
    await programs
      .getByLabel('Import a catalog (JSON file)')
      .setInputFiles({ name: 'catalog.json', mimeType: 'application/json', buffer: Buffer.from('{"programs": "none"}') });
    await programs.getByRole('alert').waitFor();

    expect((await axeCheck(options, 'options, errors shown')).blocking).toEqual([]);
    await options.close();
  });

  it('the options page with the Clear everything dialog open', async () => {
    const options = await openOptions();
    await options.getByRole('button', { name: 'Clear everything…' }).click();
    await options.getByRole('dialog', { name: 'Clear everything?' }).waitFor();
    expect((await axeCheck(options, 'options, clear dialog')).blocking).toEqual([]);
    await options.keyboard.press('Escape');
    await options.close();
  });
});
