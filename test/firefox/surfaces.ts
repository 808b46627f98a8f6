/** The add-on's own pages, opened in a tab and waited for by their landmark, as the Firefox tests use them. */
import type { ElementHandle, Page } from 'puppeteer-core';
import type { FirefoxHarness } from './harness';
import { byRole } from './roles';

export async function openPopup(h: FirefoxHarness): Promise<Page> {
  const popup = await h.openExtensionPage('popup.html');
  await byRole(popup, 'main', 'Pending sends');
  return popup;
}

export async function openOptions(h: FirefoxHarness): Promise<Page> {
  const options = await h.openExtensionPage('options.html');
  await byRole(options, 'form', 'Settings');
  return options;
}

/**
 * Clicks a button that closes its own page (the popup's "Open the panel" shuts the popup once the
 * sidebar is open). The click lands either way, but when the page is gone before WebDriver's
 * mouse-up returns, BiDi reports the discarded browsing context; only that error is expected.
 */
export async function clickClosing(button: ElementHandle<Element>): Promise<void> {
  try {
    await button.click();
  } catch (error) {
    if (!/no such frame|BrowsingContext does no longer exist/.test(String(error))) throw error;
  }
}
