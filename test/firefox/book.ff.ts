/**
 * My book in Firefox: the panel page's book (`sidepanel.html#book`), read through the REST API with the
 * session of Firefox's default cookie store. Its lists count what the engine decides account by account;
 * the role fix from the book lands in Salesforce; and the book read before a restart opens from the
 * add-on's IndexedDB afterwards.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitlabAdmins } from '../../lib/shared/accounts/account';
import { MONDAY_TO_FRIDAY } from '../../lib/ui/book/queue/workdays';
import { BOOK_USER, countOf, expectedBookRows, expectedQueue } from '../e2e/expected-book';
import { launch, type FirefoxHarness } from './harness';
import { aria, byRole, countRole, textOf } from './roles';
import { signInToSalesforce } from './sandbox-pages';

let h: FirefoxHarness;
beforeAll(async () => {
  h = await launch();
  const signIn = await h.openPage('about:blank');
  await signInToSalesforce(signIn, BOOK_USER);
  await signIn.close();
});
afterAll(async () => {
  await h?.close();
});

const ACCOUNTS = /^Book as of (.+): 10 accounts of Digital Success\.$/m;

/** The book's region, once it says whose ten accounts it holds; with the "as of" time it shows. */
async function openBook(): Promise<{ page: Page; book: ElementHandle<Element>; asOf: string }> {
  const page = await h.openExtensionPage('sidepanel.html#book');
  const book = await byRole(page, 'region', 'My book', 30_000);
  await expect.poll(async () => ACCOUNTS.test(await textOf(book)), { timeout: 60_000 }).toBe(true);
  return { page, book, asOf: ACCOUNTS.exec(await textOf(book))![1]! };
}

/**
 * The role fix from the book, each step on what the page shows now. The book can open again under the
 * test (the worker may hear of the sign-in just before it only after the book opened: it then asks who
 * is signed in and reads the book again), which closes an open chooser and replaces the list: so nothing
 * is held from an earlier render, and a chooser found closed again is opened again, until Confirm.
 */
async function makeAdmin(page: Page, account: string, contact: string): Promise<void> {
  const steps = [aria('button', 'Confirm'), aria('button', `Make ${contact} GitLab Admin`), aria('button', `Choose a GitLab Admin… for ${account}`)];
  await expect.poll(async () => {
    for (const [i, step] of steps.entries()) {
      const button = await page.$(step);
      if (!button) continue;
      await button.click();
      // Confirmed: done (once only, so the fix is sent once).
      return i === 0;
    }
    return false;
  }, { timeout: 60_000 }).toBe(true);
}

describe('My book in Firefox', () => {
  let asOf = '';

  it("reads the user's book and counts what the engine decides, account by account; the role fix lands", async () => {
    const expected = expectedBookRows(h.sandbox);
    const { page, book, asOf: shown } = await openBook();
    asOf = shown;
    for (const list of ['Without a GitLab Admin', 'Deals blocked by a missing admin']) {
      expect(await countRole(book, 'region', `${list} (${countOf(expected, list)})`), list).toBe(1);
    }
    // The morning queue: the engine's due and coming rows on the default workdays (Monday to Friday).
    const queue = expectedQueue(h.sandbox, MONDAY_TO_FRIDAY);
    for (const list of ['Overdue', 'Today', 'This week'] as const) {
      expect(await countRole(book, 'region', `${list} (${queue.filter((r) => r.section === list).length})`), list).toBe(1);
    }
    expect(countOf(expected, 'Due today')).toBeGreaterThan(0);
    expect(countOf(expected, 'Without a GitLab Admin')).toBe(1);
    expect(/^\d+ Salesforce API calls in the last refresh\.$/m.test(await textOf(book))).toBe(true);

    const meridian = h.sandbox.state.accounts.find((a) => a.key === 'meridian-sold-to-only')!;
    const soldTo = meridian.account.contacts!.find((c) => c.soldTo)!;
    await makeAdmin(page, meridian.account.name, soldTo.name);
    await byRole(page, 'region', 'Without a GitLab Admin (0)', 30_000);
    expect(gitlabAdmins(meridian.account).map((c) => c.name)).toEqual([soldTo.name]);
    expect(h.sandbox.state.patches).toEqual([expect.objectContaining({ object: 'Contact', id: soldTo.id })]);
    await page.close();
  });

  it('opens the book read before a restart from the cache, as of the same time', async () => {
    await h.restart();
    const { page, book, asOf: after } = await openBook();
    expect(after).toBe(asOf);
    // The cached book kept the role fix: nothing waits for a refresh to say so.
    expect(await countRole(book, 'region', 'Without a GitLab Admin (0)')).toBe(1);
    await page.close();
  });
});
