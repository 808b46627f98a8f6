/**
 * Whose history a record's sends, reminders and plan are kept under. A Customer360 company and its
 * Salesforce Account are one company ("one company, one history"): once the company is linked to an
 * Account in a known org, both pages use the Account's identity (org host + 18-character id), so a send
 * marked on either page is the same record on the other.
 */
import type { Account, AccountSource } from './account';

export interface HistoryOwner {
  source: AccountSource;
  org: string;
  id: string;
}

export function historyOwnerOf(account: Pick<Account, 'source' | 'org' | 'id' | 'link'>): HistoryOwner {
  const link = account.link;
  if (link && link.org !== null) return { source: 'salesforce', org: link.org, id: link.id };
  return { source: account.source, org: account.org, id: account.id };
}
