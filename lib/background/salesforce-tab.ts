/**
 * A Lightning record in a tab: the background reads it through the REST API with the user's own
 * session, so the page gets no script of ours but the launcher. Only when the org refuses the API is
 * the page reader injected, and the panel says so.
 */
import { browser } from 'wxt/browser';
import type { Account } from '../accounts/account';
import { fetchAccount } from '../adapters/salesforce/fetch-account';
import type { AdminFixRoute } from '../messaging/tab-state';
import { salesforceApiHost, type SalesforcePage } from '../pages/record-urls';
import { createSalesforceClient, type SalesforceClient } from '../salesforce/client';
import type { SalesforceError, SalesforceResult } from '../salesforce/errors';
import { sessionIdFor } from '../salesforce/session';
import { loadSettings } from '../settings/store';
import { rememberLightningHost } from './lightning-host';
import { refreshLauncher } from './launcher';
import { updateRecord, type TabRecord } from './tab-records';

/** Failures where the page itself can still tell us something: the org refuses the API, not the user. */
const READ_PAGE_INSTEAD = new Set<SalesforceError['kind']>(['api-blocked', 'no-access', 'request-limit']);
const SIGN_IN_KINDS = new Set<SalesforceError['kind']>(['not-signed-in', 'session-expired']);

const loads = new Map<number, AbortController>();

export async function clientForUrl(url: string): Promise<SalesforceClient | null> {
  const apiHost = salesforceApiHost(new URL(url).host);
  if (!apiHost) return null;
  const settings = await loadSettings();
  return createSalesforceClient({ apiHost, apiVersion: settings.salesforce.apiVersion, getSessionId: sessionIdFor });
}

export function signInUrl(url: string): string | undefined {
  const page = new URL(url);
  const apiHost = salesforceApiHost(page.host);
  return apiHost ? `https://${apiHost}/?startURL=${encodeURIComponent(page.pathname)}` : undefined;
}

async function readAccount(url: string, page: SalesforcePage): Promise<SalesforceResult<Account>> {
  const client = await clientForUrl(url);
  if (!client) return { ok: false, error: { kind: 'not-found', message: 'This is not a Salesforce org page.' } };
  const settings = await loadSettings();
  return fetchAccount(client, { object: page.object, id: page.id, url }, settings.salesforce);
}

/** Reads (or re-reads) the record of a Lightning tab into its state. */
export async function loadSalesforceTab(record: TabRecord, page: SalesforcePage, injectReader: (tabId: number) => Promise<void>): Promise<void> {
  loads.get(record.tabId)?.abort();
  const controller = new AbortController();
  loads.set(record.tabId, controller);
  const { tabId, key, url } = record;
  void rememberLightningHost(new URL(url).host);
  const result = await readAccount(url, page);
  if (controller.signal.aborted) return;
  loads.delete(tabId);
  if (result.ok) {
    const adminFix: AdminFixRoute = { kind: 'one-click', signInUrl: signInUrl(url) };
    const updated = updateRecord(tabId, key, { source: 'rest', view: { status: 'ready', account: result.data, reading: false, adminFix, canStart: false } });
    if (updated) await refreshLauncher(updated);
    return;
  }
  const { error } = result;
  if (READ_PAGE_INSTEAD.has(error.kind)) {
    updateRecord(tabId, key, { source: 'page', refusal: error.message, view: { status: 'loading', message: `${error.message} Reading what this page shows instead…` } });
    return injectReader(tabId);
  }
  const signIn = SIGN_IN_KINDS.has(error.kind) ? signInUrl(url) : undefined;
  updateRecord(tabId, key, {
    view: { status: 'error', title: 'Salesforce', message: error.message, ...(signIn ? { action: { label: 'Sign in to Salesforce', href: signIn } } : {}) },
  });
}

/** The page reader's account, shown with the reason the API was not used. */
export async function showLightningReading(record: TabRecord, account: Account | null, complete: boolean): Promise<void> {
  const notice = `${record.refusal ?? 'Salesforce refused the API.'} Showing what this page shows; programs that need other fields are marked as needing data.`;
  if (!account) {
    if (complete) updateRecord(record.tabId, record.key, { view: { status: 'error', title: 'Salesforce', message: record.refusal ?? 'The record could not be read.' } });
    return;
  }
  const updated = updateRecord(record.tabId, record.key, {
    view: { status: 'ready', account, reading: !complete, notice, adminFix: { kind: 'in-salesforce' }, canStart: false },
  });
  if (updated && complete) await refreshLauncher(updated);
}

export function reloadTab(tabId: number): Promise<void> {
  return browser.tabs.reload(tabId);
}
