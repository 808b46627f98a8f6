/**
 * A cached book older than the refresh setting, in the built extension against the sandbox: the book is
 * read, then made three hours old in the extension's own database (no wait), and the user signs out of
 * the org, so opening My book shows the cached book without reading it again. It must say how old it
 * is and that Salesforce may have changed since.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_HOSTS } from '../sandbox/server';
import { BOOK_USER } from './expected-book';
import { launch, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await launch();
  const page = await h.context.newPage();
  await page.goto(`https://${SANDBOX_HOSTS.salesforceApi}/`);
  await page.getByLabel('Username').fill(BOOK_USER);
  await page.getByLabel('Password').fill('sandbox');
  await page.getByRole('button', { name: 'Log In' }).click();
  await page.waitForURL(/lightning\.force\.com/);
  await page.close();
});
afterAll(() => h.close());

const myBook = (page: Page) => page.getByRole('region', { name: 'My book', exact: true });

const HOUR = 3_600_000;

/** Moves the read time of every cached book (and of the lists planned from it) `ms` into the past. */
async function ageBooks(ms: number): Promise<number> {
  const page = await h.openExtensionPage('options.html');
  try {
    return await page.evaluate(async (by) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('cta-reminders');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction(['bookMeta', 'bookViews'], 'readwrite');
      const earlier = (iso: string) => new Date(Date.parse(iso) - by).toISOString();
      let aged = 0;
      const all = <T,>(store: IDBObjectStore) => new Promise<T[]>((resolve) => (store.getAll().onsuccess = (e) => resolve((e.target as IDBRequest<T[]>).result)));
      for (const meta of await all<{ asOf: string }>(tx.objectStore('bookMeta'))) {
        tx.objectStore('bookMeta').put({ ...meta, asOf: earlier(meta.asOf) });
        aged++;
      }
      for (const view of await all<{ data: { meta?: { asOf: string } } }>(tx.objectStore('bookViews'))) {
        if (view.data.meta) tx.objectStore('bookViews').put({ ...view, data: { ...view.data, meta: { ...view.data.meta, asOf: earlier(view.data.meta.asOf) } } });
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      return aged;
    }, ms);
  } finally {
    await page.close();
  }
}

describe('My book: a stale cached book', () => {
  it('says how old the book is and that Salesforce may have changed since, when it is older than the refresh setting', async () => {
    const first = await h.openExtensionPage('sidepanel.html#book');
    await myBook(first).getByText(/^Book as of .*: 10 accounts of Digital Success\.$/).waitFor({ timeout: 60_000 });
    // Fresh: its age, and nothing about being stale.
    await expect.poll(() => myBook(first).getByText(/^Last refreshed (just now|\d+ min ago)\.$/).count()).toBe(1);
    await first.close();

    expect(await ageBooks(3 * HOUR)).toBe(1);
    // Signed out, the book is shown from the cache and not read again: it stays as old as it is.
    const out = await h.context.newPage();
    await out.goto(`https://${SANDBOX_HOSTS.salesforceApi}/secur/logout.jsp`);
    await out.close();

    const book = await h.openExtensionPage('sidepanel.html#book');
    await myBook(book).getByText(/^Book as of .*: 10 accounts of Digital Success\.$/).waitFor({ timeout: 60_000 });
    const age = myBook(book).getByText(/^Last refreshed /);
    await expect.poll(() => age.textContent()).toBe(
      'Last refreshed 3 h ago. Older than 1 hour (your refresh setting, in Options): Salesforce may have changed since. Refresh to read it again.',
    );
    expect(await age.isVisible()).toBe(true);
    // What to do about it is right there.
    expect(await myBook(book).getByRole('button', { name: 'Refresh' }).isVisible()).toBe(true);
    // The rows are the cached book's, still listed.
    expect(await myBook(book).getByRole('region', { name: /^Today/ }).count()).toBe(1);
  });
});
