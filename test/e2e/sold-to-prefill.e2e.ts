/**
 * The Sold-To fallback on Gainsight's own email: an account with no GitLab Admin, on a program whose seed
 * lets the Sold-To contact receive it when there is no admin, gets the Sold-To contact as the recipient of
 * Validate Email's template, and the template (its sender and body) stays Gainsight's.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../lib/shared/dates/iso';
import { toIsoDate } from '../../lib/shared/dates/local';
import { C360, CASEY, panelFor, sample } from './harness';
import { extensionSession } from './session';

const today = toIsoDate(new Date());
const SENDER = CASEY;

const session = extensionSession();

describe('Validate Email on an account with no GitLab Admin', () => {
  it('fills the Sold-To contact as the recipient and keeps the template', async () => {
    const meridian = sample(session.h.sandbox, 'no-gitlab-admin');
    // Two days a customer: Net-New Onboarding's first email is due, and with no admin it goes to the Sold-To contact.
    meridian.account.fields.customerSince = addDays(today, -2);
    meridian.account.fields.subscriptionStartDate = addDays(today, -2);
    const soldTo = meridian.account.contacts!.find((c) => c.soldTo)!;
    expect(meridian.account.contacts!.some((c) => c.roles.includes('GitLab Admin'))).toBe(false);

    await session.page.goto(C360(meridian.gainsightId));
    const panel = await panelFor(session.h, session.page);
    await panel.getByRole('heading', { name: meridian.account.name, exact: true }).waitFor({ timeout: 60_000 });
    const item = panel.getByRole('listitem', { name: /^Net-New Onboarding/ });
    await item.getByRole('button', { name: 'Start Net-New Onboarding' }).click();
    const form = session.page.getByRole('dialog', { name: 'Create CTA' });
    await expect.poll(() => form.getByLabel('Playbook').inputValue()).not.toBe('');
    await form.getByRole('button', { name: 'Save' }).click();
    await session.page.waitForURL(/\/v1\/ui\/cockpit\?ctaId=/);

    await session.page.getByRole('list', { name: 'Tasks' }).getByRole('listitem').filter({ hasText: 'Email 1:' }).click();
    await session.page.getByRole('button', { name: 'Validate Email' }).click();
    const dialog = session.page.getByRole('dialog', { name: 'Edit Email' });
    await dialog.waitFor();
    const from = await dialog.getByLabel('From', { exact: true }).inputValue();
    const subject = await dialog.getByLabel('Subject', { exact: true }).inputValue();

    const own = (await panelFor(session.h, session.page)).getByRole('listitem', { name: /^Net-New Onboarding/ });
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
