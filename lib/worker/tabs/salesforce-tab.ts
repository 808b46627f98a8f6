/**
 * A Lightning record in a tab: the background reads it through the REST API with the user's own
 * session, so the page gets no script of ours but the launcher. Only when the org refuses the API is
 * the page reader injected, and the panel says so.
 */
import { browser } from 'wxt/browser';
import type { Account } from '../../shared/accounts/account';
import type { AdminFixRoute } from '../../shared/messaging/tab-state';
import { salesforceApiHost, type SalesforcePage } from '../../shared/urls/record-urls';
import { readsPageInstead, remedyOf } from '../../shared/salesforce/errors';
import { readSalesforceAccount } from '../salesforce/read-account';
import { rememberSalesforceAccount } from './account-links';
import { rememberLightningHost } from './lightning-host';
import { refreshLauncher } from '../panel/launcher';
import { updateRecord, type TabRecord } from './tab-records';

const loads = new Map<number, AbortController>();

export function signInUrl(url: string): string | undefined {
  const page = new URL(url);
  const apiHost = salesforceApiHost(page.host);
  return apiHost ? `https://${apiHost}/?startURL=${encodeURIComponent(page.pathname)}` : undefined;
}

/** Reads (or re-reads) the record of a Lightning tab into its state. */
export async function loadSalesforceTab(record: TabRecord, page: SalesforcePage, injectReader: (tabId: number) => Promise<void>, refreshSchema = false): Promise<void> {
  loads.get(record.tabId)?.abort();
  const controller = new AbortController();
  loads.set(record.tabId, controller);
  const { tabId, key, url } = record;
  void rememberLightningHost(new URL(url).host);
  const result = await readSalesforceAccount({ pageUrl: url, page, tabId, signal: controller.signal, refreshSchema });
  if (controller.signal.aborted) return;
  loads.delete(tabId);
  if (result.ok) {
    await rememberSalesforceAccount(result.data).catch(() => undefined);
    const adminFix: AdminFixRoute = { kind: 'one-click', signInUrl: signInUrl(url) };
    const updated = updateRecord(tabId, key, { source: 'rest', view: { status: 'ready', account: result.data, reading: false, adminFix, canStart: false } });
    if (updated) await refreshLauncher(updated);
    return;
  }
  const { error } = result;
  if (readsPageInstead(error)) {
    updateRecord(tabId, key, { source: 'page', refusal: error.message, view: { status: 'loading', message: `${error.message} Reading what this page shows instead…` } });
    return injectReader(tabId);
  }
  const signIn = remedyOf(error) === 'sign-in' ? signInUrl(url) : undefined;
  updateRecord(tabId, key, {
    view: { status: 'error', title: 'Salesforce', message: error.message, ...(signIn ? { action: { label: 'Sign in to Salesforce', href: signIn } } : {}) },
  });
}

/** The page reader's account, shown with the reason the API was not used. */
export async function showLightningReading(record: TabRecord, account: Account | null, complete: boolean): Promise<void> {
  const notice = `${record.refusal ?? 'Salesforce refused the API.'} Showing what this page shows; programs that need other fields are marked as needing data.`;
  if (!account) {
    // The reader finds no account name: no field labelled "Account Name" and no one level-1 heading.
    const unread = 'This page shows no account name the panel can read (no field labelled "Account Name", no single page heading).';
    if (complete) updateRecord(record.tabId, record.key, { view: { status: 'error', title: 'Salesforce', message: `${record.refusal ?? 'The record could not be read.'} ${unread}` } });
    return;
  }
  const updated = updateRecord(record.tabId, record.key, {
    view: { status: 'ready', account, reading: !complete, notice, adminFix: { kind: 'in-salesforce' }, canStart: false },
  });
  if (complete) await rememberSalesforceAccount(account).catch(() => undefined);
  if (updated && complete) await refreshLauncher(updated);
}

export function reloadTab(tabId: number): Promise<void> {
  return browser.tabs.reload(tabId);
}
