/**
 * The user can take back the extension's access to a site at any time (Firefox: about:addons →
 * Permissions; Chrome and Edge: "Site access"), and give it back. The browser then hides or shows
 * those tabs' addresses, but tells the extension only through these two events.
 * - Taken back: what the background holds about those tabs (the account, its contacts) is dropped, and
 *   their panels are told the tab is no longer a record they can read.
 * - Given back: the open tabs are looked at again, so a record page shows its account without a reload.
 */
import { browser } from 'wxt/browser';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { followOpenTabs } from './navigation';
import { knownTabs, startRecord } from './tab-records';

/** Forgets the records of tabs whose page is on one of `origins` (match patterns). */
export async function dropTabsOn(origins: readonly string[]): Promise<void> {
  const patterns = origins.map((origin) => new MatchPattern(origin));
  for (const record of await knownTabs()) {
    if (patterns.some((pattern) => pattern.includes(record.url))) {
      // A record of "no page" replaces it: its panels are told, and nothing of the account is kept.
      await startRecord(record.tabId, 'about:blank', null, { status: 'not-a-record' });
    }
  }
}

export function startHostAccess(): void {
  browser.permissions.onRemoved.addListener(({ origins }) => void dropTabsOn(origins ?? []));
  browser.permissions.onAdded.addListener(({ origins }) => {
    if (origins?.length) void followOpenTabs();
  });
}
