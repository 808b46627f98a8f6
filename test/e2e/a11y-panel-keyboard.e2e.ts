/**
 * The side panel by keyboard alone, in Chromium: Tab and Shift+Tab reach every control and every
 * program in one order, focus is always shown and never trapped; the arrow keys move between the
 * panel's views and through a program list; Enter, Space and Escape do what they say; and after an
 * action (Mark sent, the role fix's Confirm) focus is on what the action produced, never on the page.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendFromPage } from '../../lib/extension/reminders/browser.test-support';
import { everyGroup } from '../firefox/sequences';
import { expectFullKeyboardWalk, focused, focusedName } from './a11y-walk';
import { C360, launch, LIGHTNING, panelFor, sample, signInToSalesforce, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const WAIT = { timeout: 60_000 };

/** The panel (its page and its landmark) on a record, once the plan is shown and the page fully read. */
async function panelOn(url: string, name: string): Promise<{ record: Page; panelPage: Page; panel: Locator }> {
  const record = await h.context.newPage();
  await record.goto(url);
  const panel = await panelFor(h, record);
  await panel.getByRole('heading', { name, exact: true }).waitFor(WAIT);
  await panel.getByText('Still reading the page…').waitFor({ state: 'detached', ...WAIT });
  return { record, panelPage: panel.page(), panel };
}

/** Items of a program list (its own, not the reasons nested in them). */
const programsOf = (panel: Locator, list: string) => panel.getByRole('list', { name: list, exact: true }).locator(':scope > li');

describe('the side panel by keyboard alone', () => {
  it('Tab and Shift+Tab reach every control and every program, in one order, with focus always shown and never hidden or trapped', async () => {
    const account = sample(h.sandbox, 'two-gitlab-admins');
    const { record, panelPage, panel } = await panelOn(C360(account.gainsightId), account.account.name);
    // The folded sections open, so what they hold is walked too.
    for (const summary of await panel.locator('summary').all()) await summary.click();
    await expectFullKeyboardWalk(panelPage);
    await record.close();
  });

  it('beside a page that is not a record, and in each other view: the same full walk', async () => {
    const seeder = await h.openExtensionPage('popup.html');
    for (const sequence of everyGroup) await sendFromPage(seeder, 'reminders.startSequence', sequence);
    await seeder.close();
    const record = await h.context.newPage();
    await record.goto('https://gitlab.gainsightcloud.com/v1/ui/home');
    const panel = await panelFor(h, record);
    const panelPage = panel.page();
    await panel.getByRole('list', { name: 'Overdue' }).waitFor(WAIT);
    await expectFullKeyboardWalk(panelPage);
    for (const view of ['Pending sends', 'My book']) {
      await panel.getByRole('tab', { name: view }).click();
      await panel.getByRole('tabpanel', { name: view }).waitFor(WAIT);
      await expect.poll(async () => (await panel.getByRole('tabpanel', { name: view }).textContent())?.includes('Loading'), WAIT).toBe(false);
      await expectFullKeyboardWalk(panelPage);
    }
    await record.close();
  });

  it('the arrow keys move between the views, which follow', async () => {
    const account = sample(h.sandbox, 'two-gitlab-admins');
    const { record, panelPage, panel } = await panelOn(C360(account.gainsightId), account.account.name);
    await panel.getByRole('tab', { name: 'This page' }).focus();
    await panelPage.keyboard.press('ArrowRight');
    expect(await focusedName(panelPage)).toBe('button "Pending sends"');
    await panel.getByRole('tabpanel', { name: 'Pending sends' }).waitFor(WAIT);
    await panelPage.keyboard.press('ArrowLeft');
    expect(await focusedName(panelPage)).toBe('button "This page"');
    await panel.getByRole('tabpanel', { name: 'This page' }).getByRole('heading', { name: account.account.name }).waitFor(WAIT);
    await record.close();
  });

  it('a program list is moved through with the arrow keys; Enter or Space on a folded section opens it, and its programs are reached', async () => {
    const account = sample(h.sandbox, 'two-gitlab-admins');
    const { record, panelPage, panel } = await panelOn(C360(account.gainsightId), account.account.name);
    const upcoming = programsOf(panel, 'Upcoming');
    expect(await upcoming.count()).toBeGreaterThan(1);
    const names = (await upcoming.evaluateAll((items) => items.map((li) => li.getAttribute('aria-labelledby')!.split(' ').map((id) => document.getElementById(id)!.textContent).join(' ')))) as string[];
    await upcoming.first().focus();
    expect((await focused(panelPage))?.indicated).toBe(true);
    await panelPage.keyboard.press('ArrowDown');
    expect(await panelPage.evaluate(() => document.activeElement?.getAttribute('aria-labelledby')?.split(' ').map((id) => document.getElementById(id)!.textContent).join(' '))).toBe(names[1]);
    await panelPage.keyboard.press('End');
    await panelPage.keyboard.press('Home');
    expect(await panelPage.evaluate(() => document.activeElement?.getAttribute('aria-labelledby')?.split(' ').map((id) => document.getElementById(id)!.textContent).join(' '))).toBe(names[0]);

    const summary = panel.locator('summary').filter({ hasText: /^Not eligible/ });
    await summary.focus();
    await panelPage.keyboard.press('Enter');
    const notEligible = programsOf(panel, 'Not eligible');
    await notEligible.first().waitFor(WAIT);
    await panelPage.keyboard.press('Tab');
    expect(await notEligible.first().evaluate((li) => li === document.activeElement)).toBe(true);
    await summary.focus();
    await panelPage.keyboard.press(' ');
    await notEligible.first().waitFor({ state: 'hidden', ...WAIT });
    await record.close();
  });

  it('Enter on Preview email shows the email and keeps focus on the button, which says it is expanded', async () => {
    const account = sample(h.sandbox, 'two-gitlab-admins');
    const { record, panelPage, panel } = await panelOn(C360(account.gainsightId), account.account.name);
    const preview = programsOf(panel, 'Due now').first().getByRole('button', { name: 'Preview email' });
    await preview.focus();
    await panelPage.keyboard.press('Enter');
    await panel.getByRole('region', { name: /^Preview of / }).waitFor(WAIT);
    expect(await preview.getAttribute('aria-expanded')).toBe('true');
    expect(await focusedName(panelPage)).toBe('button "Preview email"');
    await record.close();
  });

  it('Enter on Mark sent records the send; the program moves on, says so, and keeps the focus, shown', async () => {
    const account = sample(h.sandbox, 'new-subscription-day-2');
    const { record, panelPage, panel } = await panelOn(C360(account.gainsightId), account.account.name);
    const due = programsOf(panel, 'Due now').filter({ hasText: /^Net-New Onboarding/ });
    await due.getByRole('button', { name: 'Mark sent' }).focus();
    await panelPage.keyboard.press('Enter');
    await expect.poll(() => due.count(), WAIT).toBe(0);
    const moved = panel.locator('li[tabindex="0"]').filter({ hasText: /^Net-New Onboarding/ });
    await expect.poll(() => moved.evaluate((li) => li === document.activeElement), WAIT).toBe(true);
    expect((await focused(panelPage))?.indicated).toBe(true);
    expect(await moved.getByRole('status').textContent()).toMatch(/^Net-New Onboarding: .+ recorded as sent\./);
    await record.close();
  });

  it('the role fix: Enter asks on Confirm; Escape cancels back onto the button; Enter on Confirm puts focus on the outcome, then Tab goes on', async () => {
    const account = sample(h.sandbox, 'no-gitlab-admin');
    const contact = account.account.contacts?.find((c) => c.soldTo && c.id);
    if (!contact) throw new Error('The no-admin sample has no Sold-To contact');
    const signIn = await h.context.newPage();
    await signInToSalesforce(signIn);
    await signIn.close();
    const { record, panelPage, panel } = await panelOn(LIGHTNING('Account', account.salesforceId), account.account.name);
    const make = panel.getByRole('button', { name: `Make ${contact.name} GitLab Admin` });
    await make.focus();
    await panelPage.keyboard.press('Enter');
    const question = panel.getByRole('group', { name: `Add GitLab Admin to ${contact.name}'s role? Other roles are kept.` });
    await question.waitFor(WAIT);
    expect(await focusedName(panelPage)).toBe('button "Confirm"');
    await panelPage.keyboard.press('Escape');
    await question.waitFor({ state: 'detached', ...WAIT });
    expect(await focusedName(panelPage)).toBe(`button "Make ${contact.name} GitLab Admin"`);

    await panelPage.keyboard.press(' ');
    await question.waitFor(WAIT);
    await panelPage.keyboard.press('Enter');
    const done = panel.getByRole('status').filter({ hasText: `${contact.name} is now GitLab Admin.` });
    await done.waitFor(WAIT);
    // Focus is on the outcome that replaced the question (read out), not dropped to the page.
    await expect.poll(() => panelPage.evaluate(() => document.activeElement?.textContent ?? ''), WAIT).toContain(`${contact.name} is now GitLab Admin.`);
    expect((await focused(panelPage))?.indicated).toBe(true);
    await panelPage.keyboard.press('Tab');
    expect(await focusedName(panelPage)).toBe('button "Refresh"');
    h.sandbox.reset();
    await record.close();
  });
});
