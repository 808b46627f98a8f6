import { afterEach, describe, expect, it, vi } from 'vitest';
import { backoffMs, DEFAULT_POLICY, retryAfterMs } from './call';
import { fakeClient, hang, json, queryBody } from './fetch.test-support';

const busy = (status: number, headers: Record<string, string> = {}) =>
  json([{ message: status === 429 ? 'ConcurrentPerOrgLongTxn Limit exceeded.' : 'Service Unavailable', errorCode: status === 429 ? 'REQUEST_LIMIT_EXCEEDED' : 'SERVER_UNAVAILABLE' }], status, headers);

/** Answers each call with the next of `answers`, then with the last one forever. */
function script(...answers: ((init: RequestInit) => Response | Promise<Response>)[]) {
  let i = 0;
  return (_url: URL, init: RequestInit) => answers[Math.min(i++, answers.length - 1)]!(init);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('reads retry with bounded exponential backoff', () => {
  it.each([429, 500, 502, 503, 504])('retries a GET answered %i and succeeds when Salesforce recovers', async (status) => {
    const { client, calls, sleeps } = fakeClient(script(() => busy(status), () => busy(status), () => queryBody([])));
    const result = await client.query('SELECT Id FROM Account');
    expect(result).toEqual({ ok: true, data: [] });
    expect(calls).toHaveLength(3);
    // random() = 0.5: each wait is ¾ of its step, and the steps double.
    expect(sleeps).toEqual([375, 750]);
  });

  it.each([
    [429, 'rate-limited', /too many arrive at once \(429\)/],
    [500, 'server-error', /internal error/],
    [503, 'unavailable', /unavailable right now \(503/],
  ] as const)('gives up on %i after the bounded attempts with a plain message saying it tried', async (status, kind, words) => {
    const { client, calls } = fakeClient(() => busy(status));
    const result = await client.get('Account', '001');
    expect(calls).toHaveLength(DEFAULT_POLICY.attempts);
    expect(result).toMatchObject({ ok: false, error: { kind, status, attempts: 3, remedy: 'retry-later' } });
    expect(!result.ok && result.error.message).toMatch(words);
    expect(!result.ok && result.error.message).toMatch(/tried 3 times/);
  });

  it('keeps what Salesforce said when a retry is then refused by the browser (Chrome throttles after a 503)', async () => {
    const throttled = () => {
      throw new TypeError('Failed to fetch');
    };
    const { client } = fakeClient(script(() => busy(503), throttled, throttled));
    const result = await client.get('Account', '001');
    expect(result).toMatchObject({ ok: false, error: { kind: 'unavailable', status: 503, attempts: 3 } });
  });

  it('says what Salesforce answered the read beside it when a query never reaches Salesforce (Chrome throttles by path)', async () => {
    const throttled = () => {
      throw new TypeError('Failed to fetch');
    };
    const { client } = fakeClient(script(() => busy(500), throttled));
    const first = await client.query('SELECT Id FROM Contact');
    const beside = await client.query('SELECT Id FROM Account');
    expect(first).toMatchObject({ ok: false, error: { kind: 'server-error', status: 500 } });
    expect(beside).toMatchObject({ ok: false, error: { kind: 'server-error', status: 500, attempts: 3 } });
    expect(!beside.ok && beside.error.message).toMatch(/internal error.*tried 3 times/);
  });

  it('says Salesforce could not be reached when nothing answered since its last success', async () => {
    const down = () => {
      throw new TypeError('Failed to fetch');
    };
    const { client } = fakeClient(script(() => busy(500), () => queryBody([]), down));
    await client.query('SELECT Id FROM Contact');
    const later = await client.query('SELECT Id FROM Account');
    expect(later).toMatchObject({ ok: false, error: { kind: 'network', attempts: 3 } });
  });

  it('waits as long as Retry-After says, when that is short', async () => {
    const { client, sleeps } = fakeClient(script(() => busy(429, { 'Retry-After': '2' }), () => queryBody([])));
    await client.query('SELECT Id FROM Account');
    expect(sleeps).toEqual([2000]);
  });

  it('does not sit silent for a long Retry-After: it stops and names the wait', async () => {
    const { client, calls, sleeps } = fakeClient(() => busy(503, { 'Retry-After': '120' }));
    const result = await client.get('Account', '001');
    expect(calls).toHaveLength(1);
    expect(sleeps).toEqual([]);
    expect(result).toMatchObject({ ok: false, error: { kind: 'unavailable', retryAfterSeconds: 120 } });
  });

  it('does not retry what retrying cannot fix (an expired session, a bad field)', async () => {
    const { client, calls } = fakeClient(() => json([{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }], 401));
    await client.get('Account', '001');
    expect(calls).toHaveLength(1);
  });

  it('times out a hung connection, retries it, and names the timeout', async () => {
    vi.useFakeTimers();
    const { client, calls } = fakeClient((_url, init) => hang(init), { policy: { timeoutMs: 1_000 } });
    const pending = client.get('Account', '001');
    await vi.advanceTimersByTimeAsync(3_000);
    const result = await pending;
    expect(calls).toHaveLength(3);
    expect(result).toMatchObject({ ok: false, error: { kind: 'timeout', attempts: 3 } });
    expect(!result.ok && result.error.message).toMatch(/did not answer in time/);
  });

  it('aborts a hung request at once when the caller aborts, without retrying', async () => {
    const controller = new AbortController();
    const { client, calls } = fakeClient((_url, init) => hang(init));
    const pending = client.get('Account', '001', { signal: controller.signal });
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    controller.abort();
    expect(await pending).toMatchObject({ ok: false, error: { kind: 'aborted' } });
    expect(calls).toHaveLength(1);
  });

  it('keeps every wait within the bound', () => {
    for (let attempt = 0; attempt < 10; attempt++) {
      expect(backoffMs(attempt, DEFAULT_POLICY, () => 0.999)).toBeLessThanOrEqual(DEFAULT_POLICY.maxDelayMs);
      expect(backoffMs(attempt, DEFAULT_POLICY, () => 0)).toBeGreaterThan(0);
    }
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-23T10:00:00Z');
    expect(retryAfterMs('7', now)).toBe(7000);
    expect(retryAfterMs('Mon, 23 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('soon', now)).toBeNull();
  });
});

describe('a PATCH is never retried blindly', () => {
  it.each([429, 500, 503])('sends a PATCH answered %i once', async (status) => {
    const { client, calls } = fakeClient(() => busy(status));
    const result = await client.update('Contact', '003', { Role__c: 'GitLab Admin' });
    expect(calls.filter((c) => c.init.method === 'PATCH')).toHaveLength(1);
    expect(result.ok).toBe(false);
  });

  it('a PATCH that got no answer says so, even when a read before it was answered 500: it may have been applied', async () => {
    const down = () => {
      throw new TypeError('Failed to fetch');
    };
    const { client } = fakeClient(script(() => busy(500), down));
    await client.query('SELECT Id FROM Contact');
    const result = await client.update('Contact', '003', { Role__c: 'GitLab Admin' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'network' } });
  });

  it('sends a PATCH on a hung connection once and reports the timeout', async () => {
    vi.useFakeTimers();
    const { client, calls } = fakeClient((_url, init) => hang(init), { policy: { timeoutMs: 1_000 } });
    const pending = client.update('Contact', '003', { Role__c: 'GitLab Admin' });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await pending).toMatchObject({ ok: false, error: { kind: 'timeout' } });
    expect(calls).toHaveLength(1);
  });
});

describe('calls that carry the session (issue 24)', () => {
  it('never follow a redirect', async () => {
    const inits: RequestInit[] = [];
    const { client } = fakeClient((_url: URL, init: RequestInit) => {
      inits.push(init);
      return queryBody([]);
    });
    await client.query('SELECT Id FROM Account');
    expect(inits.length).toBeGreaterThan(0);
    for (const init of inits) expect(init.redirect).toBe('error');
  });
});
