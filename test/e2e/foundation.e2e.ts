import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { C360, control, launch, LIGHTNING, sample, sidebar, signInToSalesforce, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

describe('the built extension in Chromium against the sandbox', () => {
  it('mounts on a C360 page, follows a client-side move to another account, and leaves non-record pages', async () => {
    const first = sample(h.sandbox, 'new-subscription-day-2');
    const second = sample(h.sandbox, 'renewed-3-days-ago');
    const page = await h.context.newPage();
    await page.goto(C360(first.gainsightId));
    const panel = sidebar(page);
    await expect.poll(() => panel.getByRole('heading', { name: first.account.name }).count(), { timeout: 15_000 }).toBe(1);

    await page.getByRole('list', { name: 'Recent companies' }).getByRole('link', { name: second.account.name }).click();
    await expect.poll(() => panel.getByRole('heading', { name: second.account.name }).count(), { timeout: 15_000 }).toBe(1);
    expect(await panel.getByRole('heading', { name: first.account.name }).count()).toBe(0);

    await page.getByRole('link', { name: 'Home' }).first().click();
    await expect.poll(() => panel.count(), { timeout: 10_000 }).toBe(0);
    await page.close();
  });

  it('mounts on a Lightning Account page', async () => {
    const account = sample(h.sandbox, 'two-gitlab-admins');
    const page = await h.context.newPage();
    await signInToSalesforce(page);
    await page.goto(LIGHTNING('Account', account.salesforceId));
    await expect.poll(() => sidebar(page).getByRole('heading', { name: account.account.name }).count(), { timeout: 15_000 }).toBe(1);
    await page.close();
  });

  it('opens the popup', async () => {
    const popup = await h.openExtensionPage('popup.html');
    await expect.poll(() => popup.getByRole('heading', { name: 'Pending sends' }).count()).toBe(1);
    await popup.close();
  });

  it('reaches the Salesforce API from the service worker with the session cookie, and not without it', async () => {
    const page = await h.context.newPage();
    await signInToSalesforce(page);
    const popup = await h.openExtensionPage('popup.html');
    const query = () =>
      popup.evaluate(() =>
        // @ts-expect-error the extension page's own `chrome` global
        chrome.runtime.sendMessage({ type: 'salesforce.query', payload: { pageHost: 'gitlab.lightning.force.com', soql: 'SELECT Id, Name FROM Account' } }),
      );
    const signedIn = await query();
    expect(signedIn.ok).toBe(true);
    expect(signedIn.data.length).toBe(h.sandbox.state.accounts.length);

    control(h.sandbox, { expireSessions: true });
    expect(await query()).toMatchObject({ ok: false, error: { kind: 'session-expired', status: 401, errorCode: 'INVALID_SESSION_ID' } });

    await h.context.clearCookies();
    expect(await query()).toMatchObject({ ok: false, error: { kind: 'not-signed-in' } });
    await popup.close();
    await page.close();
  });
});
