/** Links from the book to a record in Salesforce, on the Lightning host the account's own link names. */
import type { Account } from '../../shared/accounts/account';
import { isRecordId } from '../../shared/accounts/salesforce-ids';

/** The Lightning page of one of the account's opportunities; null when either id cannot be trusted. */
export function opportunityUrl(account: Pick<Account, 'url'>, opportunityId: string | undefined): string | null {
  if (!account.url || !isRecordId(opportunityId)) return null;
  const url = new URL(account.url);
  if (url.protocol !== 'https:' || !/\/lightning\/r\/Account\/\w+\/view$/.test(url.pathname)) return null;
  return `${url.origin}/lightning/r/Opportunity/${opportunityId}/view`;
}
