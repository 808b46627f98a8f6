/**
 * Which fields the book query may ask for, decided by the org's describe first (as record pages do):
 * every mapped field the org lacks is left out and noted in the same words, the CSM lookup is found by
 * the relationship the CSM mapping names, and the segment filter is applied only if the org has the field.
 */
import type { AccountFieldKey, ContactFieldKey } from '../../shared/accounts/account';
import { missingFieldNote } from '../salesforce/fetch-account';
import type { Describer } from '../salesforce/describe';
import { checkFieldPaths, type FieldState } from '../salesforce/query-existing';
import type { Settings } from '../../shared/settings/schema';

export interface BookFields {
  /** Account fields to select (Id, Name, OwnerId and the mapped ones the org has). */
  account: string[];
  /** Mapped account fields the org has, by key; and those it lacks. */
  mapped: [AccountFieldKey, string][];
  missing: [AccountFieldKey, string][];
  contact: string[];
  /** Contact fields the org lacks, with the note the engine quotes. */
  contactNotes: Partial<Record<ContactFieldKey, string>>;
  opportunity: string[];
  /** The Account lookup to the CSM user, or null when the CSM mapping is not one. */
  csmField: string | null;
  /** The segment field, or null when the org lacks it. */
  segmentField: string | null;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The contact fields the engine reads, each with the API name the settings give it. */
const contactFieldsOf = (settings: Settings['salesforce']): [ContactFieldKey, string][] => [
  ['email', 'Email'],
  ['roles', settings.roleField],
  ['soldTo', settings.soldToField],
  ['enablementEnrollment', settings.enablementField],
];
const kept = (states: Map<string, FieldState>, path: string) => states.get(path) !== 'missing';

/** `CSM__r.Name` → the lookup `CSM__c` when it points to User; a mapping naming the lookup itself works too. */
async function csmLookup(describer: Describer, mapping: string, signal?: AbortSignal): Promise<string | null> {
  const account = await describer.describe('Account', { signal });
  if (!account.ok) return null;
  const [head = '', ...rest] = mapping.split('.');
  const lookup = account.data.fields.find((f) => (rest.length ? f.relationshipName !== null && same(f.relationshipName, head) : same(f.name, head)));
  return lookup && lookup.referenceTo.some((target) => same(target, 'User')) ? lookup.name : null;
}

export async function bookFields(describer: Describer, settings: Settings['salesforce'], signal?: AbortSignal): Promise<BookFields> {
  const mappedAccount = Object.entries(settings.accountFields) as [AccountFieldKey, string][];
  const contactMapped = contactFieldsOf(settings);
  const opportunityOptional = ['Type', 'StageName', 'CloseDate', 'IsClosed', 'IsWon'];
  // A CSM lookup leads to User: described alongside the others rather than after Account's answer.
  if (settings.accountFields.csm.includes('.')) void describer.describe('User', { signal });
  const [accountStates, contactStates, opportunityStates, csmField] = await Promise.all([
    checkFieldPaths(describer, 'Account', mappedAccount.map(([, api]) => api), signal),
    checkFieldPaths(describer, 'Contact', ['FirstName', ...contactMapped.map(([, api]) => api)], signal),
    checkFieldPaths(describer, 'Opportunity', opportunityOptional, signal),
    csmLookup(describer, settings.accountFields.csm, signal),
  ]);
  const mapped = mappedAccount.filter(([, api]) => kept(accountStates, api));
  const contactNotes: BookFields['contactNotes'] = {};
  for (const [key, api] of contactMapped) if (!kept(contactStates, api)) contactNotes[key] = missingFieldNote(api);
  return {
    account: ['Id', 'Name', 'OwnerId', ...mapped.map(([, api]) => api)],
    mapped,
    missing: mappedAccount.filter(([, api]) => !kept(accountStates, api)),
    contact: ['Id', 'Name', ...['FirstName', ...contactMapped.map(([, api]) => api)].filter((api) => kept(contactStates, api))],
    contactNotes,
    opportunity: ['Id', 'Name', ...opportunityOptional.filter((api) => kept(opportunityStates, api))],
    csmField,
    segmentField: kept(accountStates, settings.accountFields.segment) ? settings.accountFields.segment : null,
  };
}

/**
 * Leaves out a field Salesforce refused although the describe listed it (a stale describe), noting it as
 * missing; false when it is none of the fields that may be left out.
 */
export function dropRefused(fields: BookFields, named: string, settings: Settings['salesforce']): boolean {
  const matches = (field: string) => same(field, named) || same(field.split('.')[0] ?? '', named);
  const removeFrom = (list: string[], required: number): string | null => {
    const at = list.findIndex((f, i) => i >= required && matches(f));
    return at < 0 ? null : (list.splice(at, 1)[0] ?? null);
  };
  const account = removeFrom(fields.account, 3);
  if (account) {
    fields.missing.push(...fields.mapped.filter(([, api]) => api === account));
    fields.mapped = fields.mapped.filter(([, api]) => api !== account);
    if (fields.segmentField === account) fields.segmentField = null;
    return true;
  }
  const contact = removeFrom(fields.contact, 2);
  if (contact) {
    for (const [key, api] of contactFieldsOf(settings)) if (api === contact) fields.contactNotes[key] = missingFieldNote(api);
    return true;
  }
  return removeFrom(fields.opportunity, 2) !== null;
}
