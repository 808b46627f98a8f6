/**
 * One company, one history: a Customer360 company that shows its SFDC Account ID is linked to that
 * Salesforce Account, and both pages keep their sends, reminders and plan under the Account's identity
 * (org host + 18-character id; lib/accounts/history-owner.ts).
 *
 * Gainsight shows the Account's id but not its org, and a full-copy sandbox holds the same ids as
 * production, so the org is taken only from evidence: the orgs where the panel read that Account. One
 * org: linked. None, or more than one: the link's org is unknown and the panel says why; the company then
 * keeps its own Gainsight history until it can be told.
 */
import { storage } from 'wxt/utils/storage';
import type { Account, AccountLink } from '../../shared/accounts/account';
import { isRecordId, toId18 } from '../../shared/accounts/salesforce-ids';
import { historyOwnerOf } from '../../shared/accounts/history-owner';
import { moveHistory } from '../../extension/reminders/move-history';
import { isSalesforceApiHost } from '../../shared/salesforce/hosts';
import { OWNED_ITEM_KEYS } from '../../extension/settings/items';

interface SeenAccount {
  id: string;
  org: string;
}

const seenItem = storage.defineItem<SeenAccount[]>(OWNED_ITEM_KEYS.accountOrgs, { fallback: [] });

/** More accounts than a CSM opens in months; the oldest drop off. */
export const MAX_SEEN_ACCOUNTS = 5000;

/** Storage is shared with every extension page and outlives versions: keep only well-formed entries. */
async function readSeen(): Promise<SeenAccount[]> {
  const raw: unknown = await seenItem.getValue().catch(() => []);
  if (!Array.isArray(raw)) return [];
  return raw.filter((e): e is SeenAccount => !!e && typeof e === 'object' && isRecordId(e.id, '001') && typeof e.org === 'string' && isSalesforceApiHost(e.org));
}

/** Notes that the panel read this Salesforce Account in its org (REST or the page). */
export async function rememberSalesforceAccount(account: Pick<Account, 'source' | 'org' | 'id'>): Promise<void> {
  if (account.source !== 'salesforce' || !isRecordId(account.id, '001') || !isSalesforceApiHost(account.org)) return;
  const entry = { id: toId18(account.id), org: account.org.toLowerCase() };
  const seen = await readSeen();
  if (seen[0]?.id === entry.id && seen[0].org === entry.org) return;
  const others = seen.filter((e) => e.id !== entry.id || e.org !== entry.org);
  await seenItem.setValue([entry, ...others].slice(0, MAX_SEEN_ACCOUNTS));
}

export async function linkOf(salesforceAccountId: string): Promise<AccountLink> {
  const id = toId18(salesforceAccountId);
  const orgs = [...new Set((await readSeen()).filter((e) => e.id === id).map((e) => e.org))].sort();
  if (orgs.length === 1) return { id, org: orgs[0]! };
  const why =
    orgs.length === 0
      ? 'the extension has not read this Account in Salesforce yet, and Gainsight does not say which org holds it. Open the Account in Salesforce once'
      : `the same id is in ${orgs.join(' and ')} (a full-copy sandbox keeps production's ids)`;
  return { id, org: null, why };
}

/** Companies whose Gainsight history was already moved in this worker's life: a move is asked once. */
const moved = new Set<string>();

/**
 * The company with its link, once its Gainsight-kept history (from before it was linked) has joined the
 * Account's. A failed move leaves the company unlinked this time, so nothing is hidden from the user.
 */
export async function withLink(account: Account): Promise<Account> {
  if (account.source !== 'gainsight' || !account.salesforceAccountId) return account;
  const link = await linkOf(account.salesforceAccountId);
  if (link.org === null) return { ...account, link };
  const to = historyOwnerOf({ ...account, link });
  const from = { source: account.source, org: account.org, id: account.id };
  const once = `${from.org}|${from.id}|${to.org}|${to.id}`;
  if (!moved.has(once)) {
    try {
      await moveHistory(from, to);
      moved.add(once);
    } catch (error) {
      console.error('[links] could not move the company history to its Salesforce Account', error);
      return { ...account, link: { id: link.id, org: null, why: 'its earlier history could not be moved to the Account (the browser refused the write)' } };
    }
  }
  return { ...account, link };
}
