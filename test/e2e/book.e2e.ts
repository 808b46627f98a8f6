/**
 * My book in the built extension against the sandbox: opened as the panel page `sidepanel.html#book`,
 * read through the REST API from the background. The lists equal what the engine decides account by
 * account; a role fix lands in Salesforce and the account leaves "Without a GitLab Admin"; a session
 * that ends in the middle of a refresh keeps the cached book and says why.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitlabAdmins } from '../../lib/shared/accounts/account';
import { CSV_HEADER } from '../../lib/ui/book/csv';
import { SANDBOX_HOSTS } from '../sandbox/server';
import { axeCheck } from './a11y-axe';
import { MONDAY_TO_FRIDAY } from '../../lib/ui/book/queue/workdays';
import { BOOK_USER, countOf, expectedBookRows, expectedQueue } from './expected-book';
import { C360, control, launch, type Harness } from './harness';

let h: Harness;
let book: Page;

beforeAll(async () => {
  h = await launch();
  const page = await h.context.newPage();
  await page.goto(`https://${SANDBOX_HOSTS.salesforceApi}/`);
  await page.getByLabel('Username').fill(BOOK_USER);
  await page.getByLabel('Password').fill('sandbox');
  await page.getByRole('button', { name: 'Log In' }).click();
  await page.waitForURL(/lightning\.force\.com/);
  await page.close();
  book = await h.openExtensionPage('sidepanel.html#book');
});
afterAll(() => h.close());

const myBook = () => book.getByRole('region', { name: 'My book', exact: true });
const section = (name: RegExp) => myBook().getByRole('region', { name });

/** The view's lists, whole (the lists on screen render only the rows in view): its CSV export. */
async function exportedRows(): Promise<string[]> {
  const [download] = await Promise.all([book.waitForEvent('download'), myBook().getByRole('button', { name: 'Export CSV' }).click()]);
  const lines = (await readFile((await download.path())!, 'utf8')).trimEnd().split('\r\n');
  expect(lines[0]).toBe(CSV_HEADER.join(','));
  const cells = (line: string) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"')).slice(0, 7);
  return lines
    .slice(1)
    .map((line) => {
      const [list, account, program, step, date, recipients] = cells(line);
      if (list === 'Without a GitLab Admin') return [list, account];
      if (list === 'Deals blocked by a missing admin') return [list, account, date];
      return [list, account, program, step, date, recipients];
    })
    .map((r) => r.join(' | '))
    .sort();
}

describe('My book', () => {
  it("reads the user's book through the API and lists exactly what the engine decides, account by account", async () => {
    await expect.poll(() => myBook().getByText(/^Book as of .*: 10 accounts of Digital Success\.$/).count(), { timeout: 60_000 }).toBe(1);
    const expected = expectedBookRows(h.sandbox);
    expect(countOf(expected, 'Due today')).toBeGreaterThan(0);
    // The morning queue: the engine's due and coming rows on the default workdays (Monday to Friday).
    const queue = expectedQueue(h.sandbox, MONDAY_TO_FRIDAY);
    for (const list of ['Overdue', 'Today', 'This week'] as const) {
      const count = queue.filter((r) => r.section === list).length;
      await expect.poll(() => section(new RegExp(`^${list} \\(${count}\\)$`)).count()).toBe(1);
    }
    await expect.poll(() => section(/^Without a GitLab Admin \(1\)$/).count()).toBe(1);
    expect(await exportedRows()).toEqual(expected);
    // The footer counts every API call the refresh made.
    expect(await myBook().getByText(/^\d+ Salesforce API calls in the last refresh\.$/).count()).toBe(1);
    // No serious or critical WCAG 2.2 AA violation, with the lists full and a role fix open.
    expect((await axeCheck(book, 'my book')).blocking).toEqual([]);
    await section(/^Without a GitLab Admin/).getByRole('button', { name: /^(Choose a GitLab Admin…|Close) for / }).click();
    expect((await axeCheck(book, 'my book, role fix open')).blocking).toEqual([]);
    await section(/^Without a GitLab Admin/).getByRole('button', { name: /^(Choose a GitLab Admin…|Close) for / }).click();
  });

  it('starts a due sequence by opening the account in Customer360 on the tenant last used, where its playbook starts', async () => {
    // The user has worked in Gainsight: a Customer360 page was open in a tab.
    const c360 = await h.context.newPage();
    await c360.goto(C360(h.sandbox.state.accounts[0]!.gainsightId));
    await c360.close();
    const [, account, program] = expectedBookRows(h.sandbox).find((r) => r.startsWith('Due today | '))!.split(' | ');
    const sample = h.sandbox.state.accounts.find((a) => a.account.name === account)!;
    // Grouped by account, no batch folds a row away.
    await myBook().getByRole('combobox', { name: 'Group by' }).selectOption('account');
    const [opened] = await Promise.all([
      h.context.waitForEvent('page'),
      myBook().getByRole('button', { name: `Start ${program} for ${account}` }).click(),
    ]);
    await opened.waitForLoadState();
    expect(opened.url()).toBe(`https://${SANDBOX_HOSTS.gainsight}/v1/ui/customersuccess360?aid=${sample.salesforceId}`);
    await opened.getByRole('heading', { name: account, exact: true }).first().waitFor();
    // Nothing is recorded yet: the sequence starts when its CTA is saved, from the account's panel.
    const notice = myBook().getByText(`${account}: started, not saved yet.`, { exact: false });
    expect(await notice.filter({ hasText: `The account opened in Gainsight in a new tab: start ${program} in its panel and save the CTA.` }).count()).toBe(1);
    await opened.close();
  });

  it('makes a contact GitLab Admin from the book: Salesforce has it and the account leaves the list', async () => {
    const meridian = h.sandbox.state.accounts.find((a) => a.key === 'meridian-sold-to-only')!;
    const soldTo = meridian.account.contacts!.find((c) => c.soldTo)!;
    const list = section(/^Without a GitLab Admin/);
    await list.getByRole('button', { name: `Choose a GitLab Admin… for ${meridian.account.name}` }).click();
    await list.getByRole('button', { name: `Make ${soldTo.name} GitLab Admin` }).click();
    await list.getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => section(/^Without a GitLab Admin \(0\)$/).count(), { timeout: 60_000 }).toBe(1);
    expect(gitlabAdmins(meridian.account).map((c) => c.name)).toEqual([soldTo.name]);
    expect(h.sandbox.state.patches).toEqual([expect.objectContaining({ object: 'Contact', id: soldTo.id })]);
    expect(await myBook().getByText(`${soldTo.name} is now GitLab Admin: ${meridian.account.name} is no longer without one.`).count()).toBe(1);
    expect(await section(/^Deals blocked by a missing admin \(0\)$/).count()).toBe(1);
  });

  it('keeps the cached book when the session ends in the middle of a refresh, and says why', async () => {
    const asOf = await myBook().getByText(/^Book as of /).textContent();
    const dueHeading = await section(/^Today/).getByRole('heading', { level: 3 }).textContent();
    // Slow calls, so the refresh is still paging child lists when the session ends.
    control(h.sandbox, { salesforceLatencyMs: 400 });
    await myBook().getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(() => myBook().getByText(/^\d+ of 10 accounts$/).count(), { timeout: 60_000, interval: 50 }).toBe(1);
    control(h.sandbox, { expireSessions: true });
    const alert = myBook().getByRole('alert');
    await alert.waitFor({ timeout: 60_000 });
    expect(await alert.textContent()).toContain('Your Salesforce session has expired. Sign in to Salesforce again, then retry.');
    expect(await alert.textContent()).toContain('The book shown is the one read before.');
    expect(await alert.getByRole('link', { name: 'Sign in to Salesforce' }).getAttribute('href')).toBe(`https://${SANDBOX_HOSTS.salesforceApi}/`);
    expect(await myBook().getByText(/^Book as of /).textContent()).toBe(asOf);
    expect(await section(/^Today/).getByRole('heading', { level: 3 }).textContent()).toBe(dueHeading);
    // And the book is still there after the view is opened again: it came from the cache.
    await book.reload();
    await expect.poll(() => myBook().getByText(/: 10 accounts of Digital Success\.$/).count(), { timeout: 60_000 }).toBe(1);
    expect((await myBook().getByRole('alert').textContent()) ?? '').toContain('Your Salesforce session has expired.');
    control(h.sandbox, { salesforceLatencyMs: 0 });
  });
});
