/**
 * First run and missing values: without a sender identity the panel says so once, and its button opens
 * Options at that field; an email with a token that has no value (a CSAT without its survey link) is
 * neither copied nor prefilled until the value is there.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { C360, launch, panelFor, sample, type Harness } from './harness';

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await launch();
  page = await h.context.newPage();
});
afterAll(async () => {
  await h?.close();
});

async function planShown(panel: Locator, name: string): Promise<void> {
  await panel.getByRole('heading', { name, exact: true }).waitFor({ timeout: 60_000 });
  await panel.getByText('Still reading the page…').waitFor({ state: 'detached', timeout: 60_000 });
}

const programItem = (panel: Locator, name: string) => panel.getByRole('listitem', { name: new RegExp(`^${name}`) });

describe('first run and missing values', () => {
  const granite = () => sample(h.sandbox, 'renewed-3-days-ago');

  it('without a sender identity the panel says so once, and its button opens Options at that field', async () => {
    await page.goto(C360(granite().gainsightId));
    const panel = await panelFor(h, page);
    await planShown(panel, granite().account.name);
    const prompt = panel.getByRole('note').filter({ hasText: 'Your sender identity is not set' });
    expect(await prompt.count()).toBe(1);
    const opened = h.context.waitForEvent('page', { predicate: (p) => p.url().includes('/options.html') });
    await prompt.getByRole('button', { name: 'Set sender identity' }).click();
    const options = await opened;
    const field = options.getByRole('textbox', { name: 'Your name' });
    await field.waitFor();
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await options.close();
  });

  it('a CSAT without its survey link is neither copied nor prefilled with {{survey.url}} in it', async () => {
    const panel = await panelFor(h, page);
    const csat = programItem(panel, 'Customer CSAT Survey');
    await csat.getByText(/No value for .*\{\{survey\.url\}\}/).waitFor();
    await csat.getByRole('button', { name: 'Copy email' }).click();
    await expect.poll(() => csat.getByRole('status').last().textContent()).toMatch(/^Not copied: no value for .*\{\{survey\.url\}\}.*\. Set it first\.$/);
    expect(await csat.getByRole('link', { name: 'Open in mail app' }).count()).toBe(0);

    // In Gainsight: the CSAT's CTA saved, its email opened, and its template empty, so the catalog's text would be used.
    await csat.getByRole('button', { name: 'Start Customer CSAT Survey' }).click();
    const form = page.getByRole('dialog', { name: 'Create CTA' });
    await expect.poll(() => form.getByLabel('Playbook').inputValue()).not.toBe('');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/\/v1\/ui\/cockpit\?ctaId=/);
    await page.getByRole('list', { name: 'Tasks' }).getByRole('listitem').filter({ hasText: 'Email 1:' }).click();
    await page.getByRole('button', { name: 'Validate Email' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Email' });
    await dialog.getByLabel('Subject', { exact: true }).fill('');
    await dialog.getByRole('textbox', { name: 'Email body' }).fill('');
    const item = programItem(await panelFor(h, page), 'Customer CSAT Survey');
    await item.getByRole('button', { name: 'Prefill email' }).click();
    await item.getByText(/catalog's text has no value for .*\{\{survey\.url\}\}.*Nothing was filled\./).waitFor();
    expect(await dialog.getByRole('textbox', { name: 'Email body' }).textContent()).toBe('');
    expect(await dialog.getByLabel('Subject', { exact: true }).inputValue()).toBe('');
    expect(await dialog.getByLabel('To', { exact: true }).inputValue()).toBe('');
  });
});
