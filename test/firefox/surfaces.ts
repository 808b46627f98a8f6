/** The add-on's own pages, opened in a tab and waited for by their landmark, as the Firefox tests use them. */
import type { Page } from 'puppeteer-core';
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
