/**
 * axe-core in Firefox on the popup and the side panel (WCAG 2.2 AA, no serious or critical violation):
 * Firefox computes its own accessibility tree and lays pages out itself, so what passes in Chromium is
 * checked here again, with the Firefox-only state too (host access taken back in about:addons).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revokeOrigins, sendFromPage } from './extension-api';
import { axeCheck } from './axe';
import { launch, type FirefoxHarness } from './harness';
import { planShownFor } from './panel-reading';
import { byRole } from './roles';
import { C360, sample } from './sandbox-pages';
import { everyGroup } from './sequences';
import { openPopup } from './surfaces';

let h: FirefoxHarness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

describe('axe-core, WCAG 2.2 AA, in Firefox', () => {
  it('the popup, empty and with a send in every group', async () => {
    const empty = await openPopup(h);
    await empty.waitForSelector('::-p-text(No pending sends.)');
    expect((await axeCheck(empty, 'popup, empty')).blocking).toEqual([]);
    for (const sequence of everyGroup) await sendFromPage(empty, 'reminders.startSequence', sequence);
    await empty.close();

    const popup = await openPopup(h);
    for (const group of ['Overdue', 'Today', 'Next 7 days', 'Later']) await byRole(popup, 'list', group);
    expect((await axeCheck(popup, 'popup, full')).blocking).toEqual([]);
    await popup.close();
  });

  it("the panel with a Customer360 account's plan", async () => {
    const account = sample(h.sandbox, 'no-gitlab-admin');
    const page = await h.openPage(C360(account.gainsightId));
    const panel = await h.openPanelFor(page);
    await planShownFor(panel, account.account.name);
    expect((await axeCheck(panel, 'panel, plan')).blocking).toEqual([]);
    await panel.close();
    await page.close();
  });

  it('the panel and the popup asking for the access the user took back', async () => {
    const page = await h.openPage(C360(sample(h.sandbox, 'two-gitlab-admins').gainsightId));
    const panel = await h.openPanelFor(page);
    expect(await revokeOrigins(panel, ['https://*.gainsightcloud.com/*'])).toBe(true);
    await byRole(panel, 'button', 'Allow access to Gainsight and Salesforce');
    expect((await axeCheck(panel, 'panel, access request')).blocking).toEqual([]);
    const popup = await openPopup(h);
    await byRole(popup, 'button', 'Allow access to Gainsight and Salesforce');
    expect((await axeCheck(popup, 'popup, access request')).blocking).toEqual([]);
    await popup.close();
    await panel.close();
    await page.close();
  });
});
