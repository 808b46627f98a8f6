/**
 * Cockpit pages do not show a company's contacts and fields, so the background keeps the last complete
 * Customer360 reading of each company for them, and the form a "Start playbook" left for the next page
 * of a tab to fill. Kept in storage.session: memory only (contact emails never reach the disk), shared
 * across service worker restarts, gone when the browser closes. Bounded to the most recent companies.
 */
import type { Account } from '../../shared/accounts/account';
import type { CtaFormToFill } from '../../shared/messaging/fill-messages';
import { storage } from 'wxt/utils/storage';
import { OWNED_ITEM_KEYS } from '../../extension/settings/items';

const MAX_ACCOUNTS = 20;
/** A pending start is for the very next page in its tab; after this long it is stale. */
const START_TTL_MS = 2 * 60_000;

type Snapshots = Record<string, Account>;
export interface PendingStart {
  org: string;
  companyId: string;
  programName: string;
  form: CtaFormToFill;
  at: number;
}
type Starts = Record<string, PendingStart>;

const handoffAccountsItem = storage.defineItem<Record<string, Account>>(OWNED_ITEM_KEYS.handoffAccounts, { fallback: {} });
const handoffStartsItem = storage.defineItem<Starts>(OWNED_ITEM_KEYS.handoffStarts, { fallback: {} });

/** Injective: an org or id containing any separator still makes its own key. */
const companyKey = (org: string, id: string) => JSON.stringify([org, id]);

async function read<T extends object>(item: { getValue(): Promise<T> }): Promise<T> {
  const stored: unknown = await item.getValue();
  return (stored && typeof stored === 'object' ? stored : {}) as T;
}

export async function rememberCompany(account: Account): Promise<void> {
  const snapshots = await read<Snapshots>(handoffAccountsItem);
  const key = companyKey(account.org, account.id);
  // Objects keep insertion order: re-inserting makes this the newest, and the oldest are first to go.
  delete snapshots[key];
  snapshots[key] = account;
  await handoffAccountsItem.setValue(Object.fromEntries(Object.entries(snapshots).slice(-MAX_ACCOUNTS)));
}

export async function recallCompany(org: string, id: string): Promise<Account | null> {
  return (await read<Snapshots>(handoffAccountsItem))[companyKey(org, id)] ?? null;
}

export async function stashStart(tabId: number, start: Omit<PendingStart, 'at'>): Promise<void> {
  const starts = await read<Starts>(handoffStartsItem);
  starts[String(tabId)] = { ...start, at: Date.now() };
  await handoffStartsItem.setValue(starts);
}

/** Hands a tab's pending start over once, and only for the same org and company. */
export async function takeStart(tabId: number, org: string, companyId: string): Promise<PendingStart | null> {
  const starts = await read<Starts>(handoffStartsItem);
  const start = starts[String(tabId)];
  if (!start) return null;
  delete starts[String(tabId)];
  await handoffStartsItem.setValue(starts);
  const fresh = Date.now() - start.at < START_TTL_MS && start.org === org && start.companyId === companyId;
  return fresh ? start : null;
}
