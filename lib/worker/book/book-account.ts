/**
 * One row of the book query → the account snapshot the engine plans, the same shape (and the same
 * "Needs data" notes) a Lightning record page gives through the REST API.
 */
import type { Account, AccountFieldKey, ContactFieldKey } from '../../shared/accounts/account';
import { readFields } from '../../shared/accounts/field-values';
import { missingFieldNote } from '../salesforce/fetch-account';
import { asText, pick, toContact, toOpportunity } from '../salesforce/records';
import type { SalesforceRecord } from '../../shared/salesforce/types';
import type { Settings } from '../../shared/settings/schema';
import type { BookFields } from './book-fields';

export interface ChildList {
  totalSize: number;
  done: boolean;
  nextRecordsUrl?: string;
  records: SalesforceRecord[];
}

/** A child subquery's list as nested in its parent row; Salesforce gives null for a parent without children. */
export function childListOf(record: SalesforceRecord, relationship: 'Contacts' | 'Opportunities'): ChildList {
  const list = pick(record, relationship);
  if (!list || typeof list !== 'object' || !Array.isArray((list as ChildList).records)) return { totalSize: 0, done: true, records: [] };
  return list as ChildList;
}

export interface BookAccountInput {
  record: SalesforceRecord;
  contacts: SalesforceRecord[];
  opportunities: SalesforceRecord[];
  /** Why the contact list is only part of the account's contacts (a child page failed or hit the bound). */
  contactsCutShort?: string;
}

export function bookAccount(input: BookAccountInput, fields: BookFields, settings: Settings['salesforce'], org: { apiHost: string; lightningHost: string | null }): Account {
  const { record } = input;
  const id = asText(record.Id) ?? '';
  const { fields: values, unreadable } = readFields(fields.mapped.map(([key, api]) => [key, String(pick(record, api) ?? '')] as const), 'YMD');
  const fieldNotes: Partial<Record<AccountFieldKey, string>> = {};
  for (const [key, api] of fields.missing) fieldNotes[key] = missingFieldNote(api);
  const contactNotes: Partial<Record<ContactFieldKey, string>> = fields.contactNotes;
  const incomplete = [
    ...(input.contactsCutShort ? [input.contactsCutShort] : []),
    ...(contactNotes.roles ? [`no contact's role could be read (${contactNotes.roles})`] : []),
  ];
  return {
    source: 'salesforce',
    org: org.apiHost.toLowerCase(),
    id,
    name: asText(record.Name) ?? id,
    ...(org.lightningHost ? { url: `https://${org.lightningHost}/lightning/r/Account/${id}/view` } : {}),
    fields: values,
    unreadable,
    ...(fields.missing.length ? { fieldNotes } : {}),
    contacts: input.contacts.map((c) => toContact(c, settings)),
    ...(incomplete.length ? { contactsIncomplete: incomplete.join('; ') } : {}),
    ...(Object.keys(contactNotes).length ? { contactFieldNotes: contactNotes } : {}),
    opportunities: input.opportunities.map(toOpportunity),
    programLogs: [],
  };
}
