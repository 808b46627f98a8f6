import { describe, expect, it } from 'vitest';
import { createSalesforceClient } from '../../salesforce/client';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import { fetchAccount } from './fetch-account';

const ACCOUNT = '001000000000001AAA';
const rec = (type: string, fields: Record<string, unknown>) => ({ attributes: { type, url: `/x/${type}` }, ...fields });

function fakeOrg(overrides: { contactError?: unknown } = {}) {
  const queries: string[] = [];
  const fetch = async (input: RequestInfo | URL) => {
    const soql = new URL(String(input)).searchParams.get('q') ?? '';
    queries.push(soql);
    const body = (records: unknown[]) => new Response(JSON.stringify({ totalSize: records.length, done: true, records }));
    if (soql.includes('FROM Opportunity WHERE Id')) return body([rec('Opportunity', { AccountId: ACCOUNT })]);
    if (soql.includes('FROM Account')) {
      return body([rec('Account', { Id: ACCOUNT, Name: 'Acme', Customer_Since__c: '2026-11-21', Next_Renewal_Date__c: '2027-11-21', ARR__c: 24000, Segment__c: 'Tech Touch', CSM__r: { Name: 'Casey CSM' }, Plan__c: null, Deployment__c: 'SaaS' })]);
    }
    if (soql.includes('FROM Contact')) {
      if (overrides.contactError) return new Response(JSON.stringify(overrides.contactError), { status: 400 });
      return body([
        rec('Contact', { Id: '003A', Name: 'Ada Admin', FirstName: 'Ada', Email: 'ada@acme.example', Role__c: 'GitLab Admin;Billing Contact', Sold_To__c: false, Enablement_Enrollment__c: 'CI Enablement;CD Enablement' }),
        rec('Contact', { Id: '003B', Name: 'Sam Sold', FirstName: 'Sam', Email: 'sam@acme.example', Role__c: null, Sold_To__c: true }),
      ]);
    }
    return body([rec('Opportunity', { Id: '006A', Name: 'Acme first order', Type: 'New - First Order', StageName: 'Closed Won', CloseDate: '2026-11-20' })]);
  };
  const client = createSalesforceClient({ apiHost: 'gitlab.my.salesforce.com', apiVersion: '66.0', getSessionId: async () => 'sid', fetch: fetch as typeof globalThis.fetch });
  return { client, queries };
}

const page = (object: 'Account' | 'Opportunity', id: string) => ({ object, id, url: `https://gitlab.lightning.force.com/lightning/r/${object}/${id}/view` });

describe('the account snapshot from the Salesforce API', () => {
  it('maps the account, contacts with their multi-select roles, and opportunities', async () => {
    const { client } = fakeOrg();
    const result = await fetchAccount(client, page('Account', ACCOUNT), DEFAULT_SETTINGS.salesforce);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const account = result.data;
    expect(account).toMatchObject({ source: 'salesforce', id: ACCOUNT, name: 'Acme' });
    expect(account.fields).toEqual({ customerSince: '2026-11-21', renewalDate: '2027-11-21', arr: 24000, segment: 'Tech Touch', csm: 'Casey CSM', plan: null, deployment: 'SaaS' });
    expect(account.contacts?.[0]).toMatchObject({ name: 'Ada Admin', roles: ['GitLab Admin', 'Billing Contact'], soldTo: false, enablementEnrollment: ['CI Enablement', 'CD Enablement'] });
    expect(account.contacts?.[1]).toMatchObject({ roles: [], soldTo: true });
    expect(account.opportunities[0]).toMatchObject({ type: 'New - First Order' });
  });

  it('finds the account of an opportunity page first', async () => {
    const { client, queries } = fakeOrg();
    const result = await fetchAccount(client, page('Opportunity', '006000000000001AAA'), DEFAULT_SETTINGS.salesforce);
    expect(result.ok && result.data.url).toBe(`https://gitlab.lightning.force.com/lightning/r/Account/${ACCOUNT}/view`);
    expect(queries[0]).toBe("SELECT AccountId FROM Opportunity WHERE Id = '006000000000001AAA'");
  });

  it('uses the role field named in the settings', async () => {
    const { client, queries } = fakeOrg();
    await fetchAccount(client, page('Account', ACCOUNT), { ...DEFAULT_SETTINGS.salesforce, roleField: 'GitLab_Role__c' });
    expect(queries.find((q) => q.includes('FROM Contact'))).toContain('GitLab_Role__c');
  });

  it('names the setting to correct when Salesforce does not know the role field', async () => {
    const { client } = fakeOrg({ contactError: [{ errorCode: 'INVALID_FIELD', message: "No such column 'Role__c' on entity 'Contact'" }] });
    const result = await fetchAccount(client, page('Account', ACCOUNT), DEFAULT_SETTINGS.salesforce);
    expect(result).toMatchObject({ ok: false, error: { kind: 'unknown-field' } });
    expect(!result.ok && result.error.message).toContain('Options → Salesforce');
  });

  it('refuses an id that could smuggle SOQL', async () => {
    const { client, queries } = fakeOrg();
    const result = await fetchAccount(client, page('Account', "001' OR Name != '"), DEFAULT_SETTINGS.salesforce);
    expect(result.ok).toBe(false);
    expect(queries).toHaveLength(0);
  });
});
