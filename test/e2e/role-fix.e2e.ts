import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ControlRequest } from '../sandbox/control';
import { C360, control, launch, LIGHTNING, panelFor, sample, signInToSalesforce, type Harness } from './harness';

/**
 * The one-click GitLab Admin fix, in the built extension against the sandbox's REST API: it lands in
 * Salesforce's data (other roles kept), shows after a reload, fails in plain words without changing
 * anything, and the deal alert appears only where the approval rule applies.
 */

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});
beforeEach(async () => {
  // Back to the book's data and no failure switches; sessions survive, so sign in only when needed.
  h.sandbox.reset();
  await page?.close();
  page = await h.context.newPage();
  await signInToSalesforce(page);
});

const WAIT = { timeout: 60_000 };

const meridian = () => sample(h.sandbox, 'no-gitlab-admin');
function contactOf(name: string) {
  const found = meridian().account.contacts?.find((c) => c.name === name);
  if (!found?.id) throw new Error(`No contact ${name} on ${meridian().account.name}`);
  return found;
}
function opportunityOf(account: ReturnType<typeof meridian>, type: string) {
  const found = account.account.opportunities.find((o) => o.type === type && !o.stage?.startsWith('Closed'));
  if (!found?.id) throw new Error(`No open ${type} opportunity on ${account.account.name}`);
  return found.id;
}

/** The admin verdict: the status whose text begins "GitLab Admin:". */
const adminStatus = async (p: Page) => (await panelFor(h, p)).getByRole('status').filter({ hasText: /^GitLab Admin:/ });
/** The view Lightning currently shows (it keeps earlier ones hidden in the DOM). */
const activeView = (p: Page) => p.locator('div.windowViewMode-normal.active');

async function makeAdmin(p: Page, name: string): Promise<void> {
  const panel = await panelFor(h, p);
  await panel.getByRole('button', { name: `Make ${name} GitLab Admin` }).click();
  const question = panel.getByRole('group', { name: `Add GitLab Admin to ${name}'s role? Other roles are kept.` });
  await question.getByRole('button', { name: 'Confirm' }).click();
}

describe('making the GitLab Admin in one click', () => {
  it('adds GitLab Admin on the Account page, keeping the roles the contact has now, and Salesforce shows it after a reload', async () => {
    const account = meridian();
    const omar = contactOf('Omar Farouk');
    await page.goto(LIGHTNING('Account', account.salesforceId));
    const panel = await panelFor(h, page);
    const choices = panel.getByRole('list', { name: 'Contacts who could be GitLab Admin' });
    await choices.waitFor(WAIT);
    // Sold-To first and marked.
    expect(await choices.getByRole('listitem').first().textContent()).toMatch(/^Hannah Brooks\s*Sold-To/);
    expect(await (await adminStatus(page)).textContent()).toMatch(/^GitLab Admin: ✗ none/);
    const row = () => activeView(page).locator(`table[aria-label="Contacts"] tr[data-row-key-value="${omar.id}"]`);
    await row().waitFor(WAIT);

    // Someone adds a role after the page loaded: the fix re-reads the contact, so it is not lost.
    omar.roles.push('Champion');
    await makeAdmin(page, 'Omar Farouk');

    await panel.getByRole('status').filter({ hasText: 'Omar Farouk is now GitLab Admin.' }).waitFor(WAIT);
    await expect.poll(async () => (await adminStatus(page)).textContent(), WAIT).toMatch(/^GitLab Admin: ✓ Omar Farouk/);
    expect(h.sandbox.state.patches).toEqual([{ host: 'gitlab.my.salesforce.com', object: 'Contact', id: omar.id, body: { Role__c: 'Technical Contact;Champion;GitLab Admin' }, at: expect.any(String) }]);
    expect(contactOf('Omar Farouk').roles).toEqual(['Technical Contact', 'Champion', 'GitLab Admin']);
    expect(contactOf('Hannah Brooks').roles).toEqual([]);

    // Lightning shows the stale list until the page reloads; the panel says so and offers the reload.
    expect(await row().textContent()).not.toContain('GitLab Admin');
    await panel.getByText('Refresh the page to see the change in Salesforce.').waitFor();
    await Promise.all([page.waitForEvent('load'), panel.getByRole('button', { name: 'Refresh' }).click()]);
    await expect.poll(() => row().textContent(), WAIT).toContain('Technical Contact;Champion;GitLab Admin');
    await expect.poll(async () => (await adminStatus(page)).textContent(), WAIT).toMatch(/^GitLab Admin: ✓ Omar Farouk/);
  });

  it('on a Contact page says whether the contact is admin and makes this one', async () => {
    const hannah = contactOf('Hannah Brooks');
    await page.goto(LIGHTNING('Contact', hannah.id!));
    const panel = await panelFor(h, page);
    await panel.getByRole('status').filter({ hasText: 'Hannah Brooks is not a GitLab Admin, and this account has none.' }).waitFor(WAIT);
    expect(await panel.getByRole('button', { name: /^Make .* GitLab Admin$/ }).count()).toBe(1);

    await makeAdmin(page, 'Hannah Brooks');
    await panel.getByRole('status').filter({ hasText: 'Hannah Brooks is now GitLab Admin.' }).waitFor(WAIT);
    await panel.getByRole('status').filter({ hasText: 'Hannah Brooks is a GitLab Admin.' }).waitFor(WAIT);
    expect(contactOf('Hannah Brooks').roles).toEqual(['GitLab Admin']);

    await page.reload();
    await expect.poll(() => activeView(page).locator('records-record-layout-item[field-label="Role"]').textContent(), WAIT).toContain('GitLab Admin');
  });
});

const FAILURES: { name: string; switches: ControlRequest; message: string | RegExp; signIn?: boolean }[] = [
  { name: 'an expired session (401)', switches: { expireSessions: true }, message: /^Your Salesforce session has expired\./, signIn: true },
  { name: 'no permission (403 INSUFFICIENT_ACCESS)', switches: { noAccess: true }, message: /You do not have permission to edit this contact's Role/ },
  {
    name: '"GitLab Admin" missing from the picklist (400)',
    switches: { removePicklistValue: 'GitLab Admin' },
    message: 'Ask your Salesforce admin to add "GitLab Admin" to the Role picklist of Contact.',
  },
  { name: 'a role field that does not exist (400 INVALID_FIELD)', switches: { roleFieldName: 'GitLab_Role__c' }, message: 'Correct it in Options → Salesforce → Role field.' },
];

describe('when Salesforce refuses, the panel says why and nothing changes', () => {
  it.each(FAILURES)('$name', async ({ switches, message, signIn }) => {
    const account = meridian();
    const before = JSON.stringify(account.account.contacts);
    await page.goto(LIGHTNING('Account', account.salesforceId));
    const panel = await panelFor(h, page);
    await panel.getByRole('button', { name: 'Make Hannah Brooks GitLab Admin' }).waitFor(WAIT);

    control(h.sandbox, switches);
    await makeAdmin(page, 'Hannah Brooks');

    const alert = panel.getByRole('alert');
    await alert.waitFor(WAIT);
    const text = (await alert.textContent()) ?? '';
    if (typeof message === 'string') expect(text).toContain(message);
    else expect(text).toMatch(message);
    expect(text).toContain('Nothing was changed.');
    if (signIn) expect(await alert.getByRole('link', { name: 'Sign in to Salesforce' }).getAttribute('href')).toMatch(/^https:\/\/gitlab\.my\.salesforce\.com\/\?startURL=/);

    expect(h.sandbox.state.patches).toEqual([]);
    expect(JSON.stringify(meridian().account.contacts)).toBe(before);
    expect(await panel.getByText(/is now GitLab Admin/).count()).toBe(0);
    expect(await (await adminStatus(page)).textContent()).toMatch(/^GitLab Admin: ✗ none/);
    // The choice stays, for a retry once the cause is fixed.
    expect(await panel.getByRole('button', { name: 'Make Hannah Brooks GitLab Admin' }).isEnabled()).toBe(true);
  });
});

describe('the approval alert on an Opportunity page', () => {
  it('appears for a New - First Order deal on an account without an admin, with the quick fix', async () => {
    await page.goto(LIGHTNING('Opportunity', opportunityOf(meridian(), 'New - First Order')));
    const alert = (await panelFor(h, page)).getByRole('alert');
    await alert.waitFor(WAIT);
    expect(await alert.textContent()).toContain('Approval needs a GitLab Admin contact.');
    expect(await alert.textContent()).toContain('"Meridian Dental - Clinics Expansion" (New - First Order)');
    expect(await (await panelFor(h, page)).getByRole('button', { name: 'Make Hannah Brooks GitLab Admin' }).count()).toBe(1);
  });

  it('does not appear for another deal type on the same account', async () => {
    await page.goto(LIGHTNING('Opportunity', opportunityOf(meridian(), 'Renewal')));
    await expect.poll(async () => (await adminStatus(page)).textContent(), WAIT).toMatch(/^GitLab Admin: ✗ none/);
    expect(await (await panelFor(h, page)).getByRole('alert').count()).toBe(0);
  });

  it('does not appear once the account has an admin', async () => {
    const vertex = sample(h.sandbox, 'two-gitlab-admins');
    const firstOrder = vertex.account.opportunities.find((o) => o.type === 'New - First Order');
    await page.goto(LIGHTNING('Opportunity', firstOrder!.id!));
    await expect.poll(async () => (await adminStatus(page)).textContent(), WAIT).toMatch(/^GitLab Admin: ✓/);
    expect(await (await panelFor(h, page)).getByRole('alert').count()).toBe(0);
    expect(await (await panelFor(h, page)).getByRole('button', { name: /^Make / }).count()).toBe(0);
  });
});

describe('on Customer360 without an admin', () => {
  it('gives the steps there and links to the account in Salesforce, where the fix is one click', async () => {
    const account = meridian();
    // Any Lightning page teaches the extension the org's host.
    await page.goto(LIGHTNING('Account', sample(h.sandbox, 'two-gitlab-admins').salesforceId));
    await (await adminStatus(page)).waitFor(WAIT);

    await page.goto(C360(account.gainsightId));
    const panel = await panelFor(h, page);
    const steps = panel.getByRole('list', { name: 'Steps in Customer360' });
    await steps.waitFor(WAIT);
    expect(await steps.textContent()).toMatch(/View Details.*GitLab Role → add GitLab Admin.*Save/s);
    const link = panel.getByRole('link', { name: 'Fix it in Salesforce in one click' });
    expect(await link.getAttribute('href')).toBe(LIGHTNING('Account', account.salesforceId));

    const [salesforce] = await Promise.all([h.context.waitForEvent('page'), link.click()]);
    await (await panelFor(h, salesforce)).getByRole('button', { name: 'Make Hannah Brooks GitLab Admin' }).waitFor(WAIT);
    await salesforce.close();
  });
});
