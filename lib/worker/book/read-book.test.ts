/**
 * The book reader against the sandbox's REST emulator over real HTTPS: the standard book, the large
 * org with its child-list paging, the settings that choose the book, and the failures that stop a read.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Account } from '../../shared/accounts/account';
import { createSalesforceClient } from '../salesforce/client';
import { clearDescribeMemory } from '../salesforce/describe';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings/schema';
import { largeOrgOf } from '../../../test/sandbox/salesforce/large-org';
import { sandboxFetchFor } from '../../../test/sandbox/salesforce/node-fetch';
import { createSession } from '../../../test/sandbox/salesforce/session';
import { startSandbox, type Sandbox } from '../../../test/sandbox/server';
import { readBook } from './read-book';

const API_HOST = 'gitlab.my.salesforce.com';
let sandbox: Sandbox;
let large: Sandbox;

beforeAll(async () => {
  [sandbox, large] = await Promise.all([
    startSandbox({ today: '2026-11-23', salesforcePageSize: 3, dataDelayMs: 0 }),
    startSandbox({ today: '2026-11-23', largeOrg: 600, salesforceLatencyMs: 0 }),
  ]);
});
afterAll(() => Promise.all([sandbox.close(), large.close()]));
beforeEach(() => {
  sandbox.reset();
  large.reset();
  fakeBrowser.reset();
  clearDescribeMemory();
});

function clientFor(box: Sandbox, username: string) {
  const sid = createSession(box.state, API_HOST, username).sid;
  const calls: string[] = [];
  const fetch = sandboxFetchFor(box.port);
  const client = createSalesforceClient({
    apiHost: API_HOST,
    apiVersion: '66.0',
    getSessionId: async () => sid,
    fetch: (input, init) => {
      calls.push(String(input));
      return fetch(input, init);
    },
    sleep: async () => undefined,
  });
  return { client, calls };
}

const withBook = (book: Partial<Settings['book']>): Settings => ({ ...DEFAULT_SETTINGS, book: { ...DEFAULT_SETTINGS.book, ...book } });

async function readAll(box: Sandbox, username: string, settings: Settings = DEFAULT_SETTINGS) {
  const { client, calls } = clientFor(box, username);
  const batches: Account[][] = [];
  const progress: { read: number; total: number }[] = [];
  const result = await readBook(client, settings, { onAccounts: (accounts, p) => (batches.push(accounts), progress.push(p)) });
  return { result, accounts: batches.flat(), batches, progress, calls };
}

describe('reading the book from the standard org', () => {
  it('is every account whose CSM or owner is the user, with every contact and opportunity, child lists paged', async () => {
    const { result, accounts, calls } = await readAll(sandbox, 'jkim@gitlab.example');
    expect(result.ok).toBe(true);
    const expected = sandbox.state.accounts.filter((a) => a.account.fields.csm === 'Jordan Kim');
    expect(expected.some((a) => (a.account.contacts?.length ?? 0) > 40)).toBe(true);
    expect(accounts.map((a) => a.id).sort()).toEqual(expected.map((a) => a.salesforceId).sort());
    for (const sample of expected) {
      const read = accounts.find((a) => a.id === sample.salesforceId)!;
      expect(read.contacts?.map((c) => c.email).sort()).toEqual((sample.account.contacts ?? []).map((c) => c.email).sort());
      expect(read.contacts?.map((c) => c.roles.join(';')).sort()).toEqual((sample.account.contacts ?? []).map((c) => c.roles.join(';')).sort());
      expect(read.opportunities.map((o) => o.name).sort()).toEqual(sample.account.opportunities.map((o) => o.name).sort());
      expect(read.contactsIncomplete).toBeUndefined();
      expect(read.url).toBe(`https://gitlab.lightning.force.com/lightning/r/Account/${sample.salesforceId}/view`);
      expect(read.fields.customerSince).toBe(sample.account.fields.customerSince ?? null);
    }
    // A child list longer than the org's page of 3 was followed by its own nextRecordsUrl, five to a composite call.
    expect(calls.some((url) => url.endsWith('/services/data/v66.0/composite'))).toBe(true);
    expect(calls.filter((url) => url.includes('/query?q=')).length).toBe(1);
    expect(calls[0]).toContain('/services/oauth2/userinfo');
    if (result.ok) expect(result.data.user.name).toBe('Jordan Kim');
  });

  it('narrows to the chosen segments, and to "Owner is me"', async () => {
    const danaScale = await readAll(sandbox, 'dwhitfield@gitlab.example', withBook({ segments: { techTouch: true, scale: true, csmAssigned: false } }));
    expect(danaScale.result.ok).toBe(true);
    expect(danaScale.accounts).toEqual([]);
    const danaAll = await readAll(sandbox, 'dwhitfield@gitlab.example', withBook({ segments: { techTouch: false, scale: false, csmAssigned: true } }));
    const expected = sandbox.state.accounts.filter((a) => a.account.fields.csm === 'Dana Whitfield');
    expect(danaAll.accounts.map((a) => a.id).sort()).toEqual(expected.map((a) => a.salesforceId).sort());

    const digital = await readAll(sandbox, 'digital-success@gitlab.example', withBook({ who: 'owner' }));
    const owned = sandbox.state.accounts.filter((a) => !a.account.fields.csm);
    expect(digital.accounts.map((a) => a.id).sort()).toEqual(owned.map((a) => a.salesforceId).sort());
  });

  it('leaves out a field the org lacks and says so, in the words record pages use', async () => {
    sandbox.state.switches.missingFields = ['Account.Plan__c'];
    const { result, accounts } = await readAll(sandbox, 'dwhitfield@gitlab.example');
    expect(result.ok && result.data.notes).toContain('Salesforce field Plan__c is not in this org — map it in Options → Salesforce');
    expect(accounts[0]?.fieldNotes?.plan).toBe('Salesforce field Plan__c is not in this org — map it in Options → Salesforce');
    expect(accounts.every((a) => !('plan' in a.fields))).toBe(true);
  });

  it('stops on an expired session in the middle, with the plain message, after handing on what it read', async () => {
    const { client } = clientFor(sandbox, 'jkim@gitlab.example');
    let got = 0;
    const result = await readBook(client, DEFAULT_SETTINGS, {
      onAccounts: (accounts) => {
        got += accounts.length;
        // The session ends while the child lists of the first page are still to be read.
        sandbox.state.sessions.clear();
      },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toBe('Your Salesforce session has expired. Sign in to Salesforce again, then retry.');
    expect(got).toBeGreaterThan(0);
  });
});

describe('reading a large book', () => {
  it('reads every account of the CSM, following the child lists longer than a batch of 200', async () => {
    const org = largeOrgOf(large.state)!;
    const me = org.csms[0]!;
    const mine = org.rows.Account.filter((a) => a.CSM__c === me.Id || a.OwnerId === me.Id);
    // The user is named by the session: the large org's first CSM answers for any unknown login.
    const { result, accounts, progress, calls } = await readAll(large, 'someone@gitlab.example');
    expect(result.ok).toBe(true);
    expect(accounts.map((a) => a.id).sort()).toEqual(mine.map((a) => String(a.Id)).sort());
    const big = mine.filter((a) => (org.children.Contact.get(String(a.Id).slice(0, 15))?.length ?? 0) > 200);
    expect(big.length).toBeGreaterThan(0);
    for (const row of big) {
      const read = accounts.find((a) => a.id === row.Id)!;
      expect(read.contacts).toHaveLength(org.children.Contact.get(String(row.Id).slice(0, 15))!.length);
    }
    expect(progress.at(-1)).toEqual({ read: mine.length, total: mine.length });
    // userinfo, four describes (the CSM lookup leads to User), one query page, and the long child lists'
    // next pages five to a composite call.
    expect(calls.length).toBe(1 + 4 + 1 + Math.ceil(big.length / 5));
    expect(calls.filter((url) => url.endsWith('/composite'))).toHaveLength(Math.ceil(big.length / 5));
  });

  it('follows each child list by its own nextRecordsUrl when the org does not serve composite calls', async () => {
    const org = largeOrgOf(large.state)!;
    const me = org.csms[0]!;
    const mine = org.rows.Account.filter((a) => a.CSM__c === me.Id || a.OwnerId === me.Id);
    const big = mine.filter((a) => (org.children.Contact.get(String(a.Id).slice(0, 15))?.length ?? 0) > 200);
    const sid = createSession(large.state, API_HOST, 'someone@gitlab.example').sid;
    const fetch = sandboxFetchFor(large.port);
    const calls: string[] = [];
    const client = createSalesforceClient({
      apiHost: API_HOST, apiVersion: '66.0', getSessionId: async () => sid, sleep: async () => undefined,
      fetch: async (input, init) => {
        calls.push(String(input));
        return String(input).endsWith('/composite') ? new Response(JSON.stringify([{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }]), { status: 404 }) : fetch(input, init);
      },
    });
    const accounts: Account[] = [];
    const result = await readBook(client, DEFAULT_SETTINGS, { onAccounts: (a) => accounts.push(...a) });
    expect(result.ok).toBe(true);
    expect(accounts).toHaveLength(mine.length);
    expect(accounts.every((a) => !a.contactsIncomplete)).toBe(true);
    expect(calls.filter((url) => /\/query\/01g\w+-\d+$/.test(new URL(url).pathname))).toHaveLength(big.length);
    expect(calls.filter((url) => url.endsWith('/composite'))).toHaveLength(1);
  });
});
