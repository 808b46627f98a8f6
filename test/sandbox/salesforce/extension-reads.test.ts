/**
 * The extension's Salesforce code (lib/worker/salesforce) against the sandbox's REST emulator over real
 * HTTPS: every org form, the org lacking fields, the session policies and the fault switches.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { gitlabAdmins } from '../../../lib/shared/accounts/account';
import { clearDescribeMemory } from '../../../lib/worker/salesforce/describe';
import { clientForPage } from '../../../lib/worker/salesforce/org-client';
import { readSalesforceAccount } from '../../../lib/worker/salesforce/read-account';
import { makeGitLabAdmin } from '../../../lib/worker/salesforce/role-fix';
import type { CookieAccess, SidCookie } from '../../../lib/worker/salesforce/session';
import { startSandbox, type Sandbox } from '../server';
import { login, sandboxFetch } from '../test-client';
import { sandboxFetchFor } from './node-fetch';
import { LEAN_ORG, PRODUCTION_ORG, UAT_SANDBOX_ORG } from './orgs';

let sandbox: Sandbox;
let jar: SidCookie[] = [];

/** The browser's cookie jar as the extension sees it: the sids the sandbox's login pages set. */
const cookies: CookieAccess = {
  getCookie: async ({ url }) => jar.find((c) => c.domain === new URL(url).hostname) ?? null,
  getAllCookies: async ({ domain }) => jar.filter((c) => c.domain.endsWith(domain)),
  tabCookieStoreId: async () => undefined,
  cookieStores: async () => [{ id: '0', tabIds: [1] }],
};

async function signIn(apiHost: string): Promise<void> {
  jar = [...jar.filter((c) => c.domain !== apiHost), { domain: apiHost, value: await login(sandbox.port, apiHost) }];
}

const deps = (policy: { timeoutMs?: number } = {}) => ({
  cookies,
  client: { apiVersion: '66.0', fetch: sandboxFetchFor(sandbox.port), sleep: async () => undefined, policy },
});
const control = (body: object) => sandboxFetch(sandbox.port, 'https://gitlab.my.salesforce.com/__sandbox/control', { method: 'POST', body });
const sample = (key: string) => sandbox.state.accounts.find((a) => a.key === key)!;
const pageOf = (key: string, apiHost = PRODUCTION_ORG.apiHost) => {
  const id = sample(key).salesforceId;
  return { pageUrl: `https://${apiHost.replace('.my.salesforce.com', '.lightning.force.com')}/lightning/r/Account/${id}/view`, page: { object: 'Account' as const, id }, tabId: 1 };
};

beforeAll(async () => {
  sandbox = await startSandbox({ today: '2026-11-23', salesforcePageSize: 5, dataDelayMs: 0 });
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  sandbox.reset();
  fakeBrowser.reset();
  clearDescribeMemory();
  jar = [];
  await signIn(PRODUCTION_ORG.apiHost);
});

describe('reading accounts from the sandbox orgs', () => {
  it('reads the production org: fields, every contact across pages, opportunities with IsClosed/IsWon', async () => {
    await control({ salesforcePageSize: 10 });
    const result = await readSalesforceAccount(pageOf('kestrel-many-contacts'), deps());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const expected = sample('kestrel-many-contacts').account;
    expect(result.data.org).toBe('gitlab.my.salesforce.com');
    expect(result.data.fieldNotes).toBeUndefined();
    expect(result.data.contacts).toHaveLength(expected.contacts!.length);
    expect(result.data.contactsIncomplete).toBeUndefined();
    expect(gitlabAdmins(result.data).map((c) => c.name).sort()).toEqual(expected.contacts!.filter((c) => c.roles.includes('GitLab Admin')).map((c) => c.name).sort());
    const opportunity = result.data.opportunities[0];
    expect(opportunity?.isClosed).toBe(opportunity?.stage?.startsWith('Closed'));
  });

  it('follows a long contact list through every page (13 pages of 5)', async () => {
    const result = await readSalesforceAccount(pageOf('kestrel-many-contacts'), deps());
    expect(result.ok && result.data.contacts).toHaveLength(64);
    expect(result.ok && result.data.contactsIncomplete).toBeUndefined();
  });

  it('reads the org that lacks Deployment__c and Enablement_Enrollment__c: named "Needs data" notes, the rest intact', async () => {
    await signIn(LEAN_ORG.apiHost);
    const result = await readSalesforceAccount(pageOf('summit-ultimate', LEAN_ORG.apiHost), deps());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.org).toBe(LEAN_ORG.apiHost);
    expect(result.data.fields).not.toHaveProperty('deployment');
    expect(result.data.fields.renewalDate).toBe(sample('summit-ultimate').account.fields.renewalDate);
    expect(result.data.fieldNotes?.deployment).toBe('Salesforce field Deployment__c is not in this org — map it in Options → Salesforce');
    expect(result.data.contactFieldNotes?.enablementEnrollment).toMatch(/Enablement_Enrollment__c is not in this org/);
    expect(gitlabAdmins(result.data).length).toBeGreaterThan(0);
  });

  it('reads the full-copy sandbox org on its own host with its own session, and never with production’s', async () => {
    const uat = pageOf('summit-ultimate', UAT_SANDBOX_ORG.apiHost);
    expect(await readSalesforceAccount(uat, deps())).toMatchObject({ ok: false, error: { kind: 'not-signed-in' } });
    await signIn(UAT_SANDBOX_ORG.apiHost);
    const result = await readSalesforceAccount(uat, deps());
    expect(result).toMatchObject({ ok: true, data: { org: UAT_SANDBOX_ORG.apiHost, name: sample('summit-ultimate').account.name } });
    const client = await clientForPage(uat, deps());
    expect(client.ok && client.data.apiHost).toBe(UAT_SANDBOX_ORG.apiHost);
  });

  it('without the role field, reads the contacts but leaves the admin unknown with the reason', async () => {
    await control({ missingFields: ['Contact.Role__c'] });
    const result = await readSalesforceAccount(pageOf('meridian-sold-to-only'), deps());
    expect(result.ok && result.data.contactsIncomplete).toMatch(/no contact's role could be read \(Salesforce field Role__c is not in this org/);
    expect(result.ok && result.data.contacts?.length).toBe(sample('meridian-sold-to-only').account.contacts!.length);
  });
});

describe('sessions the org refuses, in plain words', () => {
  it.each([
    ['api-access-control', 'session-blocked', 'read-page'],
    ['high-assurance', 'session-blocked', 'read-page'],
  ] as const)('%s: a valid session refused for the API → %s', async (sessionPolicy, kind, remedy) => {
    await control({ sessionPolicy });
    const result = await readSalesforceAccount(pageOf('summit-ultimate'), deps());
    expect(result).toMatchObject({ ok: false, error: { kind, remedy, status: 401 } });
    expect(!result.ok && result.error.message).not.toMatch(/expired/);
  });

  it('an expired session says so, and asks to sign in', async () => {
    await control({ expireSessions: true });
    expect(await readSalesforceAccount(pageOf('summit-ultimate'), deps())).toMatchObject({ ok: false, error: { kind: 'session-expired', remedy: 'sign-in' } });
  });

  it('API_DISABLED_FOR_ORG has its own message', async () => {
    await control({ apiAccessControl: true });
    const result = await readSalesforceAccount(pageOf('summit-ultimate'), deps());
    expect(result).toMatchObject({ ok: false, error: { kind: 'api-blocked', errorCode: 'API_DISABLED_FOR_ORG', remedy: 'read-page' } });
  });
});

describe('faults (issue 14)', () => {
  it.each([429, 500, 503] as const)('recovers from two %i answers by retrying the reads', async (fault) => {
    await control({ salesforceFault: fault, salesforceFaultTimes: 2 });
    const result = await readSalesforceAccount(pageOf('summit-ultimate'), deps());
    expect(result.ok).toBe(true);
  });

  it.each([
    [429, 'rate-limited'],
    [500, 'server-error'],
    [503, 'unavailable'],
  ] as const)('names a %i that does not go away, after retrying', async (fault, kind) => {
    await control({ salesforceFault: fault });
    const result = await readSalesforceAccount(pageOf('summit-ultimate'), deps());
    expect(result).toMatchObject({ ok: false, error: { kind, attempts: 3 } });
  });

  it('times out a hung connection and says so', async () => {
    await control({ salesforceFault: 'hang' });
    const result = await readSalesforceAccount(pageOf('summit-ultimate'), deps({ timeoutMs: 200 }));
    expect(result).toMatchObject({ ok: false, error: { kind: 'timeout' } });
    await control({ salesforceFault: null });
  });

  it('a role fix whose PATCH answer is lost (503 after the write) is confirmed by re-reading, never sent twice', async () => {
    const contact = sample('meridian-sold-to-only').account.contacts![0]!;
    await control({ salesforceFault: 503, salesforceFaultOn: 'write', salesforceFaultAfterWrite: true, salesforceFaultTimes: 1 });
    const client = await clientForPage(pageOf('meridian-sold-to-only'), deps());
    if (!client.ok) throw new Error(client.error.message);
    const result = await makeGitLabAdmin(client.data, contact.id!, { roleField: 'Role__c', adminValue: 'GitLab Admin' });
    expect(result).toMatchObject({ ok: true, data: { alreadyAdmin: false } });
    expect(result.ok && result.data.note).toMatch(/re-reading the contact shows "GitLab Admin" was saved/);
    expect(sandbox.state.patches).toHaveLength(1);
  });

  it('a role fix whose PATCH hangs is not resent, and the re-read tells whether it landed', async () => {
    const contact = sample('meridian-sold-to-only').account.contacts![0]!;
    await control({ salesforceFault: 'hang', salesforceFaultOn: 'write', salesforceFaultTimes: 1 });
    const client = await clientForPage(pageOf('meridian-sold-to-only'), deps({ timeoutMs: 300 }));
    if (!client.ok) throw new Error(client.error.message);
    const result = await makeGitLabAdmin(client.data, contact.id!, { roleField: 'Role__c', adminValue: 'GitLab Admin' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'timeout' } });
    expect(!result.ok && result.error.message).toMatch(/Re-reading the contact shows the role was not added/);
    expect(sandbox.state.patches).toHaveLength(0);
  });
});
