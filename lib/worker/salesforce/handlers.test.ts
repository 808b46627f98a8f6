import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handlerFor, PAGE_MESSAGES, type MessageType } from '../../shared/messaging/protocol';
import { clearDescribeMemory } from './describe';
import { describeOrgFields } from './describe-org';
import { salesforceHandlers } from './handlers';
import { knownOrgs, MAX_REMEMBERED_ORGS, rememberOrg } from './known-orgs';
import type { CookieAccess } from './session';
import { fakeClient, json } from './fetch.test-support';

const sender = { fromExtensionPage: true };

function jar(hosts: Record<string, string>): CookieAccess {
  return {
    getCookie: async () => null,
    getAllCookies: async () => Object.entries(hosts).map(([domain, value]) => ({ domain, value })),
    tabCookieStoreId: async () => undefined,
    cookieStores: async () => [],
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  clearDescribeMemory();
});

describe('the Salesforce messages', () => {
  it('has no message that runs any SOQL: salesforce.query is gone (issue 14)', () => {
    expect(handlerFor(salesforceHandlers, 'salesforce.query')).toBeNull();
    expect(Object.keys(salesforceHandlers).sort()).toEqual(['salesforce.describe', 'salesforce.orgs']);
  });

  it('accepts its messages from extension pages only', () => {
    for (const type of Object.keys(salesforceHandlers)) expect(PAGE_MESSAGES.has(type as MessageType)).toBe(false);
  });

  it('describes only Salesforce org hosts, asking nothing of any other host', async () => {
    for (const apiHost of ['evil.example', 'gitlab.lightning.force.com', 'x.my.salesforce.com.evil.example']) {
      expect(await salesforceHandlers['salesforce.describe']({ apiHost }, sender)).toMatchObject({ ok: false, message: expect.stringContaining('not the address of a Salesforce org') });
    }
  });
});

describe('the orgs the options page offers', () => {
  it('lists signed-in orgs first, then those used lately, most recent first', async () => {
    await rememberOrg('gitlab.my.salesforce.com', new Date('2026-11-01T10:00:00Z'));
    await rememberOrg('old-org.my.salesforce.com', new Date('2026-10-01T10:00:00Z'));
    await rememberOrg('gitlab--uat.sandbox.my.salesforce.com', new Date('2026-11-20T10:00:00Z'));
    const orgs = await knownOrgs(jar({ 'gitlab.my.salesforce.com': '00D5g000004XyZ1!x', 'gitlab--uat.sandbox.my.salesforce.com': '00D7A000000UaT2!y', 'help.salesforce.com': 'z' }));
    expect(orgs.map((o) => [o.apiHost, o.kind, o.signedIn])).toEqual([
      ['gitlab--uat.sandbox.my.salesforce.com', 'sandbox', true],
      ['gitlab.my.salesforce.com', 'production', true],
      ['old-org.my.salesforce.com', 'production', false],
    ]);
  });

  it('keeps a short list, and ignores what is not an org in storage (any extension page can write there)', async () => {
    for (let i = 0; i < MAX_REMEMBERED_ORGS + 3; i++) await rememberOrg(`org${i}.my.salesforce.com`, new Date(Date.UTC(2026, 0, i + 1)));
    await fakeBrowser.storage.local.set({ 'salesforce.seenOrgs': [...(await fakeBrowser.storage.local.get('salesforce.seenOrgs'))['salesforce.seenOrgs'] as unknown[], { apiHost: 'evil.example', lastSeen: 'x' }, 'junk'] });
    const orgs = await knownOrgs(jar({}));
    expect(orgs).toHaveLength(MAX_REMEMBERED_ORGS);
    expect(orgs[0]?.apiHost).toBe(`org${MAX_REMEMBERED_ORGS + 2}.my.salesforce.com`);
  });
});

describe("an org's fields for mapping", () => {
  it('gives fields by label with their kind, a lookup as the name it points to, and leaves out ids', async () => {
    const describe = (name: string, fields: object[]) => json({ name, label: name, fields });
    const { client } = fakeClient((url) => {
      if (url.pathname.endsWith('/Account/describe')) {
        return describe('Account', [
          { name: 'Id', label: 'Account ID', type: 'id' },
          { name: 'Hosting__c', label: 'Hosting', type: 'picklist' },
          { name: 'CSM__c', label: 'CSM', type: 'reference', relationshipName: 'CSM__r', referenceTo: ['User'] },
          { name: 'ARR__c', label: 'ARR', type: 'currency' },
          { name: 'BillingAddress', label: 'Billing Address', type: 'address' },
        ]);
      }
      return describe(url.pathname.includes('/Contact/') ? 'Contact' : 'Opportunity', [{ name: 'Sold_To__c', label: 'Sold-To', type: 'boolean' }]);
    });
    const result = await describeOrgFields(client);
    expect(result.ok && result.objects.Account).toEqual([
      { apiName: 'ARR__c', label: 'ARR', kind: 'number' },
      { apiName: 'CSM__r.Name', label: 'CSM → Name', kind: 'lookup' },
      { apiName: 'Hosting__c', label: 'Hosting', kind: 'picklist' },
    ]);
    expect(result.ok && result.objects.Contact).toEqual([{ apiName: 'Sold_To__c', label: 'Sold-To', kind: 'checkbox' }]);
  });

  it('says in plain words why the fields could not be read', async () => {
    const { client } = fakeClient(() => json([{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }], 401));
    expect(await describeOrgFields(client)).toMatchObject({ ok: false, message: expect.stringMatching(/session has expired/) });
  });
});
