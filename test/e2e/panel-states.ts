/**
 * Every state of the side panel a user meets, as rows a test walks in order: how a user gets there and
 * what shows that it is there. Shared by the axe walk (a11y-panel.e2e.ts) and the look walk
 * (look.e2e.ts); a new view (for instance more of "My book") is checked by both once it is a row here.
 * The rows share one browser and run in order: the Salesforce sign-in comes after the "not signed in"
 * error.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { C360, control, LIGHTNING, panelFor, sample, signInToSalesforce, type Harness } from './harness';

export interface PanelState {
  name: string;
  /** Brings the panel into this state and returns its landmark. */
  show(current: Locator | null): Promise<Locator>;
  /** Undoes what the state changed in the sandbox, after the check. */
  after?(): void;
}

let harness: Harness | null = null;
/** The record tab of the current row; closed (with its panel) when the next row opens another. */
let page: Page | null = null;

/** The browser the rows act in: the suite's, once its beforeAll has launched it. */
export function usePanelStatesIn(h: Harness): void {
  harness = h;
  page = null;
}

function h(): Harness {
  if (!harness) throw new Error('usePanelStatesIn(h) first');
  return harness;
}
const WAIT = { timeout: 60_000 };

/** Opens `url` in a fresh tab and returns the panel's landmark bound to it. */
async function panelOn(url: string): Promise<Locator> {
  await page?.close();
  page = await h().context.newPage();
  await page.goto(url);
  return panelFor(h(), page);
}

/** The panel's landmark once it names this account and has finished reading its page. */
async function planOf(url: string, name: string): Promise<Locator> {
  const panel = await panelOn(url);
  await panel.getByRole('heading', { name, exact: true }).waitFor(WAIT);
  await panel.getByText('Still reading the page…').waitFor({ state: 'detached', ...WAIT });
  return panel;
}

const meridian = () => sample(h().sandbox, 'no-gitlab-admin');
const soldTo = () => {
  const contact = meridian().account.contacts?.find((c) => c.soldTo && c.id);
  if (!contact) throw new Error('The no-admin sample has no Sold-To contact');
  return contact;
};

/** In order: each row may start where the one before it left the panel. */
export const PANEL_STATES: PanelState[] = [
  {
    name: 'loading: the page has not given its data yet',
    async show() {
      control(h().sandbox, { dataDelayMs: 30_000 });
      const panel = await panelOn(C360(sample(h().sandbox, 'two-gitlab-admins').gainsightId));
      await panel.getByRole('status').filter({ hasText: /…$/ }).first().waitFor(WAIT);
      expect(await panel.getByRole('heading', { level: 2 }).count()).toBe(0);
      return panel;
    },
    after: () => control(h().sandbox, { dataDelayMs: 400 }),
  },
  {
    name: 'error: not signed in to Salesforce',
    async show() {
      await h().context.clearCookies();
      const panel = await panelOn(LIGHTNING('Account', meridian().salesforceId));
      await panel.getByRole('alert').filter({ hasText: 'not signed in to Salesforce' }).waitFor(WAIT);
      return panel;
    },
  },
  {
    name: 'plan: a Customer360 account with programs due, upcoming and needing data',
    async show() {
      const account = sample(h().sandbox, 'two-gitlab-admins');
      const panel = await planOf(C360(account.gainsightId), account.account.name);
      await panel.getByRole('list', { name: 'Due now', exact: true }).waitFor(WAIT);
      return panel;
    },
  },
  {
    name: 'plan, with an email preview and the folded sections open',
    async show(panel) {
      if (!panel) throw new Error('runs after the plan');
      await panel.getByRole('button', { name: 'Preview email' }).first().click();
      await panel.getByRole('region', { name: /^Preview of / }).first().waitFor(WAIT);
      for (const summary of await panel.locator('summary').all()) await summary.click();
      await panel.getByRole('list', { name: 'Not eligible', exact: true }).waitFor(WAIT);
      return panel;
    },
  },
  {
    name: 'needs data: fields the page lacks',
    async show() {
      const account = sample(h().sandbox, 'field-missing');
      const panel = await planOf(C360(account.gainsightId), account.account.name);
      await panel.getByRole('list', { name: 'Needs data', exact: true }).waitFor(WAIT);
      return panel;
    },
  },
  {
    name: 'no admin: a Lightning Account read through REST, with the one-click fix',
    async show() {
      const signIn = await h().context.newPage();
      await signInToSalesforce(signIn);
      await signIn.close();
      const panel = await planOf(LIGHTNING('Account', meridian().salesforceId), meridian().account.name);
      await panel.getByRole('status').filter({ hasText: /^GitLab Admin: ✗/ }).waitFor(WAIT);
      await panel.getByRole('list', { name: 'Contacts who could be GitLab Admin' }).waitFor(WAIT);
      return panel;
    },
  },
  {
    name: 'role fix: the confirmation',
    async show(panel) {
      if (!panel) throw new Error('runs after "no admin"');
      await panel.getByRole('button', { name: `Make ${soldTo().name} GitLab Admin` }).click();
      await panel.getByRole('group', { name: `Add GitLab Admin to ${soldTo().name}'s role? Other roles are kept.` }).waitFor(WAIT);
      return panel;
    },
  },
  {
    name: 'role fix: done',
    async show(panel) {
      if (!panel) throw new Error('runs after the confirmation');
      await panel.getByRole('button', { name: 'Confirm' }).click();
      await panel.getByRole('status').filter({ hasText: `${soldTo().name} is now GitLab Admin.` }).waitFor(WAIT);
      return panel;
    },
    after: () => h().sandbox.reset(),
  },
  {
    name: 'not a record: where the panel works, and the pending sends',
    async show() {
      const panel = await panelOn('https://gitlab.gainsightcloud.com/v1/ui/home');
      await panel.getByText('The panel works on Gainsight Customer360').waitFor(WAIT);
      await panel.getByRole('list', { name: 'Overdue' }).waitFor(WAIT);
      return panel;
    },
  },
  {
    name: 'the "Pending sends" view',
    async show(panel) {
      if (!panel) throw new Error('runs after "not a record"');
      await panel.getByRole('tab', { name: 'Pending sends' }).click();
      await panel.getByRole('tabpanel', { name: 'Pending sends' }).getByRole('list', { name: 'Today' }).waitFor(WAIT);
      return panel;
    },
  },
  {
    name: 'the "My book" view (whatever it shows today)',
    async show(panel) {
      if (!panel) throw new Error('runs after "not a record"');
      await panel.getByRole('tab', { name: 'My book' }).click();
      const book = panel.getByRole('tabpanel', { name: 'My book' });
      await book.waitFor(WAIT);
      // Settled: nothing in it says it is still loading.
      await expect.poll(async () => (await book.textContent())?.includes('Loading'), WAIT).toBe(false);
      return panel;
    },
  },
];
