/**
 * Email sequences in the real extension against the sandbox: Start playbook fills Cockpit's Create CTA
 * form (and never saves it), the Edit Email dialog is prefilled so the host app's own model holds the
 * values, a Send moves the sequence on while a draft does not, and a Sold-To-only account gets no survey.
 * The steps share one browser and build on each other, in order.
 */
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addMonths } from '../../lib/shared/dates/iso';
import { toIsoDate } from '../../lib/shared/dates/local';
import { C360, panelFor, recordedFor, sample } from './harness';
import { extensionSession, planShown, programItem } from './session';

const today = toIsoDate(new Date());

const session = extensionSession();

const history = (accountId: string) => recordedFor(session.h, accountId);

/** Activates a host-page button as a user does: a trusted click at its place. */
const activate = (button: Locator) => button.click();

describe('email sequences: start a playbook, prefill, record the send', () => {
  const duo = () => sample(session.h.sandbox, 'new-duo-purchase');
  const ctaName = () => `Duo Admin Onboarding – ${duo().account.name}`;

  it('Start fills the Create CTA form, never submits it, and records the enrollment once the user saved it', async () => {
    await session.page.goto(C360(duo().gainsightId));
    const panel = await panelFor(session.h, session.page);
    await planShown(panel, duo().account.name);
    const item = programItem(panel, 'Duo Admin Onboarding');
    await item.getByRole('button', { name: 'Start Duo Admin Onboarding' }).click();

    const form = session.page.getByRole('dialog', { name: 'Create CTA' });
    await form.waitFor();
    await expect.poll(() => item.getByRole('status').first().textContent()).toContain('Filled Company, Type, Name, Reason, Due Date, Playbook');
    expect(await form.getByLabel('Company').inputValue()).toBe(duo().gainsightId);
    expect(await form.getByLabel('Type').inputValue()).toBe('Digital Journey');
    expect(await form.getByLabel('Name', { exact: true }).inputValue()).toBe(ctaName());
    expect(await form.getByLabel('Reason').inputValue()).toBe('Onboarding');
    expect(await form.getByLabel('Due Date').inputValue()).toBe(today);
    expect(await form.getByLabel('Playbook').inputValue()).toBe('Duo Admin Onboarding');

    expect(session.h.sandbox.state.ctas).toHaveLength(0);
    // Nothing is recorded before the CTA is saved.
    expect((await history(duo().gainsightId)).enrollments).toEqual([]);

    // The host's own model took the values: its Save creates exactly this CTA, which opens in Cockpit.
    await activate(form.getByRole('button', { name: 'Save' }));
    await expect.poll(() => session.h.sandbox.state.ctas.length).toBe(1);
    await session.page.waitForURL(/\/v1\/ui\/cockpit\?ctaId=/);
    await expect.poll(async () => (await history(duo().gainsightId)).enrollments).toMatchObject([{ programId: 'duo-admin-onboarding', currentStep: 0, status: 'active' }]);
    expect(session.h.sandbox.state.ctas[0]).toMatchObject({
      companyId: duo().gainsightId, type: 'Digital Journey', name: ctaName(), reason: 'Onboarding', dueDate: today, playbook: 'Duo Admin Onboarding',
    });
  });

  it("Validate Email → Prefill fills the recipients and keeps the playbook's template, sender, CC and signature; Send moves the sequence on", async () => {
    const panel = await panelFor(session.h, session.page);
    await planShown(panel, duo().account.name);
    await activate(session.page.getByRole('list', { name: 'Tasks' }).getByRole('listitem').filter({ hasText: 'Email 1:' }));
    await activate(session.page.getByRole('button', { name: 'Validate Email' }));
    const dialog = session.page.getByRole('dialog', { name: 'Edit Email' });
    await dialog.waitFor();

    const item = programItem(panel, 'Duo Admin Onboarding');
    const preview = item.getByRole('region', { name: 'Preview of Email 1: Assign GitLab Duo seats' });
    await preview.waitFor();
    expect(await preview.textContent()).toContain('Hi Oliver,');
    // Gainsight's own template: signed by the account's CSM (not the user), from the CSM, CC'ing the CSM.
    const { csm, csmEmail } = duo().account.fields;
    const task1 = session.h.sandbox.state.ctas[0]!.tasks[0]!;
    const body = dialog.getByRole('textbox', { name: 'Email body' });
    expect(await body.textContent()).toContain('{{contact.firstName}}');
    await item.getByRole('button', { name: 'Prefill email' }).click();

    const admin = duo().account.contacts!.find((c) => c.roles.includes('GitLab Admin'))!;
    // The panel asks the background, which asks the page: the fill lands a moment after the click.
    await expect.poll(() => dialog.getByLabel('To', { exact: true }).inputValue()).toBe(admin.email);
    await item.getByText("Filled To. Kept the template's CC, Subject, Body (its sender and signature too).", { exact: false }).waitFor();
    expect(await dialog.getByLabel('From', { exact: true }).inputValue()).toBe(`${csm} <${csmEmail}>`);
    expect(await dialog.getByLabel('CC', { exact: true }).inputValue()).toBe(csmEmail);
    expect(await dialog.getByLabel('Subject', { exact: true }).inputValue()).toBe(task1.subject);
    expect(await body.textContent()).toContain('Hi Oliver,');
    expect(await body.textContent()).toContain(`Best regards,${csm}`);
    expect(await body.textContent()).not.toContain('Casey Morgan');
    expect(await body.textContent()).not.toContain('{{');

    await activate(dialog.getByRole('button', { name: 'Preview and Proceed' }));
    await activate(dialog.getByRole('button', { name: 'Send' }));
    await expect.poll(() => session.h.sandbox.state.emails.length).toBe(1);
    const sent = session.h.sandbox.state.emails[0]!;
    expect(sent).toMatchObject({ status: 'sent', to: [admin.email], cc: [csmEmail], subject: task1.subject });
    expect(sent.bodyHtml).toContain('<p>Hi Oliver,</p>');
    expect(sent.bodyHtml).toContain(`Best regards,<br>${csm}`);
    expect(sent.bodyHtml).toContain('<a href="https://docs.gitlab.example/">');
    expect(sent.bodyHtml).not.toContain('{{');

    // The next reminder is the CTA's own second Email Task, on its due date.
    const task2 = session.h.sandbox.state.ctas[0]!.tasks[1]!;
    await expect.poll(() => panel.getByText(`Email 1: Assign GitLab Duo seats recorded as sent. Next: ${task2.name}`, { exact: false }).count(), { timeout: 60_000 }).toBe(1);
    const after = await history(duo().gainsightId);
    expect(after.enrollments).toMatchObject([{ currentStep: 1, status: 'active' }]);
    expect(after.sends).toMatchObject([{ step: 0, sentOn: today, how: 'detected', recipients: [admin.email] }]);
    expect(after.reminders.find((r) => r.step === 1)).toMatchObject({ status: 'pending', dueDate: task2.dueDate });
  });

  it('Save as Draft on the next email records nothing', async () => {
    await activate(session.page.getByRole('list', { name: 'Tasks' }).getByRole('listitem').filter({ hasText: 'Email 2:' }));
    await activate(session.page.getByRole('button', { name: 'Validate Email' }));
    const dialog = session.page.getByRole('dialog', { name: 'Edit Email' });
    await dialog.waitFor();
    const item = programItem(await panelFor(session.h, session.page), 'Duo Admin Onboarding');
    await item.getByRole('button', { name: 'Prefill email' }).click();
    await item.getByText("Kept the template's", { exact: false }).waitFor();
    const task2 = session.h.sandbox.state.ctas[0]!.tasks[1]!;
    expect(await dialog.getByLabel('Subject', { exact: true }).inputValue()).toBe(task2.subject);

    await activate(dialog.getByRole('button', { name: 'Save as Draft' }));
    await expect.poll(() => session.h.sandbox.state.emails.filter((e) => e.status === 'draft').length).toBe(1);
    expect(session.h.sandbox.state.emails.at(-1)).toMatchObject({ status: 'draft', subject: task2.subject });
    const after = await history(duo().gainsightId);
    expect(after.enrollments).toMatchObject([{ currentStep: 1 }]);
    expect(after.sends).toHaveLength(1);
  });

  it('without a "+ CTA" button on the session.page, Start goes to Cockpit\'s create page and fills the form there', async () => {
    const granite = sample(session.h.sandbox, 'renewed-3-days-ago');
    await session.page.goto(C360(granite.gainsightId));
    const panel = await panelFor(session.h, session.page);
    await planShown(panel, granite.account.name);
    // A C360 layout without the Cockpit widget: the page has no "+ CTA" button.
    await session.page.getByRole('button', { name: '+ CTA' }).evaluate((button) => button.remove());
    const ctasBefore = session.h.sandbox.state.ctas.length;
    // A slow tenant (fault injection, like the sandbox's dataDelayMs): Cockpit renders its create session.page, and
    // opens the form, only once its metadata arrived, after the extension read the page and came to fill
    // it. The filler then waits for the form to show (it once found no form yet and gave up: flaky).
    await session.page.route('**/v1/api/sandbox/meta', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      await route.continue();
    });
    await programItem(panel, 'Post-renewal onboarding').getByRole('button', { name: 'Start Post-renewal onboarding' }).click();

    await session.page.waitForURL(/\/v1\/ui\/cockpit\?cid=.*&create=1$/);
    const form = session.page.getByRole('dialog', { name: 'Create CTA' });
    await expect.poll(() => form.getByLabel('Name', { exact: true }).inputValue()).toBe(`Post-renewal onboarding – ${granite.account.name}`);
    expect(await form.getByLabel('Playbook').inputValue()).toBe('Post-Renewal Onboarding');
    expect(await form.getByLabel('Company').inputValue()).toBe(granite.gainsightId);
    await (await panelFor(session.h, session.page)).getByText('Create CTA form filled for Post-renewal onboarding: review it and click Save.').waitFor();
    expect(session.h.sandbox.state.ctas).toHaveLength(ctasBefore);
    // Filled, not saved: nothing is recorded, and the panel says the start waits for the Save.
    await (await panelFor(session.h, session.page)).getByText(/^Started, not saved yet/).first().waitFor();
    expect((await history(granite.gainsightId)).enrollments).toEqual([]);
    await session.page.unroute('**/v1/api/sandbox/meta');
  });

  it('holds a Sold-To-only account\'s survey back, with nothing to start or prefill, and says why and what fixes it', async () => {
    const meridian = sample(session.h.sandbox, 'no-gitlab-admin');
    // Six months a customer today: the CSAT survey would be due.
    meridian.account.fields.customerSince = addMonths(today, -6);
    await session.page.goto(C360(meridian.gainsightId));
    const panel = await panelFor(session.h, session.page);
    await planShown(panel, meridian.account.name);
    const survey = programItem(panel.getByRole('list', { name: 'Held back' }), 'Customer CSAT Survey');
    await survey.waitFor();
    expect(await survey.textContent()).toMatch(/GitLab Admin/);
    expect(await survey.getByRole('link', { name: 'make a contact GitLab Admin' }).getAttribute('href')).toBe('#pc-role-fix');
    expect(await survey.getByRole('button').count()).toBe(0);
    expect(await programItem(panel.getByRole('list', { name: 'Due now' }), 'Customer CSAT Survey').count()).toBe(0);
  });
});
