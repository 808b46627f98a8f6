import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Account } from '../../shared/accounts/account';
import { linkOf, rememberSalesforceAccount, withLink } from './account-links';

beforeEach(() => fakeBrowser.reset());

const PRODUCTION = 'gitlab.my.salesforce.com';
const SANDBOX = 'gitlab--uat.sandbox.my.salesforce.com';
const ID15 = '001D000000IqhSL';
const ID18 = '001D000000IqhSLIAZ';

const company = (salesforceAccountId?: string): Account => ({
  source: 'gainsight', org: 'gitlab.gainsightcloud.com', id: 'C-1', name: 'Acme', fields: {}, unreadable: {}, contacts: [], opportunities: [], programLogs: [],
  ...(salesforceAccountId ? { salesforceAccountId } : {}),
});

describe('which Salesforce Account a Customer360 company is linked to', () => {
  it('the org where the panel read the Account, the id in its 18-character form', async () => {
    await rememberSalesforceAccount({ source: 'salesforce', org: PRODUCTION, id: ID18 });
    expect(await linkOf(ID15)).toEqual({ id: ID18, org: PRODUCTION });
  });

  it('unknown, with why, when the Account was never read or is in two orgs (a full-copy sandbox)', async () => {
    expect(await linkOf(ID18)).toMatchObject({ id: ID18, org: null, why: expect.stringContaining('Open the Account in Salesforce once') });
    await rememberSalesforceAccount({ source: 'salesforce', org: PRODUCTION, id: ID18 });
    await rememberSalesforceAccount({ source: 'salesforce', org: SANDBOX, id: ID18 });
    expect(await linkOf(ID18)).toMatchObject({ org: null, why: expect.stringContaining(`${SANDBOX} and ${PRODUCTION}`) });
  });

  it('remembers only Salesforce Accounts of Salesforce orgs, and ignores junk found in storage', async () => {
    await rememberSalesforceAccount({ source: 'gainsight', org: PRODUCTION, id: ID18 });
    await rememberSalesforceAccount({ source: 'salesforce', org: 'evil.example', id: ID18 });
    await rememberSalesforceAccount({ source: 'salesforce', org: PRODUCTION, id: '003D000000IqhSLIAZ' });
    await fakeBrowser.storage.local.set({ 'salesforce.accountOrgs': [{ id: ID18, org: 'evil.example' }, 'junk'] });
    expect((await linkOf(ID18)).org).toBeNull();
  });

  it('a company without an SFDC Account ID is not linked; one with it carries the link', async () => {
    expect((await withLink(company())).link).toBeUndefined();
    await rememberSalesforceAccount({ source: 'salesforce', org: PRODUCTION, id: ID18 });
    expect((await withLink(company(ID15))).link).toEqual({ id: ID18, org: PRODUCTION });
  });
});
