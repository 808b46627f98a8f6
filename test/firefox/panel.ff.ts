/**
 * The side panel in Firefox: the sidebar page bound to a tab (`/sidepanel.html?tabId=<n>`) on a
 * Customer360 account and on a Lightning Account read through REST with the sandbox's login cookie
 * (in the default cookie store and in a container), the real sidebar opened from the popup, and the
 * page's chip, which opens the panel in a window of its own (Firefox opens its sidebar only from the
 * add-on's own pages).
 * The steps share one Firefox; the container case runs first, while the default store has no session.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asC360Shows, asSalesforceShows } from '../e2e/expected-plans';
import { tabOf } from './extension-api';
import { launch, type FirefoxHarness } from './harness';
import { adminVerdict, expectPlanLists, landmarkOf, panelShowing, planShownFor, PANEL_NAME } from './panel-reading';
import { byRole, countRole, textOf } from './roles';
import { C360, LIGHTNING, sample, signInToSalesforce } from './sandbox-pages';
import { clickClosing, openPopup } from './surfaces';

let h: FirefoxHarness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const LAUNCHER = 'cta-playbook-companion';

/** What Firefox's sidebars show now, read from another add-on page (the sidebar is not a tab WebDriver lists). */
function sidebarHeadings(watcher: Page): Promise<string[][]> {
  return watcher.evaluate((name) => {
    const api = (globalThis as unknown as { browser: { extension: { getViews(filter: { type: string }): Window[] } } }).browser;
    return api.extension.getViews({ type: 'sidebar' }).map((view) =>
      [...view.document.querySelectorAll(`main[aria-label="${name}"] h2`)].map((heading) => heading.textContent ?? ''),
    );
  }, PANEL_NAME);
}

function sidebarIsOpen(watcher: Page, windowId: number): Promise<boolean> {
  return watcher.evaluate((id) => {
    const api = (globalThis as unknown as { browser: { sidebarAction: { isOpen(details: { windowId: number }): Promise<boolean> } } }).browser;
    return api.sidebarAction.isOpen({ windowId: id });
  }, windowId);
}

/** The add-on's documents open at `url`, with the window each is in. */
function panelContexts(asker: Page, url: string): Promise<{ windowId: number; tabId: number }[]> {
  return asker.evaluate(async (documentUrl) => {
    const api = (globalThis as unknown as { browser: { runtime: { getContexts(filter: object): Promise<{ windowId: number; tabId: number }[]> } } }).browser;
    return (await api.runtime.getContexts({ documentUrls: [documentUrl] })).map(({ windowId, tabId }) => ({ windowId, tabId }));
  }, url);
}

async function windowOf(asker: Page, tabId: number): Promise<number> {
  return asker.evaluate(async (id) => {
    const api = (globalThis as unknown as { browser: { tabs: { get(id: number): Promise<{ windowId: number }> } } }).browser;
    return (await api.tabs.get(id)).windowId;
  }, tabId);
}

describe('the side panel in Firefox', () => {
  it("reads a Lightning Account in a container with that container's session, and the role fix writes with it", async () => {
    const account = sample(h.sandbox, 'no-gitlab-admin');
    const contact = account.account.contacts?.find((c) => c.soldTo && c.id);
    if (!contact) throw new Error(`${account.account.name} has no Sold-To contact`);
    const container = await h.newContainer();
    const signIn = await h.openPage('about:blank', { container });
    await signInToSalesforce(signIn);
    await signIn.close();

    // The default cookie store holds no session: the same Account there asks the user to sign in.
    const outside = await h.openPage(LIGHTNING('Account', account.salesforceId));
    const outsidePanel = await h.openPanelFor(outside);
    const alert = await byRole(await landmarkOf(outsidePanel), 'alert', undefined, 20_000);
    expect(await textOf(alert)).toContain('not signed in to Salesforce');
    await outsidePanel.close();
    await outside.close();

    const inside = await h.openPage(LIGHTNING('Account', account.salesforceId), { container });
    const asker = await h.openExtensionPage('popup.html');
    expect((await tabOf(asker, inside.url())).cookieStoreId).toMatch(/^firefox-container-/);
    await asker.close();
    const { panel, landmark } = await panelShowing(h, inside, account.account.name);
    await expectPlanLists(landmark, asSalesforceShows(account), h.sandbox.state.today);
    expect(await adminVerdict(landmark)).toMatch(/^GitLab Admin: ✗ none/);

    // Read through REST (the one-click fix exists only then), and the PATCH goes out with the container's sid.
    await (await byRole(landmark, 'button', `Make ${contact.name} GitLab Admin`)).click();
    const question = await byRole(landmark, 'group', `Add GitLab Admin to ${contact.name}'s role? Other roles are kept.`);
    await (await byRole(question, 'button', 'Confirm')).click();
    await panel.waitForSelector(`::-p-text(${contact.name} is now GitLab Admin.)`, { timeout: 60_000 });
    expect(h.sandbox.state.patches).toEqual([expect.objectContaining({ object: 'Contact', id: contact.id })]);
    await panel.close();
    await inside.close();
    h.sandbox.reset();
  });

  it('shows a Customer360 account: the plan under its headings and the GitLab Admin verdict', async () => {
    const account = sample(h.sandbox, 'two-gitlab-admins');
    const page = await h.openPage(C360(account.gainsightId));
    const { panel, landmark } = await panelShowing(h, page, account.account.name);
    await expectPlanLists(landmark, asC360Shows(account), h.sandbox.state.today);
    expect(await adminVerdict(landmark)).toMatch(/^GitLab Admin: ✓ /);
    await panel.close();
    await page.close();
  });

  it('shows a Lightning Account read through REST with the sign-in cookie of the default store', async () => {
    const account = sample(h.sandbox, 'no-gitlab-admin');
    const page = await h.openPage('about:blank');
    await signInToSalesforce(page);
    await page.goto(LIGHTNING('Account', account.salesforceId));
    const { panel, landmark } = await panelShowing(h, page, account.account.name);
    await expectPlanLists(landmark, asSalesforceShows(account), h.sandbox.state.today);
    expect(await adminVerdict(landmark)).toMatch(/^GitLab Admin: ✗ none/);
    // The one-click fix is offered only for an account read through the API (a page reading says so instead).
    const choices = await byRole(landmark, 'list', 'Contacts who could be GitLab Admin');
    expect(await countRole(choices, 'button')).toBeGreaterThan(0);
    expect(await panel.$('::-p-text(Showing what this page shows)')).toBeNull();
    await panel.close();
    await page.close();
  });

  it("the popup's Open the panel opens Firefox's sidebar, which follows the window's active tab", async () => {
    const account = sample(h.sandbox, 'new-subscription-day-2');
    const page = await h.openPage(C360(account.gainsightId));
    // Another window watches: the sidebar follows the active tab of its own window only.
    const watcher = await h.openExtensionPage('options.html', { window: true });
    const { id } = await tabOf(watcher, page.url());
    const windowId = await windowOf(watcher, id);
    // Shut until asked: the manifest sets open_at_install to false (Firefox would open it at install).
    expect(await sidebarIsOpen(watcher, windowId)).toBe(false);

    const popup = await openPopup(h);
    await clickClosing(await byRole(popup, 'button', 'Open the panel'));
    await expect.poll(() => sidebarIsOpen(watcher, windowId), { timeout: 60_000 }).toBe(true);
    if (!popup.isClosed()) await popup.close().catch(() => undefined);
    await page.bringToFront();
    await expect.poll(async () => (await sidebarHeadings(watcher)).flat(), { timeout: 60_000 }).toContain(account.account.name);
    await watcher.close();
    await page.close();
  });

  it('the chip on a record page opens the panel bound to its tab, in a window of its own; a second click opens no other', async () => {
    const account = sample(h.sandbox, 'renewed-3-days-ago');
    const page = await h.openPage(C360(account.gainsightId));
    const chip = await page.waitForSelector(LAUNCHER, { timeout: 60_000 });
    const asker = await h.openExtensionPage('popup.html');
    const { id } = await tabOf(asker, page.url());
    const url = `${h.origin}/sidepanel.html?tabId=${id}`;
    expect(await panelContexts(asker, url)).toEqual([]);

    const before = new Set(h.browser.targets());
    await page.bringToFront();
    await chip!.click();
    // Firefox reports an add-on's own documents to WebDriver as about:blank: the new window is found as new.
    const target = await h.browser.waitForTarget((t) => !before.has(t) && t.type() === 'page', { timeout: 60_000 });
    const panel = await target.page();
    if (!panel) throw new Error('The panel window has no page');
    await expect.poll(() => panel.evaluate(() => location.href), { timeout: 60_000 }).toBe(url);
    await planShownFor(panel, account.account.name);
    const [opened] = await panelContexts(asker, url);
    expect(opened?.windowId).not.toBe(await windowOf(asker, id));

    await page.bringToFront();
    await chip!.click();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await panelContexts(asker, url)).toHaveLength(1);
    await panel.close();
    await asker.close();
    await page.close();
  });
});
