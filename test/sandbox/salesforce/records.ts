/**
 * The Salesforce view of the shared book of business: each sample account becomes an Account, its
 * contacts Contacts, its opportunities Opportunities and its CSMs Users. Rows are derived on every read,
 * and contact updates are written back into the shared `Account`, so C360 and Salesforce never disagree.
 */
import type { Contact } from '../../../lib/shared/accounts/account';
import type { SandboxAccount } from '../data/types';
import { salesforceIdFor } from '../ids';
import type { SandboxState } from '../state';
import { largeOrgOf, type LargeOrg } from './large-org';
import type { SfRow, SfValue } from './row';

export type { SfRow, SfValue } from './row';

/** Salesforce matches a 15-character id and its 18-character form as the same record. */
export function sameId(a: string, b: string): boolean {
  return a.length >= 15 && b.length >= 15 && a.slice(0, 15) === b.slice(0, 15);
}

export function userIdFor(name: string): string {
  return salesforceIdFor('005', name);
}

function splitName(contact: Contact): { first: string | null; last: string } {
  const first = contact.firstName ?? null;
  const last = first && contact.name.startsWith(`${first} `) ? contact.name.slice(first.length + 1) : contact.name;
  return { first, last };
}

function accountRow(a: SandboxAccount): SfRow {
  const f = a.account.fields;
  return {
    Id: a.salesforceId,
    Name: a.account.name,
    Type: f.activeSubscription === false ? 'Former Customer' : 'Customer',
    Website: `https://www.${a.domain}`,
    Customer_Since__c: f.customerSince ?? null,
    Next_Renewal_Date__c: f.renewalDate ?? null,
    ARR__c: f.arr ?? null,
    Segment__c: f.segment ?? null,
    CSM__c: f.csm ? userIdFor(f.csm) : null,
    Plan__c: f.plan ?? null,
    Deployment__c: f.deployment ?? null,
    AB_Group__c: f.abGroup ?? null,
    Control_Group__c: f.controlGroup === true,
    Gainsight_Company_Id__c: a.gainsightId,
    // Digital accounts have no CSM; they are owned by the digital team's user.
    OwnerId: userIdFor(f.csm ?? DIGITAL_OWNER),
  };
}

/** The owner of accounts without a CSM (Tech Touch, Scale): a team user, as orgs keep them. */
export const DIGITAL_OWNER = 'Digital Success';

function contactRow(a: SandboxAccount, c: Contact, roleField: string): SfRow {
  const { first, last } = splitName(c);
  return {
    Id: c.id ?? '',
    Name: c.name,
    FirstName: first,
    LastName: last,
    Email: c.email,
    AccountId: a.salesforceId,
    [roleField]: c.roles.length > 0 ? c.roles.join(';') : null,
    Sold_To__c: c.soldTo,
    Enablement_Enrollment__c: c.enablementEnrollment.length > 0 ? c.enablementEnrollment.join(';') : null,
  };
}

function userRows(state: SandboxState): SfRow[] {
  const seen = new Map<string, SfRow>([[DIGITAL_OWNER, { Id: userIdFor(DIGITAL_OWNER), Name: DIGITAL_OWNER, FirstName: 'Digital', LastName: 'Success', Email: 'digital-success@gitlab.example' }]]);
  for (const a of state.accounts) {
    const { csm, csmEmail } = a.account.fields;
    if (!csm || seen.has(csm)) continue;
    const [first = csm, ...rest] = csm.split(' ');
    seen.set(csm, { Id: userIdFor(csm), Name: csm, FirstName: first, LastName: rest.join(' '), Email: csmEmail ?? null });
  }
  return [...seen.values()];
}

/** All rows of one object, in a stable order: the book's, then the large org's when it is on. */
export function rowsOf(state: SandboxState, objectName: string): SfRow[] {
  const book = bookRowsOf(state, objectName);
  const large = largeOrgOf(state)?.rows[objectName as keyof LargeOrg['rows']];
  return large ? [...book, ...large] : book;
}

const KEY_PREFIXES: Record<string, string> = { Account: '001', Contact: '003', Opportunity: '006', User: '005' };

/** A generated (large org) row by id, of the given object. */
export function largeOrgRow(state: SandboxState, objectName: string, recordId: string): SfRow | undefined {
  if (!recordId.startsWith(KEY_PREFIXES[objectName] ?? '-')) return undefined;
  return largeOrgOf(state)?.byId.get(recordId.slice(0, 15));
}

/** The rows of `childObject` whose `field` names `parentId`: indexed for the large org, scanned for the book. */
export function childRowsOf(state: SandboxState, childObject: string, field: string, parentId: string): SfRow[] {
  const book = bookRowsOf(state, childObject).filter((r) => typeof r[field] === 'string' && sameId(String(r[field]), parentId));
  const large = field === 'AccountId' && (childObject === 'Contact' || childObject === 'Opportunity') ? largeOrgOf(state)?.children[childObject].get(parentId.slice(0, 15)) : undefined;
  return large ? [...book, ...large] : book;
}

function bookRowsOf(state: SandboxState, objectName: string): SfRow[] {
  switch (objectName) {
    case 'Account':
      return state.accounts.map(accountRow);
    case 'Contact':
      return state.accounts.flatMap((a) => (a.account.contacts ?? []).map((c) => contactRow(a, c, state.switches.roleFieldName)));
    case 'Opportunity':
      return state.accounts.flatMap((a) =>
        a.account.opportunities.map((o) => ({
          Id: o.id ?? '',
          Name: o.name,
          Type: o.type,
          StageName: o.stage,
          CloseDate: o.closeDate,
          IsClosed: o.stage?.startsWith('Closed') ?? false,
          IsWon: o.stage === 'Closed Won',
          AccountId: a.salesforceId,
        })),
      );
    case 'User':
      return userRows(state);
    default:
      return [];
  }
}

export function findRow(state: SandboxState, objectName: string, recordId: string): SfRow | undefined {
  return largeOrgRow(state, objectName, recordId) ?? bookRowsOf(state, objectName).find((r) => typeof r.Id === 'string' && sameId(r.Id, recordId));
}

export function findContact(state: SandboxState, contactId: string): { owner: SandboxAccount; contact: Contact } | undefined {
  for (const owner of state.accounts) {
    const contact = (owner.account.contacts ?? []).find((c) => c.id !== undefined && sameId(c.id, contactId));
    if (contact) return { owner, contact };
  }
  return undefined;
}

export function splitMulti(value: SfValue): string[] {
  return typeof value === 'string' ? value.split(';').map((v) => v.trim()).filter((v) => v !== '') : [];
}

/** Applies already-validated Contact field values (canonical API names) to the shared data. */
export function writeContact(state: SandboxState, contact: Contact, changes: SfRow): void {
  const { first, last } = splitName(contact);
  let firstName = first;
  let lastName = last;
  for (const [field, value] of Object.entries(changes)) {
    if (field === state.switches.roleFieldName) contact.roles = splitMulti(value);
    else if (field === 'Sold_To__c') contact.soldTo = value === true;
    else if (field === 'Enablement_Enrollment__c') contact.enablementEnrollment = splitMulti(value);
    else if (field === 'Email') contact.email = typeof value === 'string' && value !== '' ? value : null;
    else if (field === 'FirstName') firstName = typeof value === 'string' && value !== '' ? value : null;
    else if (field === 'LastName') lastName = typeof value === 'string' ? value : lastName;
  }
  if (firstName !== first || lastName !== last) {
    contact.name = firstName ? `${firstName} ${lastName}` : lastName;
    if (firstName) contact.firstName = firstName;
    else delete contact.firstName;
  }
}
