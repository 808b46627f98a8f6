/**
 * Issue 24: when the org refuses the REST API (API_DISABLED_FOR_ORG), the panel reads the Lightning page
 * itself. Here the page is Dynamic Forms as an org may build it, unlike the sandbox's other Lightning
 * markup: fields are groups named by their label inside shadow roots, the record's name is only the
 * page's level-1 heading, related lists are ARIA tables. The panel still shows the account's segment and
 * the program its segment and dates make due, as the engine decides on what the page shows.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { asSalesforceShows, expectedPlan, namesIn } from './expected-plans';
import { control, launch, LIGHTNING, listedPrograms, panelFor, signInToSalesforce, type Harness } from './harness';

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

describe('the API-refused fallback on a Dynamic Forms page read by label and role', () => {
  it('shows the segment and the due program', async () => {
    const today = h.sandbox.state.today;
    // A program whose due date rests on the segment and Customer Since alone (no contact, no usage data).
    const program = 'CSM/CSE Introduction';
    const account = h.sandbox.state.accounts.find((a) => {
      const shown = asSalesforceShows(a);
      return shown.fields.segment && namesIn(expectedPlan(shown, today), 'due').includes(program);
    });
    if (!account) throw new Error(`no sandbox account with ${program} due`);
    const plan = expectedPlan(asSalesforceShows(account), today);

    control(h.sandbox, { apiAccessControl: true, lightningLayout: 'dynamic-forms-by-role' });
    const page = await h.context.newPage();
    await signInToSalesforce(page);
    await page.goto(LIGHTNING('Account', account.salesforceId));
    await page.getByRole('heading', { level: 1, name: account.account.name, exact: true }).waitFor(WAIT);

    const panel = await panelFor(h, page);
    await panel.getByRole('heading', { name: account.account.name, exact: true }).waitFor(WAIT);
    const summary = panel.getByRole('region', { name: 'Account' });
    await expect.poll(async () => (await summary.textContent()) ?? '', WAIT).toContain(`Segment${account.account.fields.segment}`);
    const all = plan.entries.map((e) => e.program.name);
    await expect.poll(() => listedPrograms(panel, 'Due now', all), WAIT).toContain(program);
    await page.close();
  });

  it('a page without the Contacts related list: the GitLab Admin is unknown, and the panel says why', async () => {
    const account = h.sandbox.state.accounts.find((a) => a.account.contacts?.length)!;
    control(h.sandbox, { apiAccessControl: true, lightningLayout: 'dynamic-forms-by-role', lightningHiddenRelatedLists: ['Contacts'] });
    const page = await h.context.newPage();
    await signInToSalesforce(page);
    await page.goto(LIGHTNING('Account', account.salesforceId));
    await page.getByRole('heading', { level: 1, name: account.account.name, exact: true }).waitFor(WAIT);

    const panel = await panelFor(h, page);
    await panel.getByRole('heading', { name: account.account.name, exact: true }).waitFor(WAIT);
    await panel.getByText('Still reading the page…').waitFor({ state: 'detached', ...WAIT });
    const admin = panel.getByRole('status').filter({ hasText: /^GitLab Admin:/ });
    await expect.poll(() => admin.textContent(), WAIT).toMatch(/^GitLab Admin: unknown — the page shows no Contacts related list/);
    await page.close();
  });
});
