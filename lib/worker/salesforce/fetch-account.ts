import type { Account, AccountFieldKey, Contact, ContactFieldKey, Opportunity } from '../../shared/accounts/account';
import { readFields } from '../../shared/accounts/field-values';
import type { SalesforceClient } from './client';
import { createDescriber, type Describer } from './describe';
import { remedyOf, salesforceError, type SalesforceError, type SalesforceResult } from '../../shared/salesforce/errors';
import { queryExistingFields } from './query-existing';
import type { SalesforcePage } from '../../shared/urls/record-urls';
import type { Settings } from '../../shared/settings/schema';
import { asText, pick, toContact, toOpportunity } from './records';
import { isRecordId } from '../../shared/accounts/salesforce-ids';

/**
 * Builds the account snapshot from the Salesforce REST API (run in the background worker). Field API
 * names come from the settings, since every org names its custom fields its own way; the org's
 * describe decides which of them are asked for, so a field the org lacks becomes "Needs data" with
 * the setting to change, and never blanks the panel.
 */

type SalesforceSettings = Settings['salesforce'];

export interface FetchAccountOptions {
  signal?: AbortSignal;
  /** The org's describe (cached); one is made for the client when not given. */
  describer?: Describer;
  /** Account.org; the client's API host when not given. */
  org?: string;
}

/**
 * Contacts of one account read at most: beyond, the list is marked partial. Salesforce pages 2,000
 * rows by default (200 at the least), so the page bound only stops a runaway; the row bound is the limit.
 */
export const MAX_CONTACT_ROWS = 10_000;
export const MAX_CONTACT_PAGES = 100;
/** Opportunities of one account read at most, newest first. */
export const MAX_OPPORTUNITY_PAGES = 2;

export function missingFieldNote(apiName: string): string {
  return `Salesforce field ${apiName} is not in this org — map it in Options → Salesforce`;
}

/** Failures that are about the session or the org, not about one query: the whole read stops on them. */
function stopsTheRead(error: SalesforceError): boolean {
  const remedy = remedyOf(error);
  return error.kind === 'aborted' || remedy === 'sign-in' || remedy === 'read-page';
}

/** A failure that concerns fields in the settings names the setting to correct, the only thing the user can do. */
function explainFieldError(error: SalesforceError): SalesforceError {
  if (error.kind !== 'unknown-field') return error;
  return { ...error, message: `Salesforce refused a field named in Options → Salesforce (${error.detail ?? 'unknown field'}). Correct it there.` };
}

async function accountIdFor(client: SalesforceClient, page: Pick<SalesforcePage, 'object' | 'id'>, signal?: AbortSignal): Promise<SalesforceResult<string>> {
  if (page.object === 'Account') return { ok: true, data: page.id };
  const result = await client.query(`SELECT AccountId FROM ${page.object} WHERE Id = '${page.id}'`, { signal });
  if (!result.ok) return result;
  const accountId = asText(result.data[0]?.AccountId);
  return isRecordId(accountId)
    ? { ok: true, data: accountId }
    : { ok: false, error: salesforceError('not-found', { message: `This ${page.object} is not linked to an account in Salesforce.` }) };
}

interface ContactsReading {
  contacts: Contact[] | undefined;
  incomplete?: string;
  notes: Partial<Record<ContactFieldKey, string>>;
}

async function readContacts(client: SalesforceClient, describer: Describer, accountId: string, settings: SalesforceSettings, signal?: AbortSignal): Promise<SalesforceResult<ContactsReading>> {
  const mapped: [ContactFieldKey, string][] = [
    ['roles', settings.roleField],
    ['soldTo', settings.soldToField],
    ['enablementEnrollment', settings.enablementField],
    ['email', 'Email'],
  ];
  const { result, missing } = await queryExistingFields(
    client,
    describer,
    {
      object: 'Contact',
      required: ['Id', 'Name'],
      optional: ['FirstName', ...mapped.map(([, api]) => api)],
      rest: () => `WHERE AccountId = '${accountId}' ORDER BY Name`,
    },
    { signal, maxPages: MAX_CONTACT_PAGES, maxRows: MAX_CONTACT_ROWS },
  );
  if (!result.ok) {
    if (stopsTheRead(result.error)) return result;
    // The account still shows; the contacts are unknown (never "none"), so no admin verdict is guessed.
    return { ok: true, data: { contacts: undefined, notes: {}, incomplete: `the contacts could not be read: ${result.error.message}` } };
  }
  const notes: ContactsReading['notes'] = {};
  for (const [key, api] of mapped) if (missing.includes(api)) notes[key] = missingFieldNote(api);
  const { records, totalSize, cutShort } = result.data;
  const reasons: string[] = [];
  if (cutShort) reasons.push(`only ${records.length} of ${totalSize} contacts could be read (${cutShort.message})`);
  if (notes.roles) reasons.push(`no contact's role could be read (${notes.roles})`);
  return {
    ok: true,
    data: {
      contacts: records.map((r) => toContact(r, settings)),
      notes,
      ...(reasons.length ? { incomplete: reasons.join('; ') } : {}),
    },
  };
}

async function readOpportunities(client: SalesforceClient, describer: Describer, accountId: string, signal?: AbortSignal): Promise<SalesforceResult<Opportunity[]>> {
  const { result } = await queryExistingFields(
    client,
    describer,
    {
      object: 'Opportunity',
      required: ['Id', 'Name'],
      optional: ['Type', 'StageName', 'CloseDate', 'IsClosed', 'IsWon'],
      rest: (kept) => `WHERE AccountId = '${accountId}'${kept.has('CloseDate') ? ' ORDER BY CloseDate DESC' : ''}`,
    },
    { signal, maxPages: MAX_OPPORTUNITY_PAGES },
  );
  if (!result.ok) return stopsTheRead(result.error) ? result : { ok: true, data: [] };
  return { ok: true, data: result.data.records.map(toOpportunity) };
}

export async function fetchAccount(
  client: SalesforceClient,
  page: { object: SalesforcePage['object']; id: string; url: string },
  settings: SalesforceSettings,
  options: FetchAccountOptions = {},
): Promise<SalesforceResult<Account>> {
  const { signal } = options;
  if (!isRecordId(page.id)) return { ok: false, error: salesforceError('not-found') };
  const accountId = await accountIdFor(client, page, signal);
  if (!accountId.ok) return accountId;
  const id = accountId.data;
  const describer = options.describer ?? createDescriber(client);
  const fieldMap = Object.entries(settings.accountFields) as [AccountFieldKey, string][];

  const [accounts, contacts, opportunities] = await Promise.all([
    queryExistingFields(client, describer, { object: 'Account', required: ['Id', 'Name'], optional: fieldMap.map(([, api]) => api), rest: () => `WHERE Id = '${id}'` }, { signal }),
    readContacts(client, describer, id, settings, signal),
    readOpportunities(client, describer, id, signal),
  ]);
  if (!accounts.result.ok) return { ok: false, error: explainFieldError(accounts.result.error) };
  if (!contacts.ok) return contacts;
  if (!opportunities.ok) return opportunities;
  const record = accounts.result.data.records[0];
  if (!record) return { ok: false, error: salesforceError('not-found') };

  // API dates are ISO already; numbers arrive as numbers. Both go through the same reader, and an
  // empty API value is a known empty field, never a missing one.
  const present = fieldMap.filter(([, api]) => !accounts.missing.includes(api));
  const { fields, unreadable } = readFields(present.map(([key, api]) => [key, String(pick(record, api) ?? '')] as const), 'YMD');
  const fieldNotes: Partial<Record<AccountFieldKey, string>> = {};
  for (const [key, api] of fieldMap) if (accounts.missing.includes(api)) fieldNotes[key] = missingFieldNote(api);
  const { contacts: list, incomplete, notes } = contacts.data;
  return {
    ok: true,
    data: {
      source: 'salesforce',
      org: (options.org ?? client.apiHost).toLowerCase(),
      id,
      name: asText(record.Name) ?? id,
      url: page.url.replace(/\/lightning\/r\/\w+\/\w+\/view.*/, `/lightning/r/Account/${id}/view`),
      fields,
      unreadable,
      ...(Object.keys(fieldNotes).length ? { fieldNotes } : {}),
      contacts: list,
      ...(incomplete ? { contactsIncomplete: incomplete } : {}),
      ...(Object.keys(notes).length ? { contactFieldNotes: notes } : {}),
      opportunities: opportunities.data,
      programLogs: [],
    },
  };
}
