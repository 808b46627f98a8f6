import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibleButtons, attach, extensionScripts, targets } from './cdp';
import { C360, launch, LIGHTNING, panelFor, sample, signInToSalesforce, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const LAUNCHER = 'cta-playbook-companion';

describe('the built extension in Chromium against the sandbox', () => {
  it('opens the real side panel from the in-page launcher, and the panel follows a client-side move to another account', async () => {
    const first = sample(h.sandbox, 'new-subscription-day-2');
    const second = sample(h.sandbox, 'renewed-3-days-ago');
    const page = await h.context.newPage();
    await page.goto(C360(first.gainsightId));

    // The chip appears once the background has the verdict; its button is in a closed shadow root,
    // which only the accessibility tree (and a real click at its place) reach.
    await page.locator(LAUNCHER).waitFor({ timeout: 60_000 });
    await expect.poll(async () => (await accessibleButtons(page)).find((n) => n.startsWith('Open the playbook companion')), { timeout: 60_000 }).toMatch(
      /^Open the playbook companion: \d+ due, (has a GitLab Admin|no GitLab Admin|GitLab Admin unknown)$/,
    );
    const session = await h.context.newCDPSession(page);
    const panelTargets = async () => (await targets(session)).filter((t) => t.type === 'page' && t.url.startsWith(`chrome-extension://${h.extensionId}/sidepanel.html`));
    expect(await panelTargets()).toEqual([]);

    await page.locator(LAUNCHER).click();
    await expect.poll(async () => (await panelTargets()).length, { timeout: 60_000 }).toBe(1);
    // Playwright does not list the side panel among the context's pages.
    expect(h.context.pages().some((p) => p.url().includes('sidepanel.html'))).toBe(false);

    const [target] = await panelTargets();
    const panel = await attach(session, target!.targetId);
    const heading = (name: string) =>
      panel.evaluate<boolean>(`[...document.querySelectorAll('main[aria-label="Playbook companion"] h2, main[aria-label="Playbook companion"] h3')].some((el) => el.textContent === ${JSON.stringify(name)})`);
    await expect.poll(() => heading(first.account.name), { timeout: 60_000 }).toBe(true);

    await page.getByRole('list', { name: 'Recent companies' }).getByRole('link', { name: second.account.name }).click();
    await expect.poll(() => heading(second.account.name), { timeout: 60_000 }).toBe(true);
    expect(await heading(first.account.name)).toBe(false);

    // A page that is not a record: the chip goes, the panel says where it works and lists pending sends.
    await page.getByRole('link', { name: 'Home' }).first().click();
    await expect.poll(() => page.locator(LAUNCHER).count(), { timeout: 60_000 }).toBe(0);
    await expect.poll(() => panel.evaluate<string>('document.body.textContent'), { timeout: 60_000 }).toContain('The panel works on Gainsight Customer360');
    await session.detach();
    await page.close();
  });

  it('a C360 page gets the reader alone; a Lightning page read through REST gets no script file at all', async () => {
    const account = sample(h.sandbox, 'two-gitlab-admins');
    const c360 = await h.context.newPage();
    const c360Scripts = await extensionScripts(c360, h.extensionId);
    await c360.goto(C360(account.gainsightId));
    const c360Panel = await panelFor(h, c360);
    await c360Panel.getByRole('heading', { name: account.account.name }).waitFor({ timeout: 60_000 });
    expect(c360Scripts()).toEqual(['/gainsight-reader.js']);

    const lightning = await h.context.newPage();
    await signInToSalesforce(lightning);
    const lightningScripts = await extensionScripts(lightning, h.extensionId);
    await lightning.goto(LIGHTNING('Account', account.salesforceId));
    const panel = await panelFor(h, lightning);
    await panel.getByRole('heading', { name: account.account.name }).waitFor({ timeout: 60_000 });
    await lightning.locator(LAUNCHER).waitFor({ timeout: 60_000 });
    expect(lightningScripts()).toEqual([]);
    await c360.close();
    await lightning.close();
  });

  it('shows no launcher once the user turns it off in Options, and the panel still works', async () => {
    const account = sample(h.sandbox, 'renewed-3-days-ago');
    const options = await h.openExtensionPage('options.html');
    await options.getByRole('checkbox', { name: 'Show the launcher on record pages' }).uncheck();
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.getByRole('status').filter({ hasText: 'Saved.' }).count()).toBe(1);
    const page = await h.context.newPage();
    await page.goto(C360(account.gainsightId));
    const panel = await panelFor(h, page);
    await panel.getByRole('heading', { name: account.account.name }).waitFor({ timeout: 60_000 });
    await panel.getByText('Still reading the page…').waitFor({ state: 'detached', timeout: 60_000 });
    await page.waitForTimeout(500);
    expect(await page.locator(LAUNCHER).count()).toBe(0);
    await options.getByRole('checkbox', { name: 'Show the launcher on record pages' }).check();
    await options.getByRole('button', { name: 'Save' }).click();
    // Turned on again, the open record gets its chip without a reload.
    await page.locator(LAUNCHER).waitFor({ timeout: 60_000 });
    await options.close();
    await page.close();
  });

  it('opens the popup, which offers the panel', async () => {
    const popup = await h.openExtensionPage('popup.html');
    await expect.poll(() => popup.getByRole('heading', { name: 'Pending sends' }).count()).toBe(1);
    expect(await popup.getByRole('button', { name: 'Open the panel' }).count()).toBe(1);
    await popup.close();
  });
});
