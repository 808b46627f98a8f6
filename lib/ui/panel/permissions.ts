/**
 * Whether the browser still lets the extension read the sites it was installed for.
 *
 * Manifest V3 makes host access the user's to take back: Firefox lists each site under about:addons →
 * Permissions, Chrome and Edge under "Site access". Once a site is off, the browser hides its tabs'
 * addresses from the extension without a word, so the panel would say "not a record" on an account
 * page. The popup and the panel ask this module instead, and offer the one click that gives access back.
 */
import { browser } from 'wxt/browser';
import { GAINSIGHT_HOSTS, SALESFORCE_API_HOSTS, SALESFORCE_UI_HOSTS } from '../../shared/urls/hosts';

export interface HostAccess {
  /** The manifest's host patterns the user has not granted (empty: every site is on). */
  missing(): Promise<string[]>;
  /** Calls `listener` whenever the user grants or takes back a site; returns the unsubscribe. */
  onChange(listener: () => void): () => void;
  /**
   * Asks the browser for `origins`. Call it first thing in a click handler, before anything is
   * awaited: the browser shows its prompt only while the user's click lasts.
   */
  request(origins: string[]): Promise<boolean>;
}

/** The sites a user knows, named from the patterns that are off ("Gainsight", "Salesforce"). */
export function sitesOf(patterns: readonly string[]): string[] {
  const sites: string[] = [];
  if (patterns.some((p) => GAINSIGHT_HOSTS.includes(p))) sites.push('Gainsight');
  if (patterns.some((p) => SALESFORCE_API_HOSTS.includes(p) || SALESFORCE_UI_HOSTS.includes(p))) sites.push('Salesforce');
  // A pattern added to the manifest later still shows up, by its own text, rather than not at all.
  const known = new Set([...GAINSIGHT_HOSTS, ...SALESFORCE_API_HOSTS, ...SALESFORCE_UI_HOSTS]);
  return [...sites, ...patterns.filter((p) => !known.has(p))];
}

/** The browser's own answers. The manifest is read at run time, so the check and the build cannot drift. */
export function extensionHostAccess(): HostAccess {
  // Manifest V3's field (the typings' manifest is a union with V2, which has none).
  const required = (browser.runtime.getManifest() as { host_permissions?: string[] }).host_permissions ?? [];
  return {
    async missing() {
      // One origin at a time: `contains` answers for all of them together, and the user may take back one.
      const granted = await Promise.all(required.map((origin) => browser.permissions.contains({ origins: [origin] })));
      return required.filter((_, i) => !granted[i]);
    },
    onChange(listener) {
      browser.permissions.onAdded.addListener(listener);
      browser.permissions.onRemoved.addListener(listener);
      return () => {
        browser.permissions.onAdded.removeListener(listener);
        browser.permissions.onRemoved.removeListener(listener);
      };
    },
    request: (origins) => browser.permissions.request({ origins }),
  };
}
