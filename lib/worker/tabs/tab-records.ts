/**
 * What the background knows of each tab's record: the page, what the panel should show, and the
 * private facts behind it (where the account was read from, the company a Cockpit tab is about).
 *
 * Kept in memory and mirrored to storage.session (memory only: contact details never reach the
 * disk), so a service worker that was stopped and woken again still answers a reconnecting panel.
 */
import type { Account } from '../../shared/accounts/account';
import type { CtaInfo } from '../../shared/messaging/page-messages';
import type { TabState, TabView } from '../../shared/messaging/tab-state';
import type { SequenceInput } from '../../shared/reminders/inputs';
import { pageKey, type RecordPage } from '../../shared/urls/record-urls';
import { storage } from 'wxt/utils/storage';
import { OWNED_ITEM_KEYS } from '../../extension/settings/items';

export interface TabRecord {
  tabId: number;
  url: string;
  page: RecordPage | null;
  /** Changes with every new record in the tab: late answers for an earlier one are dropped. */
  key: string | null;
  view: TabView;
  /** How the account was read: through the REST API (writes possible) or from the page. */
  source?: 'rest' | 'page';
  /** Why the REST API was not used (the org refused it), for the notice over a page reading. */
  refusal?: string;
  /**
   * The last company a Customer360 reader reported in this tab, and in which document: after a
   * client-side move the next reader ignores the page while it still shows that company.
   */
  lastCompany?: { id: string; name: string; document: number };
  /** A reader or the launcher chip of ours is in this tab's page: leaving the record stops them. */
  scriptsInPage?: boolean;
  /**
   * A Start whose CTA is not saved yet. It belongs to the tab, not to one record: Save takes the tab
   * from the company's page to the CTA's, and the start must follow it there.
   */
  pendingStart?: PendingStart;
  /** The CTA this tab's Cockpit page showed last, with its Email Tasks. */
  lastCta?: CtaInfo;
}

export interface PendingStart {
  org: string;
  companyId: string;
  programId: string;
  programName: string;
  /** What is recorded once the CTA is saved; its steps are the catalog's until Cockpit shows the CTA's tasks. */
  sequence: SequenceInput;
  saveClicked: boolean;
}

const tabRecordsItem = storage.defineItem<TabRecord[]>(OWNED_ITEM_KEYS.tabRecords, { fallback: [] });

type Listener = (state: TabState) => void;

/** Tabs whose records are kept for a woken worker; older ones are simply read again. */
const MAX_KEPT = 30;

const records = new Map<number, TabRecord>();
const listeners = new Map<number, Set<Listener>>();
let restored: Promise<void> | null = null;
let persistTimer: ReturnType<typeof setTimeout> | undefined;

function restore(): Promise<void> {
  restored ??= tabRecordsItem
    .getValue()
    .then((saved: unknown) => {
      if (!Array.isArray(saved)) return;
      for (const record of saved as TabRecord[]) if (!records.has(record.tabId)) records.set(record.tabId, record);
    })
    .catch(() => undefined);
  return restored;
}

function persist(): void {
  clearTimeout(persistTimer);
  persistTimer = setTimeout(() => {
    const kept = [...records.values()].slice(-MAX_KEPT);
    void tabRecordsItem.setValue(kept).catch(() => undefined);
  }, 100);
}

export function stateOf(record: TabRecord): TabState {
  const pending = record.pendingStart;
  const pendingStart = pending ? { programId: pending.programId, programName: pending.programName, saveClicked: pending.saveClicked } : undefined;
  return { tabId: record.tabId, page: record.page, view: record.view, ...(pendingStart ? { pendingStart } : {}) };
}

export async function getTab(tabId: number): Promise<TabRecord | undefined> {
  await restore();
  return records.get(tabId);
}

/** A tab moved to `url`: starts a new record (or a non-record) unless it is the same record as before. */
export async function startRecord(tabId: number, url: string, page: RecordPage | null, view: TabView): Promise<{ record: TabRecord; isNew: boolean }> {
  await restore();
  const key = pageKey(page, url);
  const current = records.get(tabId);
  if (current && current.key === key && current.url === url) return { record: current, isNew: false };
  const record: TabRecord = { tabId, url, page, key, view, lastCompany: current?.lastCompany, scriptsInPage: current?.scriptsInPage, pendingStart: current?.pendingStart };
  if (current && current.key === key) {
    // Same record, another URL (a section of C360, a hash route): keep what is known.
    Object.assign(current, { url });
    return { record: current, isNew: false };
  }
  records.delete(tabId);
  records.set(tabId, record);
  publish(record);
  return { record, isNew: true };
}

/** Updates the record of `tabId` only if it is still the record `key` names. */
export function updateRecord(tabId: number, key: string | null, patch: Partial<Omit<TabRecord, 'tabId' | 'key'>>): TabRecord | null {
  const record = records.get(tabId);
  if (!record || record.key !== key) return null;
  Object.assign(record, patch);
  publish(record);
  return record;
}

/** Sets (or, with null, drops) the tab's pending start, whatever record the tab shows now. */
export async function setPendingStart(tabId: number, pending: PendingStart | null): Promise<TabRecord | undefined> {
  const record = await getTab(tabId);
  if (!record) return undefined;
  if (pending) record.pendingStart = pending;
  else delete record.pendingStart;
  publish(record);
  return record;
}

/** Every tab the background knows a record for. */
export async function knownTabs(): Promise<TabRecord[]> {
  await restore();
  return [...records.values()].filter((record) => record.page !== null);
}

export function forgetTab(tabId: number): void {
  records.delete(tabId);
  persist();
}

/** A sentence for the panel under the tab's account, while the tab still shows a ready record. */
export function setNotice(record: TabRecord, notice: string): void {
  if (record.view.status === 'ready') updateRecord(record.tabId, record.key, { view: { ...record.view, notice } });
}

export function readyAccount(record: TabRecord | undefined): Account | null {
  return record?.view.status === 'ready' ? record.view.account : null;
}

function publish(record: TabRecord): void {
  persist();
  const state = stateOf(record);
  for (const listener of listeners.get(record.tabId) ?? []) listener(state);
}

export function subscribeTab(tabId: number, listener: Listener): () => void {
  let set = listeners.get(tabId);
  if (!set) listeners.set(tabId, (set = new Set()));
  set.add(listener);
  return () => {
    set.delete(listener);
    if (set.size === 0) listeners.delete(tabId);
  };
}
