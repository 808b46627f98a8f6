/**
 * The background's side of the C360 → Cockpit handoff. A Cockpit page does not show the company's
 * contacts and fields, so the C360 page app leaves its last snapshot of each company here, and the
 * Cockpit page app asks for it. A "Start playbook" that has to navigate to Cockpit's create page leaves
 * its program here too, for the next page in that tab to fill the form with.
 *
 * Kept in storage.session: in memory only (contact emails never reach the disk), shared across the
 * service worker's restarts, gone when the browser closes. Bounded to the most recent companies.
 */
import { browser } from 'wxt/browser';
import type { Account } from '../../../accounts/account';
import type { Handlers, MessageSender } from '../../../messaging/protocol';

const ACCOUNTS_KEY = 'handoff.accounts';
const STARTS_KEY = 'handoff.starts';
const MAX_ACCOUNTS = 20;
/** A pending start is for the very next page in its tab; after this long it is stale. */
const START_TTL_MS = 2 * 60_000;
const MAX_SNAPSHOT_CHARS = 500_000;

type Snapshots = Record<string, { account: Account }>;
type Starts = Record<string, { companyId: string; programId: string; at: number }>;

const accountKey = (source: string, id: string) => `${source}:${id}`;

async function read<T extends object>(key: string): Promise<T> {
  const stored: unknown = (await browser.storage.session.get(key))[key];
  return (stored && typeof stored === 'object' ? stored : {}) as T;
}

/** Payloads come from content scripts in pages we do not control: only the shape we use is accepted. */
function isAccount(value: unknown): value is Account {
  if (!value || typeof value !== 'object') return false;
  const a = value as Partial<Account>;
  return (a.source === 'gainsight' || a.source === 'salesforce') && typeof a.id === 'string' && typeof a.name === 'string'
    && typeof a.fields === 'object' && Array.isArray(a.opportunities) && Array.isArray(a.programLogs)
    && (a.contacts === undefined || Array.isArray(a.contacts));
}

async function remember(account: unknown): Promise<{ ok: boolean }> {
  if (!isAccount(account) || JSON.stringify(account).length > MAX_SNAPSHOT_CHARS) return { ok: false };
  const snapshots = await read<Snapshots>(ACCOUNTS_KEY);
  const key = accountKey(account.source, account.id);
  // Objects keep insertion order: re-inserting makes this the newest, and the oldest are first to go.
  delete snapshots[key];
  snapshots[key] = { account };
  const newest = Object.entries(snapshots).slice(-MAX_ACCOUNTS);
  await browser.storage.session.set({ [ACCOUNTS_KEY]: Object.fromEntries(newest) });
  return { ok: true };
}

const tabKey = (sender: MessageSender) => String(sender.tabId ?? 'none');

export const handoffHandlers: Pick<Handlers, 'accounts.remember' | 'accounts.recall' | 'cockpit.stashStart' | 'cockpit.takeStart'> = {
  async 'accounts.remember'({ account }) {
    return remember(account);
  },

  async 'accounts.recall'({ source, id }) {
    const snapshots = await read<Snapshots>(ACCOUNTS_KEY);
    return { account: snapshots[accountKey(source, id)]?.account ?? null };
  },

  async 'cockpit.stashStart'({ companyId, programId }, sender) {
    const starts = await read<Starts>(STARTS_KEY);
    starts[tabKey(sender)] = { companyId: String(companyId), programId: String(programId), at: Date.now() };
    await browser.storage.session.set({ [STARTS_KEY]: starts });
    return { ok: true };
  },

  /** Hands the pending start to the page once; only to the same tab and the same company. */
  async 'cockpit.takeStart'({ companyId }, sender) {
    const starts = await read<Starts>(STARTS_KEY);
    const start = starts[tabKey(sender)];
    if (!start) return { programId: null };
    delete starts[tabKey(sender)];
    await browser.storage.session.set({ [STARTS_KEY]: starts });
    const fresh = Date.now() - start.at < START_TTL_MS && start.companyId === companyId;
    return { programId: fresh ? start.programId : null };
  },
};
