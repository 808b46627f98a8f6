/**
 * Learns which record each tab shows from its URL alone: `tabs.onUpdated` reports client-side moves
 * too, on the hosts the extension holds. Most pages never get a line of ours; record pages get a reader
 * (Gainsight) or nothing (Lightning, read through the REST API).
 */
import { browser } from 'wxt/browser';
import { orgOfUrl, recordPageOf } from '../../shared/urls/record-urls';
import { GAINSIGHT_READER, injectScript, LIGHTNING_READER } from './gainsight-tab';
import { rememberGainsightTenant } from './gainsight-tenant';
import { hideLauncher, refreshLauncher } from '../panel/launcher';
import { loadSalesforceTab } from './salesforce-tab';
import { onPlanInputsChanged } from '../../extension/settings/items';
import { loadSettings } from '../../extension/settings/stored-settings';
import { forgetTab, getTab, knownTabs, startRecord } from './tab-records';

/** The Gainsight domains the user added; none when the settings cannot be read (never any host). */
async function customDomains(): Promise<string[]> {
  return (await loadSettings().catch(() => null))?.gainsight.customDomains ?? [];
}

/**
 * A tab moved to `url` (`settled`: and finished loading it). The browser reports every move, a
 * client-side one too, as a URL change followed by "complete"; readers are injected at "complete", once
 * per move, into the page as it then is. A Lightning record is read through REST as soon as it is known.
 */
export async function followTab(tabId: number, url: string | undefined, settled: boolean): Promise<void> {
  if (!url) return;
  const page = recordPageOf(url, await customDomains());
  const { record, isNew } = await startRecord(tabId, url, page, page ? { status: 'loading' } : { status: 'not-a-record' });
  if (!page) return hideLauncher(record);
  if (page.site === 'salesforce' && isNew) await loadSalesforceTab(record, page, (id) => injectScript(id, LIGHTNING_READER));
  if (!settled) return;
  if (page.site === 'gainsight') {
    void rememberGainsightTenant(url).catch(() => undefined); // My book's links only: never in the reader's way
    return injectScript(tabId, GAINSIGHT_READER);
  }
  // A settled Lightning page needs its chip (and, when the API was refused, its reader) in this document.
  record.scriptsInPage = false;
  if (record.source === 'page') return injectScript(tabId, LIGHTNING_READER);
  return refreshLauncher(record);
}

/** A panel bound to a tab the background has not seen since it started (a woken worker). */
export async function ensureTab(tabId: number): Promise<void> {
  if (await getTab(tabId)) return;
  const tab = await browser.tabs.get(tabId).catch(() => null);
  // Without access to the tab's host the URL is hidden: it is not a page the extension works on.
  await followTab(tabId, tab?.url ?? 'about:blank', tab?.status === 'complete');
}

/** Tabs that were open before the extension was installed, updated or the browser started (or before it had access to their host). */
export async function followOpenTabs(): Promise<void> {
  const domains = await customDomains();
  for (const tab of await browser.tabs.query({})) {
    if (tab.id !== undefined && tab.url && recordPageOf(tab.url, domains)) await followTab(tab.id, tab.url, tab.status === 'complete');
  }
}

/**
 * The settings or the catalog changed: every open record is read again with them (a label, an API name
 * or the date order may be what was missing), and its chip says what the new plan says.
 */
async function readAllAgain(): Promise<void> {
  for (const record of await knownTabs()) {
    forgetTab(record.tabId);
    await followTab(record.tabId, record.url, true);
  }
}

/**
 * The org's session changed (signed in, out, or as someone else): its Lightning tabs are read again
 * with the session there is now, whatever they showed (a record, or "sign in").
 */
export async function readOrgAgain(org: string): Promise<void> {
  for (const record of await knownTabs()) {
    if (record.page?.site !== 'salesforce' || orgOfUrl(record.url) !== org) continue;
    await loadSalesforceTab(record, record.page, (id) => injectScript(id, LIGHTNING_READER));
  }
}

export function startNavigation(): void {
  onPlanInputsChanged(() => void readAllAgain());
  browser.runtime.onInstalled.addListener(() => void followOpenTabs());
  browser.runtime.onStartup.addListener(() => void followOpenTabs());
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url) void followTab(tabId, change.url, change.status === 'complete');
    else if (change.status === 'complete') void followTab(tabId, tab.url, true);
  });
  browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));
  browser.tabs.onReplaced.addListener((added, removed) => {
    forgetTab(removed);
    void browser.tabs.get(added).then((tab) => followTab(added, tab.url, true)).catch(() => undefined);
  });
}
