/**
 * The account snapshot: the one plain shape every site adapter produces and everything after the
 * adapters (engine, sidebar, prefill, reminders) consumes. No DOM, no API shapes here.
 *
 * Absence is meaningful and is kept apart from emptiness:
 * - a key missing from `fields` means the adapter could not find that field at all (→ the engine
 *   reports the programs that need it as "unknown"; it never guesses);
 * - a key present with `null` means the field was found and is empty ("—", blank): a known "none";
 * - `unreadable[key]` holds the raw text of a field that was found but could not be parsed
 *   (e.g. a date in no known format); such a key is also missing from `fields`.
 */

import type { AccountFieldKey, AccountFields } from './registry';
import type { IsoDate, Permission } from './vocabulary';

/** The value vocabularies (dates, segments, plans…), shared with the registry. */
export * from './vocabulary';

/** The company fields, declared once in the registry (registry.ts). */
export type { AbGroup, AccountFieldKey, AccountFields } from './registry';

export interface Contact {
  /** Salesforce Contact id or Gainsight person id, when the source exposes one. */
  id?: string;
  name: string;
  firstName?: string;
  email: string | null;
  /** GitLab Role values; multi-valued: "GitLab Admin" is checked with *contains*. */
  roles: string[];
  soldTo: boolean;
  /** Enablement Enrollment values (campaigns a CSM enrolled the contact into by hand). */
  enablementEnrollment: string[];
  /** Owner / Maintainer in the customer's SaaS group; null when not applicable or empty. */
  permission: Permission | null;
}

/** The contact fields a source may lack as a whole (a Salesforce org without the mapped field). */
export type ContactFieldKey = 'roles' | 'soldTo' | 'enablementEnrollment' | 'email';

export interface Opportunity {
  id?: string;
  name: string;
  /** e.g. "New - First Order", "New - Connected", "Growth". */
  type: string | null;
  stage: string | null;
  closeDate: IsoDate | null;
  /** Salesforce's own `IsClosed` / `IsWon`, when the source gives them: better than reading the stage's name. */
  isClosed?: boolean | null;
  isWon?: boolean | null;
}

/** One row of C360 Program Logs: an email a program already sent. */
export interface ProgramLogEntry {
  program: string;
  step: string | null;
  sentOn: IsoDate;
  recipients: string[];
}

export type AccountSource = 'gainsight' | 'salesforce';

export type AccountLink = { id: string; org: string } | { id: string; org: null; why: string };

export interface Account {
  source: AccountSource;
  /**
   * Which org or tenant the record lives in, so a full-copy Salesforce sandbox and production (or two
   * Gainsight tenants) never share reminders or history: the Gainsight tenant's host
   * (`gitlab.gainsightcloud.com`) or the Salesforce org's API host (`gitlab.my.salesforce.com`),
   * lower-cased.
   */
  org: string;
  /** Gainsight company id (cid / rid) or Salesforce Account id (001…). */
  id: string;
  name: string;
  /** The page the snapshot was read from, for links back from reminders. */
  url?: string;
  /** The Salesforce Account id (001…) when a Gainsight page shows it, for links to the account there. */
  salesforceAccountId?: string;
  /**
   * The Salesforce Account a Gainsight company is linked to (its SFDC Account ID, as 18 characters), set
   * by the background, never by a page. With `org` known, the company shares that account's history,
   * reminders and plan; `org` is null, with `why`, while the extension cannot tell which org holds it.
   */
  link?: AccountLink;
  fields: Partial<AccountFields>;
  unreadable: Partial<Record<AccountFieldKey, string>>;
  /** undefined when the contacts could not be read at all (e.g. the section never rendered). */
  contacts: Contact[] | undefined;
  /**
   * Set when `contacts` is only part of the account's contacts (a virtualized grid showing 25 of 140, a
   * query cut short): the user's words for why ("25 of 140 contacts visible"). A partial list can prove an
   * admin exists, never that none does. With `contacts` absent, why none could be read, when the reader knows.
   */
  contactsIncomplete?: string;
  /**
   * Why a field is missing from `fields`, in the user's words, when the adapter knows better than "not on
   * the page", e.g. "Salesforce field Deployment__c is not in this org — map it in Options → Salesforce" or
   * "Renewal Date shows Permission Needed". The engine quotes it in "Needs data".
   */
  fieldNotes?: Partial<Record<AccountFieldKey, string>>;
  /**
   * Why a contact field could not be read for any contact (its Salesforce field is not in the org), e.g.
   * `{ soldTo: "Salesforce field Sold_To__c is not in this org — map it in Options → Salesforce" }`. The
   * contacts then carry an empty value for it, which is not a known "no". A missing role field also sets
   * `contactsIncomplete`, since no contact can then be shown to be or not be the admin.
   */
  contactFieldNotes?: Partial<Record<ContactFieldKey, string>>;
  opportunities: Opportunity[];
  programLogs: ProgramLogEntry[];
}

/** The role value that makes a contact an admin: the one default every setting and check starts from. */
export const GITLAB_ADMIN_ROLE = 'GitLab Admin';

const padded = (text: string): boolean => text.charCodeAt(0) <= 32 || text.charCodeAt(text.length - 1) <= 32;

/** Role check is *contains*, case- and space-insensitive, since tenants type picklist values by hand. */
export function hasRole(contact: Contact, role: string = GITLAB_ADMIN_ROLE, wanted: string = role.trim().toLowerCase()): boolean {
  for (const r of contact.roles) {
    // The exact spelling is the common case and makes no new strings: the engine asks this a lot.
    if (r === role) return true;
    // Only a value as long as the role, or padded with spaces, can match: others are skipped without new strings.
    if (r.length === wanted.length ? r.toLowerCase() === wanted : r.length > wanted.length && padded(r) && r.trim().toLowerCase() === wanted) return true;
  }
  return false;
}

export function gitlabAdmins(account: Account, role: string = GITLAB_ADMIN_ROLE): Contact[] {
  return (account.contacts ?? []).filter((c) => hasRole(c, role));
}
