import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { clearDescribeMemory } from './describe';
import { fakeClient, json, record, soqlOf, type Call } from './fetch.test-support';
import { DEFAULT_SETTINGS } from '../../shared/settings/schema';
import { fetchAccount } from './fetch-account';

const ACCOUNT = '001000000000001AAA';
const SETTINGS = DEFAULT_SETTINGS.salesforce;

/** Every field the settings map, as an org that created them all has them (`CSM__r.Name` is the lookup `CSM__c`, `Owner.Name` the standard `OwnerId`). */
const lookupOf = (head: string): string => (head.endsWith('__r') ? head.replace(/__r$/, '__c') : `${head}Id`);
const MAPPED_ACCOUNT_FIELDS = [...new Set(Object.values(SETTINGS.accountFields).map((api) => (api.includes('.') ? lookupOf(api.split('.')[0]!) : api)))];
const LOOKUPS: Record<string, { label: string; relationshipName: string }> = { CSM__c: { label: 'CSM', relationshipName: 'CSM__r' }, OwnerId: { label: 'Owner ID', relationshipName: 'Owner' } };

const FULL_SCHEMA: Record<string, string[]> = {
  Account: ['Id', 'Name', ...MAPPED_ACCOUNT_FIELDS],
  Contact: ['Id', 'Name', 'FirstName', 'Email', 'AccountId', 'Role__c', 'Sold_To__c', 'Enablement_Enrollment__c'],
  Opportunity: ['Id', 'Name', 'Type', 'StageName', 'CloseDate', 'IsClosed', 'IsWon', 'AccountId'],
  User: ['Id', 'Name', 'Email'],
};

const CONTACTS = [
  record('Contact', { Id: '003A', Name: 'Ada Admin', FirstName: 'Ada', Email: 'ada@acme.example', Role__c: 'GitLab Admin;Billing Contact', Sold_To__c: false, Enablement_Enrollment__c: 'CI Enablement;CD Enablement' }),
  record('Contact', { Id: '003B', Name: 'Sam Sold', FirstName: 'Sam', Email: 'sam@acme.example', Role__c: null, Sold_To__c: true, Enablement_Enrollment__c: null }),
];

interface OrgShape {
  /** Fields the org has, per object; the describe and the query both go by it. */
  schema?: Record<string, string[]>;
  /** Fields the describe lists but the query refuses (a stale describe, field-level security). */
  describeLies?: string[];
  contacts?: ReturnType<typeof record>[];
  /** Contacts per page; later pages fail when `failPage` is set. */
  contactPageSize?: number;
  failPage?: number;
}

/** A small org: answers describes and the SELECTs the adapter sends, with Salesforce's INVALID_FIELD for unknown columns. */
function fakeOrg(shape: OrgShape = {}) {
  const schema = shape.schema ?? FULL_SCHEMA;
  const contacts = shape.contacts ?? CONTACTS;
  const pageSize = shape.contactPageSize ?? 2000;
  const describeOf = (object: string) => ({
    name: object,
    label: object,
    fields: [...(schema[object] ?? []), ...(shape.describeLies ?? [])].map((name) =>
      LOOKUPS[name] ? { name, ...LOOKUPS[name], type: 'reference', referenceTo: ['User'] } : { name, label: name, type: 'string', relationshipName: null, referenceTo: [] },
    ),
  });
  const rows: Record<string, ReturnType<typeof record>[]> = {
    Account: [record('Account', { Id: ACCOUNT, Name: 'Acme', Customer_Since__c: '2026-11-21', Next_Renewal_Date__c: '2027-11-21', ARR__c: 24000, Segment__c: 'Tech Touch', CSM__r: { Name: 'Casey CSM' }, Owner: { Name: 'Avery AE', Email: 'avery@gitlab.example' }, Plan__c: null, Deployment__c: 'SaaS' })],
    Contact: contacts,
    Opportunity: [record('Opportunity', { Id: '006A', Name: 'Acme first order', Type: 'New - First Order', StageName: 'Closed Won', CloseDate: '2026-11-20', IsClosed: true, IsWon: true, AccountId: ACCOUNT })],
  };
  const contactPage = (from: number) => {
    const end = from + pageSize;
    return json({ totalSize: contacts.length, done: end >= contacts.length, ...(end < contacts.length ? { nextRecordsUrl: `/services/data/v66.0/query/01gC-${end}` } : {}), records: contacts.slice(from, end) });
  };
  return fakeClient((url) => {
    const describe = /\/sobjects\/(\w+)\/describe$/.exec(url.pathname);
    if (describe) return schema[describe[1]!] ? json(describeOf(describe[1]!)) : json([{ errorCode: 'NOT_FOUND', message: 'nope' }], 404);
    const more = /\/query\/01gC-(\d+)$/.exec(url.pathname);
    if (more) {
      const from = Number(more[1]);
      return shape.failPage !== undefined && from / pageSize >= shape.failPage ? json([{ message: 'Service Unavailable', errorCode: 'SERVER_UNAVAILABLE' }], 503) : contactPage(from);
    }
    const soql = url.searchParams.get('q') ?? '';
    const m = /^SELECT (.+) FROM (\w+)/.exec(soql)!;
    const object = m[2]!;
    for (const field of m[1]!.split(', ')) {
      const head = field.split('.')[0]!;
      const known = (schema[object] ?? []).some((f) => f === head || (head !== 'Id' && f === lookupOf(head)));
      if (!known) return json([{ message: `\nSELECT ${m[1]}\n^\nERROR at Row:1:Column:8\nNo such column '${head}' on entity '${object}'.`, errorCode: 'INVALID_FIELD' }], 400);
    }
    if (object === 'Opportunity' && soql.includes("WHERE Id = '")) return json({ totalSize: 1, done: true, records: [record('Opportunity', { AccountId: ACCOUNT })] });
    if (object === 'Contact') return contactPage(0);
    return json({ totalSize: rows[object]!.length, done: true, records: rows[object] });
  });
}

const page = (object: 'Account' | 'Opportunity', id: string) => ({ object, id, url: `https://gitlab.lightning.force.com/lightning/r/${object}/${id}/view` });
const queriesOf = (calls: Call[]) => calls.map(soqlOf).filter((q): q is string => q !== null);

beforeEach(() => {
  fakeBrowser.reset();
  clearDescribeMemory();
});

describe('the account snapshot from the Salesforce API', () => {
  it('maps the account, contacts with their multi-select roles, and opportunities with IsClosed/IsWon', async () => {
    const { client } = fakeOrg();
    const result = await fetchAccount(client, page('Account', ACCOUNT), SETTINGS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const account = result.data;
    expect(account).toMatchObject({ source: 'salesforce', org: 'gitlab.my.salesforce.com', id: ACCOUNT, name: 'Acme' });
    expect(account.fields).toMatchObject({ customerSince: '2026-11-21', renewalDate: '2027-11-21', arr: 24000, segment: 'Tech Touch', csm: 'Casey CSM', plan: null, deployment: 'SaaS', ae: 'Avery AE', aeEmail: 'avery@gitlab.example' });
    expect(account.fieldNotes).toBeUndefined();
    expect(account.contactsIncomplete).toBeUndefined();
    expect(account.contacts?.[0]).toMatchObject({ name: 'Ada Admin', roles: ['GitLab Admin', 'Billing Contact'], soldTo: false, enablementEnrollment: ['CI Enablement', 'CD Enablement'] });
    expect(account.contacts?.[1]).toMatchObject({ roles: [], soldTo: true });
    expect(account.opportunities[0]).toMatchObject({ type: 'New - First Order', isClosed: true, isWon: true });
  });

  it('finds the account of an opportunity page first', async () => {
    const { client, calls } = fakeOrg();
    const result = await fetchAccount(client, page('Opportunity', '006000000000001AAA'), SETTINGS);
    expect(result.ok && result.data.url).toBe(`https://gitlab.lightning.force.com/lightning/r/Account/${ACCOUNT}/view`);
    expect(queriesOf(calls)[0]).toBe("SELECT AccountId FROM Opportunity WHERE Id = '006000000000001AAA'");
  });

  it('uses the role field named in the settings', async () => {
    const { client, calls } = fakeOrg({ schema: { ...FULL_SCHEMA, Contact: [...FULL_SCHEMA.Contact!, 'GitLab_Role__c'] } });
    await fetchAccount(client, page('Account', ACCOUNT), { ...SETTINGS, roleField: 'GitLab_Role__c' });
    expect(queriesOf(calls).find((q) => q.includes('FROM Contact'))).toContain('GitLab_Role__c');
  });

  it('refuses an id that could smuggle SOQL', async () => {
    const { client, calls } = fakeOrg();
    const result = await fetchAccount(client, page('Account', "001' OR Name != '"), SETTINGS);
    expect(result.ok).toBe(false);
    expect(calls).toHaveLength(0);
  });
});

describe('an org that lacks mapped fields', () => {
  const lean = { ...FULL_SCHEMA, Account: FULL_SCHEMA.Account!.filter((f) => f !== 'Deployment__c'), Contact: FULL_SCHEMA.Contact!.filter((f) => f !== 'Enablement_Enrollment__c') };

  it('asks only for the fields the org has, and names each missing one with the setting to change', async () => {
    const { client, calls } = fakeOrg({ schema: lean });
    const result = await fetchAccount(client, page('Account', ACCOUNT), SETTINGS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(queriesOf(calls).join('\n')).not.toMatch(/Deployment__c|Enablement_Enrollment__c/);
    expect(result.data.fields).not.toHaveProperty('deployment');
    expect(result.data.fields.renewalDate).toBe('2027-11-21');
    expect(result.data.fieldNotes).toEqual({ deployment: 'Salesforce field Deployment__c is not in this org — map it in Options → Salesforce' });
    expect(result.data.contactFieldNotes).toEqual({ enablementEnrollment: 'Salesforce field Enablement_Enrollment__c is not in this org — map it in Options → Salesforce' });
    // The rest of the contacts still reads: the admin is known.
    expect(result.data.contacts?.[0]?.roles).toContain('GitLab Admin');
    expect(result.data.contactsIncomplete).toBeUndefined();
  });

  it('without the role field: the contacts read, the admin verdict is unknown with the reason, never "no admin"', async () => {
    const { client } = fakeOrg({ schema: { ...FULL_SCHEMA, Contact: FULL_SCHEMA.Contact!.filter((f) => f !== 'Role__c') } });
    const result = await fetchAccount(client, page('Account', ACCOUNT), SETTINGS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.contacts).toHaveLength(2);
    expect(result.data.contactsIncomplete).toMatch(/no contact's role could be read \(Salesforce field Role__c is not in this org — map it in Options → Salesforce\)/);
    expect(result.data.contactFieldNotes?.roles).toMatch(/Role__c/);
  });

  it('drops a field Salesforce refuses though the describe listed it, and asks again', async () => {
    const { client, calls } = fakeOrg({ schema: lean, describeLies: ['Deployment__c'] });
    const result = await fetchAccount(client, page('Account', ACCOUNT), SETTINGS);
    expect(result.ok && result.data.fieldNotes?.deployment).toMatch(/Deployment__c is not in this org/);
    const accountQueries = queriesOf(calls).filter((q) => q.includes('FROM Account'));
    expect(accountQueries).toHaveLength(2);
    expect(accountQueries[1]).not.toContain('Deployment__c');
  });

  it('still reads when the org refuses to describe: it asks, and leaves out what Salesforce refuses', async () => {
    const { client } = fakeOrg({ schema: { ...lean, Account: lean.Account! } });
    const noDescribe = { ...client, describe: async () => ({ ok: false as const, error: { kind: 'no-access' as const, message: 'no' } }) };
    const result = await fetchAccount(noDescribe, page('Account', ACCOUNT), SETTINGS);
    expect(result.ok && result.data.fieldNotes?.deployment).toMatch(/Deployment__c/);
    expect(result.ok && result.data.fields.segment).toBe('Tech Touch');
  });
});

describe('honest contact lists', () => {
  const many = Array.from({ length: 5 }, (_, i) => record('Contact', { Id: `003${i}`, Name: `Person ${i}`, Email: `p${i}@acme.example`, Role__c: null, Sold_To__c: i === 0 }));

  it('reads every page of contacts', async () => {
    const { client } = fakeOrg({ contacts: many, contactPageSize: 2 });
    const result = await fetchAccount(client, page('Account', ACCOUNT), SETTINGS);
    expect(result.ok && result.data.contacts).toHaveLength(5);
    expect(result.ok && result.data.contactsIncomplete).toBeUndefined();
  });

  it('a read cut short mid-way says the list is incomplete, so no "no GitLab Admin" can follow', async () => {
    const { client } = fakeOrg({ contacts: many, contactPageSize: 2, failPage: 1 });
    const result = await fetchAccount(client, page('Account', ACCOUNT), SETTINGS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.contacts).toHaveLength(2);
    expect(result.data.contactsIncomplete).toMatch(/^only 2 of 5 contacts could be read \(Salesforce is unavailable/);
  });
});
