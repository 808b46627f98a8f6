import { describe, expect, it } from 'vitest';
import { safeNextPath } from './client';
import { fakeClient, json, record } from './fetch.test-support';

const contact = (id: string) => record('Contact', { Id: id });
const page = (ids: string[], next?: string, totalSize = 5) =>
  json({ totalSize, done: next === undefined, ...(next ? { nextRecordsUrl: next } : {}), records: ids.map(contact) });

describe('Salesforce REST client', () => {
  it('follows nextRecordsUrl until done and returns every record', async () => {
    const { client, calls } = fakeClient((url) =>
      url.pathname.endsWith('/query') ? page(['a', 'b'], '/services/data/v66.0/query/01g-2', 3) : page(['c'], undefined, 3),
    );
    const result = await client.query("SELECT Id FROM Contact WHERE AccountId = '001'");
    expect(result.ok && result.data.map((r) => r.Id)).toEqual(['a', 'b', 'c']);
    expect(calls).toHaveLength(2);
    expect(calls[0]!.url).toContain('https://gitlab.my.salesforce.com/services/data/v66.0/query?q=SELECT');
    expect(calls[1]!.url).toBe('https://gitlab.my.salesforce.com/services/data/v66.0/query/01g-2');
    expect(new Headers(calls[0]!.init.headers).get('Authorization')).toBe('Bearer 00D000000000001!AQ');
  });

  it('says "not signed in" without calling Salesforce when there is no session cookie', async () => {
    const { client, calls } = fakeClient(() => json([]), { sid: null });
    const result = await client.query('SELECT Id FROM Account');
    expect(result).toMatchObject({ ok: false, error: { kind: 'not-signed-in', remedy: 'sign-in' } });
    expect(calls).toHaveLength(0);
  });

  it.each([
    [401, [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }], 'session-expired', 'sign-in'],
    [401, [{ message: 'This session is not valid for use with the REST API', errorCode: 'INVALID_SESSION_ID' }], 'session-blocked', 'read-page'],
    [403, [{ message: 'API is not enabled for this Organization or Partner', errorCode: 'API_DISABLED_FOR_ORG' }], 'api-blocked', 'read-page'],
    [403, [{ message: 'no', errorCode: 'INSUFFICIENT_ACCESS' }], 'no-access', 'read-page'],
    [403, [{ message: 'limit', errorCode: 'REQUEST_LIMIT_EXCEEDED' }], 'request-limit', 'read-page'],
    [404, [{ message: 'The requested resource does not exist', errorCode: 'NOT_FOUND' }], 'not-found', 'none'],
    [400, [{ message: "No such column 'Foo__c' on sobject of type Contact", errorCode: 'INVALID_FIELD' }], 'unknown-field', 'settings'],
    [400, [{ message: 'bad value for restricted picklist field: X', errorCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', fields: ['Role__c'] }], 'bad-value', 'ask-admin'],
  ])('maps HTTP %i %j to %s with a plain message', async (status, body, kind, remedy) => {
    const { client } = fakeClient(() => json(body, status));
    const result = await client.update('Contact', '003', { Role__c: 'X' });
    expect(result).toMatchObject({ ok: false, error: { kind, status, remedy } });
    expect(!result.ok && result.error.message.length).toBeGreaterThan(20);
    expect(!result.ok && result.error.detail).toBe(body[0]!.message);
  });

  it('tells an expired session, a session the org refuses, and an org without the API apart in what the user reads', async () => {
    const messageFor = async (status: number, body: unknown) => {
      const { client } = fakeClient(() => json(body, status));
      const result = await client.get('Account', '001');
      return result.ok ? '' : result.error.message;
    };
    const expired = await messageFor(401, [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]);
    const blocked = await messageFor(401, [{ message: 'This session is not valid for use with the REST API', errorCode: 'INVALID_SESSION_ID' }]);
    const disabled = await messageFor(403, [{ message: 'API is not enabled for this Organization or Partner', errorCode: 'API_DISABLED_FOR_ORG' }]);
    expect(expired).toMatch(/session has expired.*Sign in/);
    expect(blocked).toMatch(/does not let this extension use your session.*API Access Control.*High-Assurance/);
    expect(blocked).not.toMatch(/expired/);
    expect(disabled).toMatch(/API is not enabled for your org or your user/);
    expect(new Set([expired, blocked, disabled]).size).toBe(3);
  });

  it('treats a 204 PATCH as success and sends the JSON body', async () => {
    const { client, calls } = fakeClient(() => new Response(null, { status: 204 }));
    expect(await client.update('Contact', '003X', { Role__c: 'GitLab Admin;Billing Contact' })).toEqual({ ok: true, data: null });
    expect(calls[0]!.init.method).toBe('PATCH');
    expect(calls[0]!.init.body).toBe('{"Role__c":"GitLab Admin;Billing Contact"}');
  });

  it('reports a network failure instead of throwing', async () => {
    const { client } = fakeClient(() => {
      throw new TypeError('Failed to fetch');
    });
    expect(await client.get('Account', '001')).toMatchObject({ ok: false, error: { kind: 'network' } });
  });

  it('asks for a page size with the Sforce-Query-Options header when told to', async () => {
    const { client, calls } = fakeClient(() => page(['a'], undefined, 1));
    await client.queryPages('SELECT Id FROM Contact', { batchSize: 200 });
    expect(new Headers(calls[0]!.init.headers).get('Sforce-Query-Options')).toBe('batchSize=200');
  });
});

describe('honest paging', () => {
  it('keeps the rows read so far and says the read was cut short when a later page fails', async () => {
    const { client } = fakeClient((url) =>
      url.pathname.endsWith('/query') ? page(['a', 'b'], '/services/data/v66.0/query/01g-2', 5) : json([{ message: 'invalid query locator', errorCode: 'INVALID_QUERY_LOCATOR' }], 400),
    );
    const read = await client.queryPages('SELECT Id FROM Contact');
    expect(read.ok && read.data.records.map((r) => r.Id)).toEqual(['a', 'b']);
    expect(read.ok && read.data.totalSize).toBe(5);
    expect(read.ok && read.data.cutShort?.detail).toMatch(/read 2 of 5 rows/);
    // The strict form never passes a partial list off as the whole one.
    expect(await client.query('SELECT Id FROM Contact')).toMatchObject({ ok: false });
  });

  it('stops at the page cap and says so instead of returning a shorter list as complete', async () => {
    let n = 0;
    const { client, calls } = fakeClient(() => page([`r${++n}`], `/services/data/v66.0/query/01g-${n}`, 100));
    const read = await client.queryPages('SELECT Id FROM Contact', { maxPages: 3 });
    expect(calls).toHaveLength(3);
    expect(read.ok && read.data.records).toHaveLength(3);
    expect(read.ok && read.data.cutShort?.message).toMatch(/Only the first 3 of 100 rows/);
  });

  it('stops at a row bound too, and says so', async () => {
    let n = 0;
    const { client, calls } = fakeClient(() => page([`a${++n}`, `b${n}`], `/services/data/v66.0/query/01g-${n}`, 100));
    const read = await client.queryPages('SELECT Id FROM Contact', { maxRows: 5 });
    expect(calls).toHaveLength(3);
    expect(read.ok && read.data.cutShort?.message).toMatch(/Only the first 6 of 100 rows were read \(a limit of 5 rows\)/);
  });

  it.each([
    'https://evil.example/services/data/v66.0/query/01g-2',
    '//evil.example/services/data/v66.0/query/01g-2',
    '/services/data/../../secur/frontdoor.jsp?sid=x',
    '/services/data/%2e%2e/secur/logout.jsp',
    '/secur/logout.jsp',
    '/services/data\\..\\x',
  ])('never follows a next-page link outside /services/data/: %s', async (next) => {
    const { client, calls } = fakeClient(() => page(['a'], next));
    const read = await client.queryPages('SELECT Id FROM Contact');
    expect(calls).toHaveLength(1);
    expect(read.ok && read.data.cutShort?.detail).toMatch(/Refused a next-page link/);
  });

  it('accepts a plain data path of the same org', () => {
    expect(safeNextPath('/services/data/v66.0/query/01gD0000002HU6KIAW-2000', 'https://gitlab.my.salesforce.com')).toBe('/services/data/v66.0/query/01gD0000002HU6KIAW-2000');
    expect(safeNextPath(42, 'https://gitlab.my.salesforce.com')).toBeNull();
  });

  it('stops every request when the caller aborts', async () => {
    const controller = new AbortController();
    const { client, calls } = fakeClient(() => {
      controller.abort();
      return page(['a'], '/services/data/v66.0/query/01g-2');
    });
    const read = await client.queryPages('SELECT Id FROM Contact', { signal: controller.signal });
    expect(read).toMatchObject({ ok: false, error: { kind: 'aborted' } });
    expect(calls).toHaveLength(1);
  });
});
