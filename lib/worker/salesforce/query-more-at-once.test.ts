import { describe, expect, it } from 'vitest';
import { fakeClient, json, record } from './fetch.test-support';

const page = (id: string, done = true) => ({ totalSize: 3, done, records: [record('Contact', { Id: id })], ...(done ? {} : { nextRecordsUrl: `/services/data/v66.0/query/01gNEXT-${id}` }) });

describe('several query pages in one composite call', () => {
  it('sends the pages as GET subrequests of one call and gives each answer on its own', async () => {
    const { client, calls } = fakeClient((url, init) => {
      expect(url.pathname).toBe('/services/data/v66.0/composite');
      const body = JSON.parse(String(init.body)) as { compositeRequest: { method: string; url: string; referenceId: string }[] };
      expect(body.compositeRequest.map((r) => [r.method, r.url])).toEqual([['GET', '/services/data/v66.0/query/01gA-2'], ['GET', '/services/data/v66.0/query/01gB-2']]);
      return json({
        compositeResponse: [
          { referenceId: body.compositeRequest[1]!.referenceId, httpStatusCode: 400, body: [{ errorCode: 'INVALID_QUERY_LOCATOR', message: 'invalid query locator' }] },
          { referenceId: body.compositeRequest[0]!.referenceId, httpStatusCode: 200, body: page('003A', false) },
        ],
      });
    });
    const result = await client.queryMoreAtOnce(['/services/data/v66.0/query/01gA-2', '/services/data/v66.0/query/01gB-2', 'https://evil.example/services/data/x']);
    expect(calls).toHaveLength(1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [a, b, evil] = result.data;
    expect(a).toMatchObject({ ok: true, data: { nextRecordsUrl: '/services/data/v66.0/query/01gNEXT-003A' } });
    expect(b).toMatchObject({ ok: false, error: { status: 400, errorCode: 'INVALID_QUERY_LOCATOR' } });
    expect(evil).toMatchObject({ ok: false, error: { detail: expect.stringContaining('not a Salesforce data path') } });
  });

  it('fails as a whole on a failure of the call itself (an expired session), and retries it like a read', async () => {
    let tries = 0;
    const { client } = fakeClient(() => (++tries === 1 ? json([{ errorCode: 'SERVER_UNAVAILABLE', message: 'down' }], 503) : json([{ errorCode: 'INVALID_SESSION_ID', message: 'Session expired or invalid' }], 401)));
    const result = await client.queryMoreAtOnce(['/services/data/v66.0/query/01gA-2']);
    expect(tries).toBe(2);
    expect(result).toMatchObject({ ok: false, error: { kind: 'session-expired' } });
  });
});
