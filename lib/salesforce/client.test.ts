import { describe, expect, it } from 'vitest';
import { createSalesforceClient } from './client';

type Route = (url: URL, init: RequestInit) => Response;

function fakeFetch(route: Route) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), init });
    return route(new URL(String(input)), init);
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });

function client(route: Route, sid: string | null = '00D000000000001!AQ') {
  const fake = fakeFetch(route);
  const api = createSalesforceClient({ apiHost: 'gitlab.my.salesforce.com', apiVersion: '66.0', getSessionId: async () => sid, fetch: fake.fetch });
  return { api, calls: fake.calls };
}

const record = (id: string) => ({ attributes: { type: 'Contact', url: `/services/data/v66.0/sobjects/Contact/${id}` }, Id: id });

describe('Salesforce REST client', () => {
  it('follows nextRecordsUrl until done and returns every record', async () => {
    const { api, calls } = client((url) =>
      url.pathname.endsWith('/query')
        ? json({ totalSize: 3, done: false, nextRecordsUrl: '/services/data/v66.0/query/01g-2', records: [record('a'), record('b')] })
        : json({ totalSize: 3, done: true, records: [record('c')] }),
    );
    const result = await api.query("SELECT Id FROM Contact WHERE AccountId = '001'");
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && result.data.map((r) => r.Id)).toEqual(['a', 'b', 'c']);
    expect(calls).toHaveLength(2);
    expect(calls[0]!.url).toContain('https://gitlab.my.salesforce.com/services/data/v66.0/query?q=SELECT');
    expect(new Headers(calls[0]!.init.headers).get('Authorization')).toBe('Bearer 00D000000000001!AQ');
  });

  it('says "not signed in" without calling Salesforce when there is no session cookie', async () => {
    const { api, calls } = client(() => json([]), null);
    const result = await api.query('SELECT Id FROM Account');
    expect(result).toMatchObject({ ok: false, error: { kind: 'not-signed-in' } });
    expect(calls).toHaveLength(0);
  });

  it.each([
    [401, [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }], 'session-expired'],
    [403, [{ message: 'API is not enabled for this Organization or Partner', errorCode: 'API_DISABLED_FOR_ORG' }], 'api-blocked'],
    [403, [{ message: 'no', errorCode: 'INSUFFICIENT_ACCESS' }], 'no-access'],
    [403, [{ message: 'limit', errorCode: 'REQUEST_LIMIT_EXCEEDED' }], 'request-limit'],
    [404, [{ message: 'The requested resource does not exist', errorCode: 'NOT_FOUND' }], 'not-found'],
    [400, [{ message: "No such column 'Foo__c' on sobject of type Contact", errorCode: 'INVALID_FIELD' }], 'unknown-field'],
    [400, [{ message: 'bad value for restricted picklist field: X', errorCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', fields: ['Role__c'] }], 'bad-value'],
  ])('maps HTTP %i %j to %s with a plain message', async (status, body, kind) => {
    const { api } = client(() => json(body, status));
    const result = await api.update('Contact', '003', { Role__c: 'X' });
    expect(result).toMatchObject({ ok: false, error: { kind, status } });
    expect(!result.ok && result.error.message.length).toBeGreaterThan(20);
    expect(!result.ok && result.error.detail).toBe(body[0]!.message);
  });

  it('treats a 204 PATCH as success and sends the JSON body', async () => {
    const { api, calls } = client(() => new Response(null, { status: 204 }));
    expect(await api.update('Contact', '003X', { Role__c: 'GitLab Admin;Billing Contact' })).toEqual({ ok: true, data: null });
    expect(calls[0]!.init.method).toBe('PATCH');
    expect(calls[0]!.init.body).toBe('{"Role__c":"GitLab Admin;Billing Contact"}');
  });

  it('reports a network failure instead of throwing', async () => {
    const fake = createSalesforceClient({
      apiHost: 'x.my.salesforce.com', apiVersion: '66.0', getSessionId: async () => 'sid',
      fetch: (async () => { throw new TypeError('Failed to fetch'); }) as typeof fetch,
    });
    expect(await fake.get('Account', '001')).toMatchObject({ ok: false, error: { kind: 'network' } });
  });
});
