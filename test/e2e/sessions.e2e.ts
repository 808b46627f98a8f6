/**
 * Issue 24: signing in, out or as someone else changes the org's `sid` cookie, and the extension hears
 * it from the browser: an open panel and an open My book follow without a reload, and a book read for
 * one Salesforce user is never shown to the next.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_HOSTS } from '../sandbox/server';
import { BOOK_USER } from './expected-book';
import { launch, LIGHTNING, panelFor, sample, signInToSalesforce, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const WAIT = { timeout: 20_000 };

async function signInAs(page: Page, username: string): Promise<void> {
  await page.goto(`https://${SANDBOX_HOSTS.salesforceApi}/`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill('sandbox');
  await page.getByRole('button', { name: 'Log In' }).click();
  await page.waitForURL(/lightning\.force\.com/);
}

describe('sessions', () => {
  it('signing in while a record page says "sign in": the panel reads the record, without a reload', async () => {
    const account = sample(h.sandbox, 'no-gitlab-admin');
    const record = await h.context.newPage();
    await signInToSalesforce(record);
    // The API session ends; Lightning's own stays, so the record page still shows.
    await h.context.clearCookies({ name: 'sid', domain: SANDBOX_HOSTS.salesforceApi });
    await record.goto(LIGHTNING('Account', account.salesforceId));
    const panel = await panelFor(h, record);
    await panel.getByRole('link', { name: 'Sign in to Salesforce' }).waitFor(WAIT);

    const login = await h.context.newPage();
    await signInToSalesforce(login);
    await login.close();
    await panel.getByRole('heading', { name: account.account.name, exact: true }).waitFor(WAIT);
    expect(await panel.getByRole('link', { name: 'Sign in to Salesforce' }).count()).toBe(0);
    await record.close();
  });

  it('another user signs in while My book is open: nothing of the first user’s book stays, and the new user’s is read', async () => {
    const other = h.sandbox.state.accounts.find((a) => a.account.fields.csmEmail)!.account.fields;
    const login = await h.context.newPage();
    await signInAs(login, BOOK_USER);
    const book = await h.openExtensionPage('sidepanel.html#book');
    const myBook = book.getByRole('region', { name: 'My book', exact: true });
    await expect.poll(() => myBook.getByText(/: 10 accounts of Digital Success\.$/).count(), WAIT).toBe(1);
    const digitalOnly = h.sandbox.state.accounts.find((a) => !a.account.fields.csm)!.account.name;

    await signInAs(login, other.csmEmail!);
    await expect.poll(() => myBook.getByText(new RegExp(`accounts? of ${other.csm}\\.$`)).count(), WAIT).toBe(1);
    expect(await myBook.getByText('of Digital Success', { exact: false }).count()).toBe(0);
    await myBook.getByRole('searchbox', { name: 'Filter the book' }).fill(digitalOnly);
    expect(await myBook.getByText(digitalOnly, { exact: false }).count()).toBe(0);

    // Opened again, the book asks who is signed in and shows the new user's, not the first one's.
    await book.reload();
    await expect.poll(() => myBook.getByText(new RegExp(`accounts? of ${other.csm}\\.$`)).count(), WAIT).toBe(1);
    await book.close();
    await login.close();
  });
  it('the cache is kept per org and user: the second user’s refresh does not replace the first one’s book, and holds none of its accounts', async () => {
    const other = h.sandbox.state.accounts.find((a) => a.account.fields.csmEmail)!.account.fields;
    const login = await h.context.newPage();
    await signInAs(login, BOOK_USER);
    const book = await h.openExtensionPage('sidepanel.html#book');
    const myBook = book.getByRole('region', { name: 'My book', exact: true });
    await expect.poll(() => myBook.getByText(/: 10 accounts of Digital Success\.$/).count(), WAIT).toBe(1);
    await signInAs(login, other.csmEmail!);
    await expect.poll(() => myBook.getByText(new RegExp(`accounts? of ${other.csm}\\.$`)).count(), WAIT).toBe(1);

    // What the extension keeps, read from its own database: one book per user, each with only its accounts.
    const books = async () =>
      book.evaluate(
        () =>
          new Promise<{ user: string | null; accounts: string[] }[]>((resolve, reject) => {
            const open = indexedDB.open('cta-reminders');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const tx = open.result.transaction(['bookMeta', 'bookPages']);
              const metas = tx.objectStore('bookMeta').getAll();
              const pages = tx.objectStore('bookPages').getAll();
              tx.oncomplete = () => {
                const all = pages.result as { org: string; reader?: string; accounts: { name: string }[] }[];
                resolve(
                  (metas.result as { org: string; user: { name: string | null; id: string } }[]).map((m) => ({
                    user: m.user.name,
                    accounts: all.filter((p) => p.org === m.org && (p.reader ?? m.user.id.slice(0, 15)) === m.user.id.slice(0, 15)).flatMap((p) => p.accounts.map((a) => a.name)).sort(),
                  })),
                );
                open.result.close();
              };
            };
          }),
      );
    await expect.poll(async () => (await books()).map((b) => b.user).sort(), WAIT).toHaveLength(2);
    const [first, second] = [(await books()).find((b) => b.user !== other.csm)!, (await books()).find((b) => b.user === other.csm)!];
    expect(first.accounts).toHaveLength(10);
    expect(second.accounts.length).toBeGreaterThan(0);
    expect(second.accounts.filter((name) => first.accounts.includes(name))).toEqual([]);
    await book.close();
    await login.close();
  });
});
