import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CompanyView } from './gainsight/view-model';
import { startSandbox, type Sandbox } from './server';
import { login, sandboxFetch, type SandboxResponse } from './test-client';

const API = 'https://gitlab.my.salesforce.com/services/data/v66.0';
type SfError = { message: string; errorCode: string; fields?: string[] }[];
interface QueryPage<T> {
  totalSize: number;
  done: boolean;
  nextRecordsUrl?: string;
  records: ({ attributes: { type: string; url: string } } & T)[];
}

let sandbox: Sandbox;
let sid: string;

const api = (path: string, opts: { method?: string; body?: object | string; token?: string | null } = {}): Promise<SandboxResponse> =>
  sandboxFetch(sandbox.port, path.startsWith('https://') ? path : `${API}/${path}`, {
    method: opts.method ?? 'GET',
    headers: opts.token === null ? {} : { authorization: `Bearer ${opts.token ?? sid}` },
    ...(opts.body !== undefined ? { body: opts.body } : {}),
  });
const q = (soql: string) => api(`query?q=${encodeURIComponent(soql)}`);
const control = (body: object) => sandboxFetch(sandbox.port, 'https://gitlab.my.salesforce.com/__sandbox/control', { method: 'POST', body });

const vertex = () => sandbox.state.accounts.find((a) => a.key === 'vertex-two-admins')!;
const kenji = () => vertex().account.contacts!.find((c) => c.name === 'Kenji Mori')!;

beforeAll(async () => {
  sandbox = await startSandbox({ today: '2026-11-23', salesforcePageSize: 2, dataDelayMs: 0 });
  sid = await login(sandbox.port);
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.reset());

describe('authentication and failure switches', () => {
  it('answers 401 INVALID_SESSION_ID without a sid, with a made-up one, and after expiry', async () => {
    for (const token of [null, '00D5g000004XyZ1!AQ4AQnotreal']) {
      const res = await api('query?q=SELECT+Id+FROM+Contact', { token });
      expect(res.status).toBe(401);
      expect(res.json()).toEqual([{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]);
    }
    const mine = await login(sandbox.port);
    expect((await api('sobjects/Contact/describe', { token: mine })).status).toBe(200);
    await control({ expireSessions: true });
    expect((await api('sobjects/Contact/describe', { token: mine })).status).toBe(401);
    sid = await login(sandbox.port);
  });

  it('rejects a sid issued by another org host', async () => {
    const other = await login(sandbox.port, 'acme.my.salesforce.com');
    expect((await api('sobjects/Contact/describe', { token: other })).status).toBe(401);
  });

  it.each([
    ['apiAccessControl', 403, 'API_DISABLED_FOR_ORG', 'API is not enabled for this Organization or Partner'],
    ['noAccess', 403, 'INSUFFICIENT_ACCESS', undefined],
    ['requestLimit', 403, 'REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.'],
  ] as const)('%s → %i %s', async (flag, status, errorCode, message) => {
    expect((await control({ [flag]: true })).status).toBe(200);
    const res = await q('SELECT Id FROM Contact');
    expect(res.status).toBe(status);
    const [err] = res.json<SfError>();
    expect(err?.errorCode).toBe(errorCode);
    if (message) expect(err?.message).toBe(message);
  });

  it('sends no CORS headers, like an org without an allow-list', async () => {
    const res = await sandboxFetch(sandbox.port, `${API}/query?q=SELECT+Id+FROM+Account`, {
      headers: { authorization: `Bearer ${sid}`, origin: 'https://gitlab.lightning.force.com' },
    });
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('rejects unknown control keys', async () => {
    expect((await control({ bogus: true })).status).toBe(400);
  });
});

describe('versions and resources', () => {
  it('lists versions at /services/data/ and 404s an unknown one', async () => {
    const versions = (await sandboxFetch(sandbox.port, 'https://gitlab.my.salesforce.com/services/data/')).json<{ version: string; url: string; label: string }[]>();
    expect(versions.at(-1)).toEqual({ label: "Spring '26", url: '/services/data/v66.0', version: '66.0' });
    expect(versions.find((v) => v.version === '62.0')?.label).toBe("Winter '25");
    const res = await api('https://gitlab.my.salesforce.com/services/data/v99.0/query?q=SELECT+Id+FROM+Account');
    expect(res.status).toBe(404);
    expect(res.json()).toEqual([{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }]);
    expect((await api('https://gitlab.my.salesforce.com/services/data/v60.0/sobjects/Contact/describe')).status).toBe(200);
  });
});

describe('query', () => {
  it('returns records with attributes and relationship fields', async () => {
    await control({ salesforcePageSize: 10 });
    const v = vertex();
    const res = await q(`SELECT Id, Name, Email, Role__c, Sold_To__c, Account.Name FROM Contact WHERE AccountId = '${v.salesforceId}' ORDER BY Name`);
    expect(res.status).toBe(200);
    const body = res.json<QueryPage<{ Id: string; Name: string; Role__c: string | null; Sold_To__c: boolean; Account: { Name: string } }>>();
    expect(body.totalSize).toBe(3);
    expect(body.records.map((r) => r.Name)).toEqual(['Kenji Mori', 'Ruth Alvarez', 'Samir Patel']);
    const ruth = body.records[1]!;
    expect(ruth.attributes).toEqual({ type: 'Contact', url: `/services/data/v66.0/sobjects/Contact/${ruth.Id}` });
    expect(ruth.Role__c).toBe('GitLab Admin;Billing Contact');
    expect(ruth.Account.Name).toBe('Vertex Semiconductors');
    expect(body.records[2]?.Sold_To__c).toBe(true);
  });

  it('reads Account fields by their Salesforce API names, CSM through the lookup', async () => {
    const v = vertex();
    const res = await q(`SELECT Name, Customer_Since__c, Next_Renewal_Date__c, ARR__c, Segment__c, CSM__r.Name, Plan__c FROM Account WHERE Id = '${v.salesforceId.slice(0, 15)}'`);
    const [acc] = res.json<QueryPage<Record<string, unknown>>>().records;
    expect(acc).toMatchObject({
      Name: 'Vertex Semiconductors',
      Customer_Since__c: '2026-09-24',
      ARR__c: 140000,
      Segment__c: 'CSM-Assigned',
      Plan__c: 'Premium',
      CSM__r: { attributes: { type: 'User' }, Name: 'Priscilla Okafor' },
    });
  });

  it('supports IN, INCLUDES, AND, COUNT() and LIMIT', async () => {
    const v = vertex();
    const admins = await q(`SELECT Id FROM Contact WHERE AccountId = '${v.salesforceId}' AND Role__c INCLUDES ('GitLab Admin')`);
    expect(admins.json<QueryPage<object>>().totalSize).toBe(2);
    const ids = v.account.contacts!.slice(0, 2).map((c) => `'${c.id}'`).join(', ');
    expect((await q(`SELECT Id FROM Contact WHERE Id IN (${ids})`)).json<QueryPage<object>>().totalSize).toBe(2);
    const count = await q(`SELECT COUNT() FROM Opportunity WHERE Type = 'New - First Order' AND StageName = '4-Proposal'`);
    expect(count.json()).toEqual({ totalSize: 1, done: true, records: [] });
    expect((await q('SELECT Id FROM Account LIMIT 1')).json<QueryPage<object>>().records).toHaveLength(1);
  });

  it('pages through nextRecordsUrl with the configured page size', async () => {
    const first = (await q(`SELECT Id, Name FROM Contact WHERE AccountId = '${vertex().salesforceId}'`)).json<QueryPage<{ Name: string }>>();
    expect(first).toMatchObject({ totalSize: 3, done: false });
    expect(first.records).toHaveLength(2);
    expect(first.nextRecordsUrl).toMatch(/^\/services\/data\/v66\.0\/query\/01g\w{15}-2$/);
    const second = (await api(`https://gitlab.my.salesforce.com${first.nextRecordsUrl}`)).json<QueryPage<{ Name: string }>>();
    expect(second).toMatchObject({ totalSize: 3, done: true });
    expect(second.nextRecordsUrl).toBeUndefined();
    expect([...first.records, ...second.records].map((r) => r.Name).sort()).toEqual(['Kenji Mori', 'Ruth Alvarez', 'Samir Patel']);
    expect((await api('query/01g5g00000xxxxxAAA-2')).json<SfError>()[0]?.errorCode).toBe('INVALID_QUERY_LOCATOR');
  });

  it('answers an unknown column with INVALID_FIELD and the position', async () => {
    const res = await q('SELECT Foo__c FROM Contact');
    expect(res.status).toBe(400);
    const [err] = res.json<SfError>();
    expect(err?.errorCode).toBe('INVALID_FIELD');
    expect(err?.message.startsWith("\nSELECT Foo__c FROM Contact\n       ^\nERROR at Row:1:Column:8\nNo such column 'Foo__c' on entity 'Contact'.")).toBe(true);
    const rel = (await q('SELECT Owner__r.Name FROM Contact')).json<SfError>()[0];
    expect(rel?.errorCode).toBe('INVALID_FIELD');
    expect(rel?.message).toContain("Didn't understand relationship 'Owner__r'");
  });

  it('answers malformed SOQL with MALFORMED_QUERY and an unknown object with INVALID_TYPE', async () => {
    for (const soql of ['SELECT FROM Contact', 'SELECT Id Contact', "SELECT Id FROM Contact WHERE Name = 'a' AND Email = 'b' OR Id = 'c'", 'DELETE Contact']) {
      const res = await q(soql);
      expect(res.status, soql).toBe(400);
      expect(res.json<SfError>()[0]?.errorCode, soql).toBe('MALFORMED_QUERY');
    }
    expect((await q('SELECT Id FROM Widget__c')).json<SfError>()[0]?.errorCode).toBe('INVALID_TYPE');
  });
});

describe('records, describe and picklists', () => {
  it('gets a record by 18- or 15-character id, with ?fields, and 404s an unknown id', async () => {
    const id = kenji().id!;
    for (const rid of [id, id.slice(0, 15)]) {
      const res = await api(`sobjects/Contact/${rid}?fields=Name,Email`);
      expect(res.status).toBe(200);
      expect(res.json()).toEqual({
        attributes: { type: 'Contact', url: `/services/data/v66.0/sobjects/Contact/${id}` },
        Name: 'Kenji Mori',
        Email: 'kenji.mori@vertexsemi.example',
      });
    }
    const missing = await api('sobjects/Contact/0035g00000ZZZZZAAA');
    expect(missing.status).toBe(404);
    expect(missing.json()).toEqual([{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }]);
    expect((await api(`sobjects/Contact/${id}?fields=Nope__c`)).status).toBe(400);
  });

  it('describes Contact and serves the Role__c picklist through the UI API', async () => {
    const describe = (await api('sobjects/Contact/describe')).json<{ fields: { name: string; label: string; type: string; picklistValues: { value: string; active: boolean }[] }[] }>();
    const role = describe.fields.find((f) => f.name === 'Role__c');
    expect(role).toMatchObject({ label: 'Role', type: 'multipicklist' });
    expect(role?.picklistValues.map((p) => p.value)).toContain('GitLab Admin');
    const ui = await api('ui-api/object-info/Contact/picklist-values/012000000000000AAA/Role__c');
    expect(ui.json<{ values: { label: string; value: string }[] }>().values.map((v) => v.value)).toEqual([
      'GitLab Admin', 'Billing Contact', 'Technical Contact', 'Executive Sponsor', 'Champion', 'Procurement',
    ]);
  });
});

describe('PATCH Contact', () => {
  it('answers 204 with no body and the change shows in a query and in the C360 company JSON', async () => {
    const id = kenji().id!;
    const res = await api(`sobjects/Contact/${id}`, { method: 'PATCH', body: { Role__c: 'GitLab Admin;Champion', Sold_To__c: true } });
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    const row = (await q(`SELECT Role__c, Sold_To__c FROM Contact WHERE Id = '${id}'`)).json<QueryPage<{ Role__c: string; Sold_To__c: boolean }>>().records[0];
    expect(row).toMatchObject({ Role__c: 'GitLab Admin;Champion', Sold_To__c: true });
    const company = (await sandboxFetch(sandbox.port, `https://gitlab.gainsightcloud.com/v1/api/sandbox/company/${vertex().gainsightId}`)).json<CompanyView>();
    const cells = company.contacts.rows.find((r) => r.id === id)?.cells;
    expect(cells?.[2]).toBe('GitLab Admin, Champion');
    expect(cells?.[3]).toBe('Yes');
    const state = (await sandboxFetch(sandbox.port, 'https://gitlab.gainsightcloud.com/__sandbox/state')).json<{ patches: { id: string; body: object }[] }>();
    expect(state.patches).toEqual([expect.objectContaining({ id, body: { Role__c: 'GitLab Admin;Champion', Sold_To__c: true } })]);
  });

  it('rejects a value outside the restricted picklist, including a value an admin removed', async () => {
    const id = kenji().id!;
    const bad = await api(`sobjects/Contact/${id}`, { method: 'PATCH', body: { Role__c: 'Foo' } });
    expect(bad.status).toBe(400);
    expect(bad.json()).toEqual([{ message: 'bad value for restricted picklist field: Foo', errorCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', fields: ['Role__c'] }]);
    await control({ removePicklistValue: 'GitLab Admin' });
    const removed = await api(`sobjects/Contact/${id}`, { method: 'PATCH', body: { Role__c: 'GitLab Admin' } });
    expect(removed.json<SfError>()[0]?.message).toBe('bad value for restricted picklist field: GitLab Admin');
    const ui = await api('ui-api/object-info/Contact/picklist-values/012000000000000AAA/Role__c');
    expect(ui.json<{ values: { value: string }[] }>().values.map((v) => v.value)).not.toContain('GitLab Admin');
  });

  it('rejects unknown and read-only fields and unknown ids', async () => {
    const id = kenji().id!;
    const unknown = await api(`sobjects/Contact/${id}`, { method: 'PATCH', body: { Foo__c: 'x' } });
    expect(unknown.status).toBe(400);
    expect(unknown.json()).toEqual([{ message: "No such column 'Foo__c' on sobject of type Contact", errorCode: 'INVALID_FIELD' }]);
    const readOnly = await api(`sobjects/Contact/${id}`, { method: 'PATCH', body: { Name: 'X' } });
    expect(readOnly.json<SfError>()[0]?.errorCode).toBe('INVALID_FIELD_FOR_INSERT_UPDATE');
    expect((await api('sobjects/Contact/0035g00000ZZZZZAAA', { method: 'PATCH', body: { Role__c: 'Champion' } })).status).toBe(404);
    expect((await api(`sobjects/Contact/${id}`, { method: 'PATCH', body: '{nope' })).json<SfError>()[0]?.errorCode).toBe('JSON_PARSER_ERROR');
    expect(sandbox.state.patches).toEqual([]);
  });

  it('follows a renamed role field: Role__c becomes unknown, the new name works', async () => {
    await control({ roleFieldName: 'GitLab_Role__c' });
    expect((await q('SELECT Role__c FROM Contact')).json<SfError>()[0]?.errorCode).toBe('INVALID_FIELD');
    const id = kenji().id!;
    expect((await api(`sobjects/Contact/${id}`, { method: 'PATCH', body: { Role__c: 'Champion' } })).status).toBe(400);
    expect((await api(`sobjects/Contact/${id}`, { method: 'PATCH', body: { GitLab_Role__c: 'Champion' } })).status).toBe(204);
    expect(kenji().roles).toEqual(['Champion']);
  });

  it('reset restores the initial data', async () => {
    await api(`sobjects/Contact/${kenji().id}`, { method: 'PATCH', body: { Role__c: null } });
    expect(kenji().roles).toEqual([]);
    await sandboxFetch(sandbox.port, 'https://start.sandbox.test/__sandbox/reset', { method: 'POST' });
    expect(kenji().roles).toEqual(['GitLab Admin']);
  });
});
