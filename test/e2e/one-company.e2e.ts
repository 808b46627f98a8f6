/**
 * Issue 24, one company, one history: a Customer360 company and the Salesforce Account its SFDC Account
 * ID names share one history. A send marked on either page is sent on the other, and the panel says
 * which Account the company is linked to.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { C360, launch, LIGHTNING, panelFor, programItemNames, recordedFor, sample, signInToSalesforce, type Harness } from './harness';
import { SANDBOX_HOSTS } from '../sandbox/server';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});
afterEach(() => {
  h.sandbox.reset();
});

const WAIT = { timeout: 60_000 };

async function panelOn(page: Page, url: string, name: string): Promise<Locator> {
  await page.goto(url);
  const panel = await panelFor(h, page);
  await panel.getByRole('heading', { name, exact: true }).waitFor(WAIT);
  await panel.getByText('Still reading the page…').waitFor({ state: 'detached', ...WAIT });
  return panel;
}

const dueItem = (panel: Locator, program: string) => panel.getByRole('list', { name: 'Due now', exact: true }).locator(':scope > li').filter({ hasText: new RegExp(`^${program}`) });

/** Where the panel lists a program once it is no longer due: the next step, or sent for good. */
async function listedAfterSending(panel: Locator, program: string): Promise<string[]> {
  const sent = panel.getByRole('heading', { name: /^Already sent/ });
  if ((await sent.count()) && !(await panel.getByRole('list', { name: 'Already sent', exact: true }).count())) await sent.click();
  const lists = [];
  for (const list of ['Due now', 'Upcoming', 'Already sent']) if ((await programItemNames(panel, list)).some((n) => n.startsWith(program))) lists.push(list);
  return lists;
}

async function markSent(panel: Locator, program: string): Promise<void> {
  await dueItem(panel, program).getByRole('button', { name: 'Mark sent' }).click();
  await expect.poll(() => dueItem(panel, program).count(), WAIT).toBe(0);
}

/** The summary's "History" fact: which Salesforce Account the company's history is kept with. */
async function historyFact(panel: Locator): Promise<string | null> {
  const summary = panel.getByRole('region', { name: 'Account' });
  return summary.locator('dt', { hasText: 'History' }).locator('xpath=following-sibling::dd[1]').textContent({ timeout: 1_000 }).catch(() => null);
}

const API_HOST = SANDBOX_HOSTS.salesforceApi;

describe('one company, one history', () => {
  it('Mark sent on Customer360 → the same company’s Salesforce Account shows it sent', async () => {
    const bluefin = sample(h.sandbox, 'new-subscription-day-2');
    const page = await h.context.newPage();
    await signInToSalesforce(page);
    // Salesforce first: the Account is read in its org, which is how the company's link learns the org.
    let panel = await panelOn(page, LIGHTNING('Account', bluefin.salesforceId), bluefin.account.name);
    await dueItem(panel, 'Net-New Onboarding').waitFor(WAIT);

    panel = await panelOn(page, C360(bluefin.gainsightId), bluefin.account.name);
    await expect.poll(() => historyFact(panel), WAIT).toBe(`Linked to Salesforce Account ${bluefin.salesforceId} in ${API_HOST}: one history, one set of reminders and one plan.`);
    await markSent(panel, 'Net-New Onboarding');

    panel = await panelOn(page, LIGHTNING('Account', bluefin.salesforceId), bluefin.account.name);
    await expect.poll(() => listedAfterSending(panel, 'Net-New Onboarding'), WAIT).not.toContain('Due now');
    expect(await listedAfterSending(panel, 'Net-New Onboarding')).toHaveLength(1);
    // One send, kept under the Account (org + id), not a second copy under the Gainsight company.
    const { sends } = await recordedFor(h, bluefin.salesforceId);
    expect(sends.map((s) => s['account'])).toEqual([expect.objectContaining({ source: 'salesforce', org: API_HOST, id: bluefin.salesforceId })]);
    expect((await recordedFor(h, bluefin.gainsightId)).sends).toEqual([]);
    await page.close();
  });

  it('and the reverse: Mark sent on the Salesforce Account → Customer360 shows it sent', async () => {
    const northwind = sample(h.sandbox, 'new-subscription-day-0');
    const page = await h.context.newPage();
    await signInToSalesforce(page);
    let panel = await panelOn(page, LIGHTNING('Account', northwind.salesforceId), northwind.account.name);
    const program = 'CSM/CSE Introduction';
    await markSent(panel, program);

    panel = await panelOn(page, C360(northwind.gainsightId), northwind.account.name);
    await expect.poll(() => historyFact(panel), WAIT).toMatch(/^Linked to Salesforce Account /);
    await expect.poll(() => listedAfterSending(panel, program), WAIT).not.toContain('Due now');
    expect(await listedAfterSending(panel, program)).toHaveLength(1);
    await page.close();
  });
});
