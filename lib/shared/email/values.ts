/**
 * What each token stands for on one account, for one set of recipients. Every value here is plain text
 * (page data, settings); fill-tokens.ts escapes it on the way into HTML.
 */
import type { Account, Contact, IsoDate } from '../accounts/account';
import type { Sender } from '../programs/types';
import type { Settings } from '../settings/schema';
import type { TokenValues } from './fill-tokens';

export interface ValueSources {
  account: Pick<Account, 'name' | 'fields'>;
  /** The contacts the email goes to; `contact.*` tokens name all of them ("Ada and Sam"). */
  contacts: readonly Contact[];
  sender: Settings['sender'];
  /** Who the program says sends it: the CSM, the AE, or the generic customer-enablement address. */
  senderKind: Sender;
  /** For dates in the copy; defaults to the browser's language. */
  locale?: string;
}

/** "Ada", "Ada and Sam", "Ada, Sam and Lee". */
export function joinNames(names: readonly string[]): string {
  const list = names.filter((n) => n.trim() !== '');
  if (list.length <= 1) return list[0] ?? '';
  return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

export function firstNameOf(contact: Contact): string {
  return contact.firstName?.trim() || contact.name.trim().split(/\s+/)[0] || '';
}

/** A calendar date in words in the reader's language; the date has no time zone, so none is applied. */
export function longDate(date: IsoDate | null | undefined, locale?: string): string | undefined {
  if (!date) return undefined;
  const instant = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(instant.getTime())) return undefined;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(instant);
}

/**
 * The signer's name, title and address. The CSM/TAM is the user (Gainsight sends a task's email from its
 * owner), with the account's CSM as the page names it while the user's identity is not set. The AE is the
 * account's, as the page or Salesforce names it; "Account Executive" is the role's name in seed 003. The
 * generic address signs with the user's name.
 */
function signer({ sender, senderKind, account }: ValueSources): { name?: string; title?: string; email?: string } {
  const { fields } = account;
  if (senderKind === 'account-executive') {
    return { name: fields.ae ?? undefined, title: fields.ae ? 'Account Executive' : undefined, email: fields.aeEmail ?? undefined };
  }
  const name = sender.name || (senderKind === 'csm' ? (fields.csm ?? undefined) : undefined);
  const own = senderKind === 'customer-enablement' ? sender.genericAddress || sender.email : sender.email || fields.csmEmail;
  return { name, title: sender.title || undefined, email: own || undefined };
}

export function tokenValues(sources: ValueSources): TokenValues {
  const { account, contacts, locale } = sources;
  const { fields } = account;
  const from = signer(sources);
  return {
    'account.name': account.name,
    'contact.firstName': joinNames(contacts.map(firstNameOf)),
    'contact.name': joinNames(contacts.map((c) => c.name)),
    'contact.email': contacts.flatMap((c) => (c.email ? [c.email] : [])).join(', '),
    'sender.name': from.name,
    'sender.email': from.email,
    'sender.title': from.title,
    'csm.name': fields.csm ?? undefined,
    'csm.email': fields.csmEmail ?? undefined,
    'dates.renewal': longDate(fields.renewalDate, locale),
    'dates.customerSince': longDate(fields.customerSince, locale),
    'dates.subscriptionStart': longDate(fields.subscriptionStartDate, locale),
  };
}
