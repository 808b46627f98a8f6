/**
 * Issue 24: a record is its org's host plus its id. A full-copy sandbox holds production's records
 * with the same ids, so moving between the two in one tab must read the other org again, and a write
 * must go to the org the panel shows.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PRODUCTION_ORG, UAT_SANDBOX_ORG } from '../sandbox/salesforce/orgs';
import { launch, panelFor, sample, signInToSalesforce, type Harness } from './harness';

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

const WAIT = { timeout: 20_000 };
const lightningAccount = (apiHost: string, id: string) => `https://${apiHost.replace('.my.salesforce.com', '.lightning.force.com')}/lightning/r/Account/${id}/view`;

async function signInTo(page: Page, apiHost: string): Promise<void> {
  await page.goto(`https://${apiHost}/`);
  if (page.url().includes('lightning.force.com')) return;
  await page.getByLabel('Username').fill('csm@gitlab.example');
  await page.getByLabel('Password').fill('sandbox');
  await page.getByRole('button', { name: 'Log In' }).click();
  await page.waitForURL(/lightning\.force\.com/);
}

/** The org the panel says it read the account from (the summary's "Salesforce org" fact). */
async function orgShown(page: Page): Promise<string | null> {
  const summary = (await panelFor(h, page)).getByRole('region', { name: 'Account' });
  return summary.locator('dt', { hasText: 'Salesforce org' }).locator('xpath=following-sibling::dd[1]').textContent({ timeout: 1_000 }).catch(() => null);
}

describe('one record = its org + its id', () => {
  it('production → its full-copy sandbox twin in one tab: the panel reads the sandbox, and the role fix goes to the sandbox', async () => {
    const meridian = sample(h.sandbox, 'no-gitlab-admin');
    const omar = meridian.account.contacts?.find((c) => c.name === 'Omar Farouk');
    if (!omar?.id) throw new Error('Omar Farouk has no id');
    const page = await h.context.newPage();
    await signInToSalesforce(page);
    await signInTo(page, UAT_SANDBOX_ORG.apiHost);

    await page.goto(lightningAccount(PRODUCTION_ORG.apiHost, meridian.salesforceId));
    await (await panelFor(h, page)).getByRole('heading', { name: meridian.account.name, exact: true }).waitFor(WAIT);

    // Same id, the sandbox's host, the same tab: the sandbox org is read through its own API.
    h.sandbox.state.restCalls = [];
    await page.goto(lightningAccount(UAT_SANDBOX_ORG.apiHost, meridian.salesforceId));
    await expect.poll(() => h.sandbox.state.restCalls.filter((c) => c.host === UAT_SANDBOX_ORG.apiHost && c.withSession && c.path.includes('/query')).length, WAIT).toBeGreaterThan(0);
    // …and the panel says which org it shows, since the records look the same.
    await expect.poll(() => orgShown(page), WAIT).toBe(UAT_SANDBOX_ORG.apiHost);

    const panel = await panelFor(h, page);
    await panel.getByRole('button', { name: 'Make Omar Farouk GitLab Admin' }).click();
    const question = panel.getByRole('group', { name: "Add GitLab Admin to Omar Farouk's role? Other roles are kept." });
    await question.getByRole('button', { name: 'Confirm' }).click();
    await panel.getByRole('status').filter({ hasText: 'Omar Farouk is now GitLab Admin.' }).waitFor(WAIT);
    expect(h.sandbox.state.patches.map((p) => [p.host, p.object, p.id])).toEqual([[UAT_SANDBOX_ORG.apiHost, 'Contact', omar.id]]);

    // And back: production is read again, not kept from the sandbox.
    await page.goto(lightningAccount(PRODUCTION_ORG.apiHost, meridian.salesforceId));
    await expect.poll(() => orgShown(page), WAIT).toBe(PRODUCTION_ORG.apiHost);
    await page.close();
  });
});
