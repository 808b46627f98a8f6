/**
 * Every value the extension keeps in browser storage, declared once as a typed WXT storage item: its
 * area, its key and its type. Code reads and writes these items, never a raw key string, so two places
 * cannot disagree on a key's name or on what it holds. Imports only types and WXT's small storage
 * helper, so the background, the extension pages and (if ever needed) a content script can use it.
 *
 * What is stored is not trusted for being typed here: storage outlives versions and any extension page
 * can write it, so each reader still validates (settings: store.ts; catalog: custom-catalog.ts).
 */
import { storage } from 'wxt/utils/storage';
import { CUSTOM_CATALOG_KEY, SETTINGS_KEY } from '../../shared/settings/keys';

/** The user's settings as stored: validated field by field when read (store.ts). */
export const settingsItem = storage.defineItem<Record<string, unknown>>(`local:${SETTINGS_KEY}`);

/** An imported catalog that replaces the built-in edition until "Reset to built-in". */
export const customCatalogItem = storage.defineItem<unknown>(`local:${CUSTOM_CATALOG_KEY}`);

/** The Lightning host the user last worked on (lib/worker/tabs/lightning-host.ts). */
export const lastLightningHostItem = storage.defineItem<string>('local:lastLightningHost');

/** The Gainsight tenant the user last opened a record on (lib/worker/tabs/gainsight-tenant.ts). */
export const lastGainsightTenantItem = storage.defineItem<string>('local:lastGainsightTenant');

/** The org My book showed last, opened first next time (lib/ui/book/book-backend.ts). */
export const lastBookOrgItem = storage.defineItem<string | null>('local:book.lastOrg', { fallback: null });

/**
 * Keys of the items whose shapes belong to the code that keeps them: that module declares its typed
 * item with its key from here, so a key is still named in one place and this file imports no runtime's
 * types.
 */
export const OWNED_ITEM_KEYS = {
  /**
   * Cockpit handoffs (company-snapshots.ts): the last Customer360 reading of recent companies, and the
   * form a "Start playbook" left for a tab's next page. Session storage: memory only, so contact emails
   * never reach the disk.
   */
  handoffAccounts: 'session:handoff.accounts',
  handoffStarts: 'session:handoff.starts',
  /** What the background knows of each tab, for a service worker woken again (tab-records.ts). */
  tabRecords: 'session:background.tabs',
  /** Salesforce describe results by org and object, kept a few minutes (describe.ts). */
  describeCache: 'session:salesforce.describe',
  /** Orgs the panel read records from lately, for Options' org choice (known-orgs.ts). */
  seenOrgs: 'local:salesforce.seenOrgs',
  /**
   * Salesforce Account ids and the orgs the panel read them in (account-links.ts): which org a
   * Customer360 company's SFDC Account ID lives in, so the two pages share one history.
   */
  accountOrgs: 'local:salesforce.accountOrgs',
  /** The popup's "Open my book", for the panel that opens next (open-book.ts). */
  bookRequest: 'session:book.openRequest',
} as const;

/** Runs `listener` when the settings or the custom catalog change: a plan made from the old ones is stale. */
export function onPlanInputsChanged(listener: () => void): () => void {
  const unwatch = [settingsItem.watch(() => listener()), customCatalogItem.watch(() => listener())];
  return () => unwatch.forEach((stop) => stop());
}

