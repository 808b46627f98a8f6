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

function senderEmail({ sender, senderKind, account }: ValueSources): string | undefined {
  if (senderKind === 'customer-enablement') return sender.genericAddress || sender.email || undefined;
  if (senderKind === 'csm') return sender.email || account.fields.csmEmail || undefined;
  return sender.email || undefined;
}

export function tokenValues(sources: ValueSources): TokenValues {
  const { account, contacts, sender, senderKind, locale } = sources;
  const { fields } = account;
  return {
    'account.name': account.name,
    'contact.firstName': joinNames(contacts.map(firstNameOf)),
    'contact.name': joinNames(contacts.map((c) => c.name)),
    'contact.email': contacts.flatMap((c) => (c.email ? [c.email] : [])).join(', '),
    // The CSM using the extension is the sender; without a configured name, a CSM-sent program falls
    // back to the account's CSM as the page shows it.
    'sender.name': sender.name || (senderKind === 'csm' ? (fields.csm ?? undefined) : undefined),
    'sender.email': senderEmail(sources),
    'sender.title': sender.title || undefined,
    'csm.name': fields.csm ?? undefined,
    'csm.email': fields.csmEmail ?? undefined,
    'dates.renewal': longDate(fields.renewalDate, locale),
    'dates.customerSince': longDate(fields.customerSince, locale),
    'dates.subscriptionStart': longDate(fields.subscriptionStartDate, locale),
  };
}
