/**
 * The Sold-To fallback on Gainsight's own email: an account with no GitLab Admin, on a program whose seed
 * lets the Sold-To contact receive it when there is no admin, gets the Sold-To contact as the recipient of
 * Validate Email's template, and the template (its sender and body) stays Gainsight's.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../lib/shared/dates/iso';
import { toIsoDate } from '../../lib/shared/dates/local';
import { C360, CASEY, launch, panelFor, sample, setSender, type Harness } from './harness';

const today = toIsoDate(new Date());
const SENDER = CASEY;

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await launch();
  await setSender(h);
  page = await h.context.newPage();
});
afterAll(async () => {
  await h?.close();
});

describe('Validate Email on an account with no GitLab Admin', () => {
  it('fills the Sold-To contact as the recipient and keeps the template', async () => {
    const meridian = sample(h.sandbox, 'no-gitlab-admin');
    // Two days a customer: Net-New Onboarding's first email is due, and with no admin it goes to the Sold-To contact.
    meridian.account.fields.customerSince = addDays(today, -2);
    meridian.account.fields.subscriptionStartDate = addDays(today, -2);
    const soldTo = meridian.account.contacts!.find((c) => c.soldTo)!;
    expect(meridian.account.contacts!.some((c) => c.roles.includes('GitLab Admin'))).toBe(false);

    await page.goto(C360(meridian.gainsightId));
    const panel = await panelFor(h, page);
    await panel.getByRole('heading', { name: meridian.account.name, exact: true }).waitFor({ timeout: 60_000 });
    const item = panel.getByRole('listitem', { name: /^Net-New Onboarding/ });
    await item.getByRole('button', { name: 'Start Net-New Onboarding' }).click();
    const form = page.getByRole('dialog', { name: 'Create CTA' });
    await expect.poll(() => form.getByLabel('Playbook').inputValue()).not.toBe('');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/\/v1\/ui\/cockpit\?ctaId=/);

    await page.getByRole('list', { name: 'Tasks' }).getByRole('listitem').filter({ hasText: 'Email 1:' }).click();
    await page.getByRole('button', { name: 'Validate Email' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Email' });
    await dialog.waitFor();
    const from = await dialog.getByLabel('From', { exact: true }).inputValue();
    const subject = await dialog.getByLabel('Subject', { exact: true }).inputValue();

    const own = (await panelFor(h, page)).getByRole('listitem', { name: /^Net-New Onboarding/ });
    await own.getByRole('button', { name: 'Prefill email' }).click();
    await expect.poll(() => dialog.getByLabel('To', { exact: true }).inputValue()).toBe(soldTo.email);
    await own.getByText("Kept the template's", { exact: false }).waitFor();
    expect(await dialog.getByLabel('From', { exact: true }).inputValue()).toBe(from);
    expect(await dialog.getByLabel('Subject', { exact: true }).inputValue()).toBe(subject);
    const body = await dialog.getByRole('textbox', { name: 'Email body' }).textContent();
    expect(body).toContain(`Hi ${soldTo.name.split(' ')[0]},`);
    expect(body).not.toContain('{{');
    expect(body).not.toContain(SENDER.name);
  });
});
