import type { Account, Contact } from '@/lib/shared/accounts/account';
import type { RecordPage } from '@/lib/shared/urls/record-urls';

/** Salesforce treats a 15-character id and its 18-character form as the same record. */
export function sameRecordId(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && a.length >= 15 && b.length >= 15 && a.slice(0, 15) === b.slice(0, 15);
}

/** The contact whose Lightning page is open, if it is one of the account's. */
export function contactOnPage(account: Account, page: RecordPage | null | undefined): Contact | undefined {
  if (page?.site !== 'salesforce' || page.object !== 'Contact') return undefined;
  return account.contacts?.find((c) => sameRecordId(c.id, page.id));
}

/**
 * Who to offer as GitLab Admin: on a Contact page that contact alone (the user is looking at it);
 * otherwise every contact with an id, Sold-To first since the buyer is the usual first admin.
 */
export function fixCandidates(account: Account, onPage: Contact | undefined): Contact[] {
  if (onPage) return onPage.id ? [onPage] : [];
  const withId = (account.contacts ?? []).filter((c) => !!c.id);
  return [...withId.filter((c) => c.soldTo), ...withId.filter((c) => !c.soldTo)];
}
