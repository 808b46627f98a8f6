/**
 * The REST emulator's newer parts: child subqueries with their own paging, `Sforce-Query-Options`,
 * the per-call latency, the large generated org, `oauth2/userinfo`, and the fault switches.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../server';
import { login, sandboxFetch, type SandboxResponse } from '../test-client';
import { DEFAULT_LARGE_ORG_ACCOUNTS, LARGE_ORG_LATENCY_MS } from './large-org';

const API = 'https://gitlab.my.salesforce.com/services/data/v66.0';

interface Page<T = Record<string, unknown>> {
  totalSize: number;
  done: boolean;
  nextRecordsUrl?: string;
  records: T[];
}
type ChildList = Page<{ Name: string }> | null;

function client(box: () => Sandbox) {
  let sid = '';
  const api = (path: string, headers: Record<string, string> = {}, method = 'GET', body?: object): Promise<SandboxResponse> =>
    sandboxFetch(box().port, path.startsWith('/') ? `https://gitlab.my.salesforce.com${path}` : `${API}/${path}`, { method, headers: { authorization: `Bearer ${sid}`, ...headers }, ...(body ? { body } : {}) });
  return {
    signIn: async () => {
      sid = await login(box().port);
    },
    api,
    q: (soql: string, headers: Record<string, string> = {}) => api(`query?q=${encodeURIComponent(soql)}`, headers),
    control: (body: object) => sandboxFetch(box().port, 'https://gitlab.my.salesforce.com/__sandbox/control', { method: 'POST', body }),
    /** Every row of a query, following nextRecordsUrl; counts the calls made. */
    async all<T>(soql: string, headers: Record<string, string> = {}): Promise<{ records: T[]; calls: number }> {
      let page = (await api(`query?q=${encodeURIComponent(soql)}`, headers)).json<Page<T>>();
      const records = [...page.records];
      let calls = 1;
      while (page.nextRecordsUrl) {
        page = (await api(page.nextRecordsUrl)).json<Page<T>>();
        records.push(...page.records);
        calls++;
      }
      return { records, calls };
    },
  };
}

describe('the standard org', () => {
  let sandbox: Sandbox;
  const c = client(() => sandbox);
  const sample = (key: string) => sandbox.state.accounts.find((a) => a.key === key)!;

  beforeAll(async () => {
    sandbox = await startSandbox({ today: '2026-11-23', salesforcePageSize: 2, dataDelayMs: 0 });
    await c.signIn();
  });
  afterAll(() => sandbox.close());
  beforeEach(() => sandbox.reset());

  it('answers child subqueries in the parent row, null for a parent without children', async () => {
    const vertex = sample('vertex-two-admins');
    const soql = `SELECT Id, Name, (SELECT Name, Role__c FROM Contacts ORDER BY Name), (SELECT Name, StageName FROM Opportunities WHERE IsClosed = false) FROM Account WHERE Id = '${vertex.salesforceId}'`;
    const [account] = (await c.q(soql)).json<Page<{ Name: string; Contacts: ChildList; Opportunities: ChildList }>>().records;
    expect(account?.Name).toBe(vertex.account.name);
    // Three contacts, child batches of two (the page size): the first two here, the rest behind the child's own link.
    expect(account?.Contacts).toMatchObject({ totalSize: 3, done: false });
    const rest = (await c.api(account!.Contacts!.nextRecordsUrl!)).json<Page<{ Name: string }>>();
    expect([...account!.Contacts!.records, ...rest.records].map((r) => r.Name)).toEqual(vertex.account.contacts!.map((x) => x.name).sort());
    expect(rest.done).toBe(true);
    const cobalt = sample('cobalt-day10');
    const [none] = (await c.q(`SELECT Id, (SELECT Name FROM Opportunities) FROM Account WHERE Id = '${cobalt.salesforceId}'`)).json<Page<{ Opportunities: ChildList }>>().records;
    expect(none?.Opportunities).toBeNull();
  });

  it('pages a child list of 64 contacts with its own nextRecordsUrl, whatever page the parent is on', async () => {
    await c.control({ salesforcePageSize: 10 });
    const kestrel = sample('kestrel-many-contacts');
    const [account] = (await c.q(`SELECT Id, (SELECT Id FROM Contacts) FROM Account WHERE Id = '${kestrel.salesforceId}'`)).json<Page<{ Contacts: Page }>>().records;
    let list = account!.Contacts;
    const ids = [...list.records];
    while (list.nextRecordsUrl) {
      expect(list.nextRecordsUrl).toMatch(/^\/services\/data\/v66\.0\/query\/01g\w+-\d+$/);
      list = (await c.api(list.nextRecordsUrl)).json<Page>();
      ids.push(...list.records);
    }
    expect(ids).toHaveLength(64);
  });

  it('refuses an unknown child relationship the way Salesforce does', async () => {
    const res = await c.q('SELECT Id, (SELECT Id FROM Widgets) FROM Account');
    expect(res.status).toBe(400);
    expect(res.json<{ errorCode: string; message: string }[]>()[0]).toMatchObject({ errorCode: 'INVALID_TYPE', message: expect.stringContaining("Didn't understand relationship 'Widgets'") });
    expect((await c.q('SELECT Id, (SELECT Nope__c FROM Contacts) FROM Account')).json<{ errorCode: string }[]>()[0]?.errorCode).toBe('INVALID_FIELD');
  });

  it('honours Sforce-Query-Options batchSize within Salesforce’s 200–2,000', async () => {
    const noHeader = (await c.q('SELECT Id FROM Contact')).json<Page>();
    expect(noHeader.records).toHaveLength(2);
    const asked = (await c.q('SELECT Id FROM Contact', { 'sforce-query-options': 'batchSize=250' })).json<Page>();
    expect(asked.records.length).toBe(Math.min(250, asked.totalSize));
  });

  it('tells who is signed in (oauth2/userinfo), with the org id', async () => {
    const me = (await c.api('/services/oauth2/userinfo')).json<{ user_id: string; organization_id: string; name: string }>();
    expect(me.organization_id).toBe('00D5g000004XyZ1');
    expect(me.user_id).toMatch(/^005/);
    const owned = (await c.q(`SELECT COUNT() FROM Account WHERE CSM__c = '${me.user_id}' OR OwnerId = '${me.user_id}'`)).json<Page>();
    expect(owned.totalSize).toBeGreaterThan(0);
  });

  it('has no latency by default', () => {
    expect(sandbox.state.switches.salesforceLatencyMs).toBe(0);
  });
});

describe('fault and shape switches', () => {
  let sandbox: Sandbox;
  const c = client(() => sandbox);

  beforeAll(async () => {
    sandbox = await startSandbox({ today: '2026-11-23', dataDelayMs: 0 });
    await c.signIn();
  });
  afterAll(() => sandbox.close());
  beforeEach(() => sandbox.reset());

  it.each([
    [429, 'REQUEST_LIMIT_EXCEEDED'],
    [500, 'UNKNOWN_EXCEPTION'],
    [503, 'SERVER_UNAVAILABLE'],
  ] as const)('answers %i for as many calls as told, then recovers', async (status, errorCode) => {
    await c.control({ salesforceFault: status, salesforceFaultTimes: 2, retryAfterSeconds: 3 });
    for (let i = 0; i < 2; i++) {
      const res = await c.q('SELECT Id FROM Account');
      expect(res.status).toBe(status);
      expect(res.json<{ errorCode: string }[]>()[0]?.errorCode).toBe(errorCode);
      expect(res.headers['retry-after']).toBe(status === 500 ? undefined : '3');
    }
    expect((await c.q('SELECT Id FROM Account')).status).toBe(200);
  });

  it('hangs a call until the client gives up', async () => {
    await c.control({ salesforceFault: 'hang', salesforceFaultTimes: 1 });
    const res = await Promise.race([c.q('SELECT Id FROM Account').then(() => 'answered'), new Promise((resolve) => setTimeout(() => resolve('still waiting'), 300))]);
    expect(res).toBe('still waiting');
  });

  it('can fail writes only, after applying them', async () => {
    const contact = sandbox.state.accounts.find((a) => a.key === 'meridian-sold-to-only')!.account.contacts![0]!;
    await c.control({ salesforceFault: 503, salesforceFaultOn: 'write', salesforceFaultAfterWrite: true });
    expect((await c.q('SELECT Id FROM Account')).status).toBe(200);
    const res = await c.api(`sobjects/Contact/${contact.id}`, {}, 'PATCH', { Role__c: 'GitLab Admin' });
    expect(res.status).toBe(503);
    expect(contact.roles).toEqual(['GitLab Admin']);
  });

  it('refuses a valid session for the API under a session policy, in other words than an expired one', async () => {
    await c.control({ sessionPolicy: 'api-access-control' });
    const res = await c.q('SELECT Id FROM Account');
    expect(res.status).toBe(401);
    expect(res.json<{ errorCode: string; message: string }[]>()[0]).toEqual({ errorCode: 'INVALID_SESSION_ID', message: 'This session is not valid for use with the REST API' });
  });

  it('removes fields from the schema on request, in the describe and in queries', async () => {
    await c.control({ missingFields: ['Account.Deployment__c'] });
    const describe = (await c.api('sobjects/Account/describe')).json<{ fields: { name: string }[] }>();
    expect(describe.fields.map((f) => f.name)).not.toContain('Deployment__c');
    expect((await c.q('SELECT Deployment__c FROM Account')).json<{ errorCode: string }[]>()[0]?.errorCode).toBe('INVALID_FIELD');
  });

  it('rejects bad switch values and applies none of a bad request', async () => {
    for (const body of [{ salesforceFault: 418 }, { salesforceFaultTimes: 0, salesforceFault: 500 }, { missingFields: ['Deployment__c'] }, { lightningLayout: 'grid' }, { salesforceLatencyMs: -1 }]) {
      expect((await c.control(body)).status).toBe(400);
    }
    expect(sandbox.state.switches.salesforceFault).toBeNull();
  });
});

describe('the large org', () => {
  let sandbox: Sandbox;
  const c = client(() => sandbox);

  beforeAll(async () => {
    sandbox = await startSandbox({ today: '2026-11-23', dataDelayMs: 0, largeOrg: DEFAULT_LARGE_ORG_ACCOUNTS });
    await c.signIn();
  }, 60_000);
  afterAll(() => sandbox.close());

  it('adds 150 ms to every REST call by default, and keeps it across resets', async () => {
    expect(sandbox.state.switches.salesforceLatencyMs).toBe(LARGE_ORG_LATENCY_MS);
    sandbox.reset();
    expect(sandbox.state.switches.salesforceLatencyMs).toBe(LARGE_ORG_LATENCY_MS);
    const started = Date.now();
    await c.q('SELECT COUNT() FROM Account');
    expect(Date.now() - started).toBeGreaterThanOrEqual(LARGE_ORG_LATENCY_MS);
    await c.control({ salesforceLatencyMs: 0 });
  });

  it('holds N generated accounts besides the book, with realistic contacts', async () => {
    const total = (await c.q('SELECT COUNT() FROM Account')).json<Page>().totalSize;
    expect(total).toBe(DEFAULT_LARGE_ORG_ACCOUNTS + sandbox.state.accounts.length);
    const admins = (await c.q("SELECT COUNT() FROM Contact WHERE Role__c INCLUDES ('GitLab Admin')")).json<Page>().totalSize;
    // About one account in seven has no admin.
    expect(admins / DEFAULT_LARGE_ORG_ACCOUNTS).toBeGreaterThan(0.75);
    expect(admins / DEFAULT_LARGE_ORG_ACCOUNTS).toBeLessThan(0.95);
  });

  it('gives the signed-in CSM a book of a few hundred accounts, read with child lists in few calls', async () => {
    const me = (await c.api('/services/oauth2/userinfo')).json<{ user_id: string }>();
    const soql = `SELECT Id, Name, CSM__r.Name, (SELECT Id, Role__c, Sold_To__c FROM Contacts), (SELECT Id, Type, StageName FROM Opportunities) FROM Account WHERE CSM__c = '${me.user_id}' OR OwnerId = '${me.user_id}'`;
    const { records, calls } = await c.all<{ Contacts: Page | null }>(soql, { 'sforce-query-options': 'batchSize=2000' });
    expect(records.length).toBeGreaterThan(200);
    expect(records.length).toBeLessThan(800);
    expect(calls).toBe(1);
    const withoutAdmin = records.filter((r) => !(r.Contacts?.records ?? []).some((x) => String(x.Role__c ?? '').includes('GitLab Admin')) && r.Contacts?.done !== false);
    expect(withoutAdmin.length).toBeGreaterThan(0);
  });

  it('pages the whole org by batchSize, and big child lists by their own links', async () => {
    await c.control({ salesforceLatencyMs: 0 });
    const { records, calls } = await c.all<{ Contacts: Page | null }>('SELECT Id, (SELECT Id FROM Contacts) FROM Account', { 'sforce-query-options': 'batchSize=2000' });
    expect(records).toHaveLength(DEFAULT_LARGE_ORG_ACCOUNTS + sandbox.state.accounts.length);
    expect(calls).toBe(Math.ceil(records.length / 2000));
    const big = records.find((r) => r.Contacts && !r.Contacts.done);
    expect(big?.Contacts?.records).toHaveLength(200);
    expect(big?.Contacts?.totalSize).toBeGreaterThan(200);
  });

  it('lets a generated contact be made GitLab Admin', async () => {
    const [contact] = (await c.q("SELECT Id, Role__c FROM Contact WHERE Role__c EXCLUDES ('GitLab Admin') AND Id LIKE '003Lg%' LIMIT 1")).json<Page<{ Id: string }>>().records;
    expect((await c.api(`sobjects/Contact/${contact!.Id}`, {}, 'PATCH', { Role__c: 'GitLab Admin' })).status).toBe(204);
    const [after] = (await c.q(`SELECT Role__c FROM Contact WHERE Id = '${contact!.Id}'`)).json<Page<{ Role__c: string }>>().records;
    expect(after?.Role__c).toBe('GitLab Admin');
  });
});
