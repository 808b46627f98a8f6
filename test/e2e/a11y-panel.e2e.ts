/**
 * The side panel in Chromium, in every state a user meets, against axe-core's WCAG 2.2 AA rules: no
 * serious or critical violation anywhere (see a11y-axe.ts for the rules and what is disabled).
 * The panel is the one bound to a tab (`/sidepanel.html?tabId=<n>`), the same code as the browser's.
 *
 * Each state is a row of PANEL_STATES: how a user gets there and what shows that it is there. A new
 * view (for instance more of "My book") is checked by adding a row. The rows share one browser and run
 * in order: the Salesforce sign-in comes after the "not signed in" error.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendFromPage } from '../../lib/extension/reminders/browser.test-support';
import { everyGroup } from '../firefox/sequences';
import { axeCheck } from './a11y-axe';
import { C360, control, launch, LIGHTNING, panelFor, sample, signInToSalesforce, type Harness } from './harness';

let h: Harness;
/** The record tab of the current row; closed (with its panel) when the next row opens another. */
let page: Page | null = null;

beforeAll(async () => {
  h = await launch();
  // Pending sends in every group, for the views that list them.
  const seeder = await h.openExtensionPage('popup.html');
  for (const sequence of everyGroup) await sendFromPage(seeder, 'reminders.startSequence', sequence);
  await seeder.close();
});
afterAll(async () => {
  await h?.close();
});

const WAIT = { timeout: 60_000 };

/** Opens `url` in a fresh tab and returns the panel's landmark bound to it. */
async function panelOn(url: string): Promise<Locator> {
  await page?.close();
  page = await h.context.newPage();
  await page.goto(url);
  return panelFor(h, page);
}

/** The panel's landmark once it names this account and has finished reading its page. */
async function planOf(url: string, name: string): Promise<Locator> {
  const panel = await panelOn(url);
  await panel.getByRole('heading', { name, exact: true }).waitFor(WAIT);
  await panel.getByText('Still reading the page…').waitFor({ state: 'detached', ...WAIT });
  return panel;
}

const meridian = () => sample(h.sandbox, 'no-gitlab-admin');
const soldTo = () => {
  const contact = meridian().account.contacts?.find((c) => c.soldTo && c.id);
  if (!contact) throw new Error('The no-admin sample has no Sold-To contact');
  return contact;
};

interface PanelState {
  name: string;
  /** Brings the panel into this state and returns its landmark. */
  show(current: Locator | null): Promise<Locator>;
  /** Undoes what the state changed in the sandbox, after the check. */
  after?(): void;
}

const PANEL_STATES: PanelState[] = [
  {
    name: 'loading: the page has not given its data yet',
    async show() {
      control(h.sandbox, { dataDelayMs: 30_000 });
      const panel = await panelOn(C360(sample(h.sandbox, 'two-gitlab-admins').gainsightId));
      await panel.getByRole('status').filter({ hasText: /…$/ }).first().waitFor(WAIT);
      expect(await panel.getByRole('heading', { level: 2 }).count()).toBe(0);
      return panel;
    },
    after: () => control(h.sandbox, { dataDelayMs: 400 }),
  },
  {
    name: 'error: not signed in to Salesforce',
    async show() {
      await h.context.clearCookies();
      const panel = await panelOn(LIGHTNING('Account', meridian().salesforceId));
      await panel.getByRole('alert').filter({ hasText: 'not signed in to Salesforce' }).waitFor(WAIT);
      return panel;
    },
  },
  {
    name: 'plan: a Customer360 account with programs due, upcoming and needing data',
    async show() {
      const account = sample(h.sandbox, 'two-gitlab-admins');
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
      const account = sample(h.sandbox, 'field-missing');
      const panel = await planOf(C360(account.gainsightId), account.account.name);
      await panel.getByRole('list', { name: 'Needs data', exact: true }).waitFor(WAIT);
      return panel;
    },
  },
  {
    name: 'no admin: a Lightning Account read through REST, with the one-click fix',
    async show() {
      const signIn = await h.context.newPage();
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
    after: () => h.sandbox.reset(),
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

describe('axe-core, WCAG 2.2 AA, on the side panel in Chromium', () => {
  let current: Locator | null = null;
  for (const state of PANEL_STATES) {
    it(state.name, async () => {
      current = await state.show(current);
      try {
        expect((await axeCheck(current.page(), `panel, ${state.name}`)).blocking).toEqual([]);
      } finally {
        state.after?.();
      }
    });
  }
});
