/**
 * First run and missing values: without a sender identity the panel says so once, and its button opens
 * Options at that field; an email with a token that has no value (a CSAT without its survey link) is
 * neither copied nor prefilled until the value is there.
 */
import { describe, expect, it } from 'vitest';
import { C360, panelFor, sample } from './harness';
import { extensionSession, planShown, programItem } from './session';

const session = extensionSession({ firstRun: true });

describe('first run and missing values', () => {
  const granite = () => sample(session.h.sandbox, 'renewed-3-days-ago');

  it('without a sender identity the panel says so once, and its button opens Options at that field', async () => {
    await session.page.goto(C360(granite().gainsightId));
    const panel = await panelFor(session.h, session.page);
    await planShown(panel, granite().account.name);
    const prompt = panel.getByRole('note').filter({ hasText: 'Your sender identity is not set' });
    expect(await prompt.count()).toBe(1);
    const opened = session.h.context.waitForEvent('page', { predicate: (p) => p.url().includes('/options.html') });
    await prompt.getByRole('button', { name: 'Set sender identity' }).click();
    const options = await opened;
    const field = options.getByRole('textbox', { name: 'Your name' });
    await field.waitFor();
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await options.close();
  });

  it('a CSAT without its survey link is neither copied nor prefilled with {{survey.url}} in it', async () => {
    const panel = await panelFor(session.h, session.page);
    const csat = programItem(panel, 'Customer CSAT Survey');
    await csat.getByText(/No value for .*\{\{survey\.url\}\}/).waitFor();
    await csat.getByRole('button', { name: 'Copy email' }).click();
    await expect.poll(() => csat.getByRole('status').last().textContent()).toMatch(/^Not copied: no value for .*\{\{survey\.url\}\}.*\. Set it first\.$/);
    expect(await csat.getByRole('link', { name: 'Open in mail app' }).count()).toBe(0);

    // In Gainsight: the CSAT's CTA saved, its email opened, and its template empty, so the catalog's text would be used.
    await csat.getByRole('button', { name: 'Start Customer CSAT Survey' }).click();
    const form = session.page.getByRole('dialog', { name: 'Create CTA' });
    await expect.poll(() => form.getByLabel('Playbook').inputValue()).not.toBe('');
    await form.getByRole('button', { name: 'Save' }).click();
    await session.page.waitForURL(/\/v1\/ui\/cockpit\?ctaId=/);
    await session.page.getByRole('list', { name: 'Tasks' }).getByRole('listitem').filter({ hasText: 'Email 1:' }).click();
    await session.page.getByRole('button', { name: 'Validate Email' }).click();
    const dialog = session.page.getByRole('dialog', { name: 'Edit Email' });
    await dialog.getByLabel('Subject', { exact: true }).fill('');
    await dialog.getByRole('textbox', { name: 'Email body' }).fill('');
    const item = programItem(await panelFor(session.h, session.page), 'Customer CSAT Survey');
    await item.getByRole('button', { name: 'Prefill email' }).click();
    await item.getByText(/catalog's text has no value for .*\{\{survey\.url\}\}.*Nothing was filled\./).waitFor();
    expect(await dialog.getByRole('textbox', { name: 'Email body' }).textContent()).toBe('');
    expect(await dialog.getByLabel('Subject', { exact: true }).inputValue()).toBe('');
    expect(await dialog.getByLabel('To', { exact: true }).inputValue()).toBe('');
  });
});
