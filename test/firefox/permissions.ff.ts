/**
 * Host permissions in Firefox, where Manifest V3 makes them the user's to give and take back:
 * - the manifest's host permissions are granted when the add-on is installed (tried: a temporary add-on
 *   and an unsigned permanent one on 140 ESR; Firefox lists them in the install prompt since 127);
 * - the user can take one back at any time (about:addons → Permissions), and the add-on must live with it;
 * - an origin asked for at run time (a custom Gainsight domain) is granted by the user's "Allow".
 * Whether the add-on reads a page is seen where a user sees it: the panel bound to that tab
 * (`/sidepanel.html?tabId=<n>`) names the account, inside its "Playbook companion" landmark. Access taken
 * back is given back with the product's own "Allow access to Gainsight and Salesforce" button.
 *
 * Firefox's permission prompt is browser UI that WebDriver cannot click. The pref
 * `extensions.webextOptionalPermissionPrompts: false` answers it with "Allow", so the request still
 * comes from the page's own click handler (a trusted click) and goes through Firefox's permissions code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_HOSTS } from '../sandbox/server';
import { C360, sample } from './sandbox-pages';
import { grantedOrigins, revokeOrigins, tabOf } from './extension-api';
import { ADDON_DIR, launch, type FirefoxHarness } from './harness';
import { byRole, countRole, textOf } from './roles';
import { openOptions, openPopup } from './surfaces';

let h: FirefoxHarness;
beforeAll(async () => {
  h = await launch({ prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
});
afterAll(async () => {
  await h?.close();
});

const manifest = () => JSON.parse(readFileSync(join(ADDON_DIR, 'manifest.json'), 'utf8')) as { host_permissions: string[] };
const GAINSIGHT = 'https://*.gainsightcloud.com/*';
const SALESFORCE = ['https://*.my.salesforce.com/*', 'https://*.lightning.force.com/*'];
/** The product's own button (components/panel/AccessRequest.tsx), in the popup and the panel. */
const ALLOW_ACCESS = 'Allow access to Gainsight and Salesforce';

/** The panel bound to `page`'s tab shows this account (its heading, inside the panel's landmark). */
async function panelShowsAccount(page: Page, name: string): Promise<void> {
  const panel = await h.openPanelFor(page);
  const landmark = await byRole(panel, 'main', 'Playbook companion');
  await byRole(landmark, 'heading', name, 20_000);
  await panel.close();
}

describe('host permissions in Firefox', () => {
  it("holds the manifest's host permissions from install on, and no others", async () => {
    const page = await h.openExtensionPage('popup.html');
    expect(await grantedOrigins(page)).toEqual([...manifest().host_permissions].sort());
    await page.close();
  });

  it('a custom Gainsight domain: Add asks Firefox for that one origin, and once allowed the panel reads its pages', async () => {
    const account = sample(h.sandbox, 'new-subscription-day-2');
    const domain = SANDBOX_HOSTS.gainsightCustomDomain;
    const options = await openOptions(h);
    const gainsight = await byRole(options, 'region', 'Gainsight');
    await (await byRole(gainsight, 'textbox', 'Custom domain')).type(domain);
    await (await byRole(gainsight, 'button', 'Add domain')).click();
    const list = await byRole(gainsight, 'list', 'Custom domains');
    expect(await textOf(list)).toContain(`${domain} — active`);
    expect(await grantedOrigins(options)).toEqual([...manifest().host_permissions, `https://${domain}/*`].sort());

    const page = await h.openPage(C360(account.gainsightId, domain));
    await panelShowsAccount(page, account.account.name);
    await page.close();
    await options.close();
  });

  it("the user takes back Gainsight: the add-on drops what it read, the panel says so, and its Allow access button gives it back without a reload", async () => {
    const account = sample(h.sandbox, 'two-gitlab-admins');
    const page = await h.openPage(C360(account.gainsightId));
    const panel = await h.openPanelFor(page);
    const landmark = await byRole(panel, 'main', 'Playbook companion');
    await byRole(landmark, 'heading', account.account.name, 20_000);
    expect(await countRole(landmark, 'button', ALLOW_ACCESS)).toBe(0);

    // What about:addons → Permissions does when the user turns the site off.
    expect(await revokeOrigins(panel, [GAINSIGHT])).toBe(true);
    await byRole(landmark, 'heading', 'No access to Gainsight');
    await expect.poll(() => countRole(landmark, 'heading', account.account.name)).toBe(0);
    // Firefox now hides the tab's address from the add-on, and a reload does not change that.
    await expect(tabOf(panel, page.url())).rejects.toThrow('No tab has');
    await page.reload();
    await page.waitForSelector(`::-p-text(${account.account.name})`);
    expect(await countRole(landmark, 'heading', account.account.name)).toBe(0);

    await (await byRole(landmark, 'button', ALLOW_ACCESS)).click();
    await expect.poll(() => grantedOrigins(panel)).toContain(GAINSIGHT);
    await byRole(landmark, 'heading', account.account.name, 20_000);
    // The button is gone; focus is on the sentence that replaced it, not lost to the page.
    expect(await countRole(landmark, 'button', ALLOW_ACCESS)).toBe(0);
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toBe('Access allowed: the companion reads Gainsight and Salesforce pages again.');
    await panel.close();
    await page.close();
  });

  it('the user takes back Salesforce: the popup says so, and its Allow access button gives it back', async () => {
    const popup = await openPopup(h);
    expect(await revokeOrigins(popup, SALESFORCE)).toBe(true);
    const request = await byRole(popup, 'region', 'No access to Salesforce');
    expect(await textOf(request)).toContain('Your browser does not let the companion read Salesforce pages');
    await (await byRole(request, 'button', ALLOW_ACCESS)).click();
    await expect.poll(() => grantedOrigins(popup)).toEqual([...manifest().host_permissions, `https://${SANDBOX_HOSTS.gainsightCustomDomain}/*`].sort());
    await expect.poll(() => countRole(popup, 'button', ALLOW_ACCESS)).toBe(0);
    await popup.close();
  });
});
