import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localeDateOrder } from '../../lib/shared/accounts/field-values';
import type { SandboxAccount } from '../sandbox/data/types';
import { asC360Shows, asSalesforceShows, expectedPlan, namesIn } from './expected-plans';
import { C360, launch, LIGHTNING, panelFor, listedPrograms, PLAN_LISTS, sample, signInToSalesforce, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

/** Waits until the panel shows this account and has finished reading the page. */
async function planShownFor(panel: Locator, name: string): Promise<void> {
  await panel.getByRole('heading', { name, exact: true }).waitFor({ timeout: 60_000 });
  await panel.getByText('Still reading the page…').waitFor({ state: 'detached', timeout: 60_000 });
}

async function expectPlan(panel: Locator, sampleAccount: SandboxAccount, account: ReturnType<typeof asC360Shows>) {
  await planShownFor(panel, sampleAccount.account.name);
  const plan = expectedPlan(account, h.sandbox.state.today);
  const all = plan.entries.map((e) => e.program.name);
  for (const [list, state] of PLAN_LISTS) {
    expect.soft(await listedPrograms(panel, list, all), `${sampleAccount.key}: ${list}`).toEqual(namesIn(plan, state));
  }
}

async function setDateOrder(order: 'auto' | 'DMY'): Promise<void> {
  const options = await h.openExtensionPage('options.html');
  // @ts-expect-error the extension page's own `chrome` global
  await options.evaluate((dateOrder) => chrome.storage.local.set({ settings: { gainsight: { dateOrder } } }), order);
  await options.close();
}

describe('the side panel shows what the engine decides', () => {
  it('on every sample account in Customer360, moving between them without page loads and without stale data', async () => {
    const page = await h.context.newPage();
    const accounts = h.sandbox.state.accounts.filter((a) => a.dateFormat !== 'DMY');
    await page.goto(C360(accounts[0]!.gainsightId));
    const panel = await panelFor(h, page);
    for (const [i, account] of accounts.entries()) {
      if (i > 0) await page.getByRole('list', { name: 'Recent companies' }).getByRole('link', { name: account.account.name, exact: true }).click();
      await expectPlan(panel, account, asC360Shows(account));
      const others = accounts.filter((a) => a !== account).map((a) => a.account.name);
      for (const other of others.slice(0, 3)) expect(await panel.getByRole('heading', { name: other, exact: true }).count()).toBe(0);
    }
    await page.close();
  });

  it('reads day-month dates once the date order is set to DMY', async () => {
    const account = sample(h.sandbox, 'dmy-dates');
    await setDateOrder('DMY');
    const page = await h.context.newPage();
    await page.goto(C360(account.gainsightId));
    await expectPlan(await panelFor(h, page), account, asC360Shows(account));
    await setDateOrder('auto');
    await page.close();
  });

  it("reads day-month dates on Automatic when the page's own dates prove the order, in a US-English browser", async () => {
    const account = sample(h.sandbox, 'dmy-dates');
    const page = await h.context.newPage();
    // The browser's language alone would read 03.04.2027 as March 4th: the page has to prove otherwise.
    expect(localeDateOrder(await page.evaluate(() => navigator.language))).toBe('MDY');
    await page.goto(C360(account.gainsightId));
    await expectPlan(await panelFor(h, page), account, asC360Shows(account));
    await page.close();
  });

  it('on every sample account in Salesforce', async () => {
    const page = await h.context.newPage();
    await signInToSalesforce(page);
    for (const account of h.sandbox.state.accounts) {
      await page.goto(LIGHTNING('Account', account.salesforceId));
      await expectPlan(await panelFor(h, page), account, asSalesforceShows(account));
    }
    await page.close();
  });

  it('says which fields a page lacks on the programs that leaves undecided, and nothing of fields no program uses', async () => {
    const account = sample(h.sandbox, 'field-missing');
    const page = await h.context.newPage();
    await page.goto(C360(account.gainsightId));
    const panel = await panelFor(h, page);
    await planShownFor(panel, account.account.name);
    const undecided = panel.getByRole('list', { name: 'Needs data' }).getByRole('listitem', { name: /^Post-renewal onboarding.*Last Renewal Date/i });
    await expect.poll(() => undecided.count()).toBe(1);
    // One message per problem: no second list of the same fields, and none for a field no program uses.
    expect(await panel.getByRole('region', { name: 'Could not be read' }).count()).toBe(0);
    await page.close();
  });

  it('asks the user to sign in to Salesforce when there is no session, instead of an empty panel', async () => {
    await h.context.clearCookies();
    const page: Page = await h.context.newPage();
    await page.goto(LIGHTNING('Account', sample(h.sandbox, 'two-gitlab-admins').salesforceId));
    const alert = (await panelFor(h, page)).getByRole('alert');
    await alert.waitFor({ timeout: 60_000 });
    expect(await alert.textContent()).toContain('not signed in to Salesforce');
    const signIn = alert.getByRole('link', { name: 'Sign in to Salesforce' });
    expect(await signIn.getAttribute('href')).toMatch(/^https:\/\/gitlab\.my\.salesforce\.com\/\?startURL=/);
    await page.close();
  });
});
