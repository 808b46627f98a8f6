/**
 * Salesforce orgs that are not the default one, through the real extension and its side panel: an org
 * whose schema lacks two of the default fields, and a full-copy sandbox on its own host form.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../../lib/shared/accounts/account';
import { LEAN_ORG, UAT_SANDBOX_ORG } from '../sandbox/salesforce/orgs';
import type { SandboxAccount } from '../sandbox/data/types';
import { asSalesforceShows, expectedPlan, namesIn } from './expected-plans';
import { control, launch, panelFor, programItemNames, signInToSalesforce, type Harness } from './harness';

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

const account = (key: string) => h.sandbox.state.accounts.find((a) => a.key === key)!;
const lightningOf = (apiHost: string, a: SandboxAccount) => `https://${apiHost.replace('.my.salesforce.com', '.lightning.force.com')}/lightning/r/Account/${a.salesforceId}/view`;
const note = (api: string) => `Salesforce field ${api} is not in this org — map it in Options → Salesforce`;

async function signIn(page: Page, apiHost: string): Promise<void> {
  await page.goto(`https://${apiHost}/`);
  await page.getByLabel('Username').fill('csm@gitlab.example');
  await page.getByLabel('Password').fill('sandbox');
  await page.getByRole('button', { name: 'Log In' }).click();
  await page.waitForURL(/lightning\.force\.com\/lightning\//);
}

/** The panel's lists against the engine's plan for what the org holds. */
async function expectPanelPlan(panel: Locator, expected: Account): Promise<void> {
  await panel.getByRole('heading', { name: expected.name, exact: true }).waitFor({ timeout: 60_000 });
  const plan = expectedPlan(expected, h.sandbox.state.today);
  const all = plan.entries.map((e) => e.program.name);
  for (const [list, state] of [['Due now', 'due'], ['Upcoming', 'upcoming'], ['Needs data', 'unknown']] as const) {
    const shown = (await programItemNames(panel, list)).map((n) => all.find((c) => n.startsWith(c)) ?? `? ${n}`);
    expect.soft(shown, list).toEqual(namesIn(plan, state));
  }
}

describe('Salesforce orgs beyond the default one', () => {
  it('an org without Deployment__c and Enablement_Enrollment__c: the plan shows, with the missing field named under Needs data', async () => {
    const kestrel = account('kestrel-many-contacts');
    const page = await h.context.newPage();
    await signIn(page, LEAN_ORG.apiHost);
    await page.goto(lightningOf(LEAN_ORG.apiHost, kestrel));
    const panel = await panelFor(h, page);
    const shown = asSalesforceShows(kestrel);
    const { deployment: _deployment, ...fields } = shown.fields;
    await expectPanelPlan(panel, {
      ...shown,
      org: LEAN_ORG.apiHost,
      fields,
      fieldNotes: { deployment: note('Deployment__c') },
      contacts: shown.contacts?.map((c) => ({ ...c, enablementEnrollment: [] })),
      contactFieldNotes: { enablementEnrollment: note('Enablement_Enrollment__c') },
    });
    // Each program that cannot be decided says which field is missing, and why: the org has no such field.
    const needsData = await panel.getByRole('list', { name: 'Needs data', exact: true }).first().textContent();
    expect(needsData).toContain(note('Enablement_Enrollment__c'));
    await page.close();
  });

  it('the full-copy sandbox org on gitlab--uat.sandbox.lightning.force.com: its own login, its own session, the same plan', async () => {
    const summit = account('summit-ultimate');
    const page = await h.context.newPage();
    await signIn(page, UAT_SANDBOX_ORG.apiHost);
    await page.goto(lightningOf(UAT_SANDBOX_ORG.apiHost, summit));
    const panel = await panelFor(h, page);
    await expectPanelPlan(panel, { ...asSalesforceShows(summit), org: UAT_SANDBOX_ORG.apiHost });
    const cookies = await h.context.cookies([`https://${UAT_SANDBOX_ORG.apiHost}/`]);
    expect(cookies.find((c) => c.name === 'sid')?.value.startsWith(`${UAT_SANDBOX_ORG.orgId}!`)).toBe(true);
    await page.close();
  });

  // A browser each: Chrome throttles an extension's requests to a URL that answered 5xx (retries then fail
  // without an answer, even in the next test), and the panel must name what Salesforce itself said.
  it.each([
    [429, 'northwind-day0', /too many arrive at once \(429\)/],
    [500, 'bluefin-day2', /internal error/],
    [503, 'helix-duo', /unavailable right now \(503/],
  ] as const)('Salesforce answering %i: the reads are retried, and the panel says what happened (issue 14)', async (fault, key, words) => {
    const fresh = await launch({ sandbox: h.sandbox });
    try {
      const page = await fresh.context.newPage();
      await signInToSalesforce(page);
      control(h.sandbox, { salesforceFault: fault });
      await page.goto(lightningOf('gitlab.my.salesforce.com', account(key)));
      const panel = await panelFor(fresh, page);
      await expect.poll(() => panel.textContent(), { timeout: 60_000 }).toMatch(words);
      expect(await panel.textContent()).toMatch(/tried 3 times/);
    } finally {
      await fresh.close();
    }
  });

  it('Salesforce failing twice, then answering: the retried reads show the plan', async () => {
    const summit = account('summit-ultimate');
    const page = await h.context.newPage();
    await signInToSalesforce(page);
    control(h.sandbox, { salesforceFault: 503, salesforceFaultTimes: 2 });
    await page.goto(lightningOf('gitlab.my.salesforce.com', summit));
    const panel = await panelFor(h, page);
    await expectPanelPlan(panel, asSalesforceShows(summit));
    await page.close();
  });

  // Last: the org's describe it leaves cached says Role__c is gone, for a minute (query-existing.ts).
  it('a renamed role field: the admin is unknown and the panel says why; choosing the org’s field in Options → Salesforce fixes it', async () => {
    control(h.sandbox, { roleFieldName: 'GitLab_Role__c' });
    const vertex = account('vertex-two-admins');
    const page = await h.context.newPage();
    await signInToSalesforce(page);
    await page.goto(lightningOf('gitlab.my.salesforce.com', vertex));
    const panel = await panelFor(h, page);
    const adminStatus = panel.getByRole('status').filter({ hasText: 'GitLab Admin:' });
    await expect.poll(() => adminStatus.textContent(), { timeout: 60_000 }).toContain(`GitLab Admin: unknown — no contact's role could be read (${note('Role__c')})`);

    const options = await h.openExtensionPage('options.html');
    const salesforce = options.getByRole('region', { name: 'Salesforce' });
    const role = salesforce.getByRole('combobox', { name: 'Role field API name' });
    // Earlier tests signed in to other orgs too: pick the one this account lives in.
    const org = salesforce.getByRole('combobox', { name: 'Read field names from' });
    await org.waitFor({ timeout: 60_000 });
    await org.selectOption('gitlab.my.salesforce.com');
    // One control: the field's box, now offering the org's fields, says the org lacks the one named.
    await salesforce.getByText('Role__c is not in gitlab.my.salesforce.com', { exact: false }).waitFor({ timeout: 60_000 });
    expect(await role.evaluate((input: HTMLInputElement) => [...(input.list?.options ?? [])].map((o) => o.label))).toContain('Role (GitLab_Role__c)');
    await role.fill('GitLab_Role__c');
    await salesforce.getByText('gitlab.my.salesforce.com calls it “Role”.').waitFor();
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.getByRole('status').filter({ hasText: 'Saved.' }).count()).toBe(1);

    await expect.poll(() => adminStatus.textContent(), { timeout: 60_000 }).toContain('GitLab Admin: ✓');
    // Back to the default for the tests that follow.
    await salesforce.getByRole('combobox', { name: 'Role field API name' }).fill('Role__c');
    await options.getByRole('button', { name: 'Save' }).click();
    await options.close();
    await page.close();
  });
});
