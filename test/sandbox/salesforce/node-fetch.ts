/**
 * A `fetch` for Node tests that reaches the sandbox the way Chromium does with its host-resolver rule
 * (test-client.ts: every host to 127.0.0.1:<port>, named in SNI and Host, self-signed certificate
 * accepted for these requests only). It honours AbortSignal, so timeouts can be tested.
 */
import { sandboxFetch } from '../test-client';

export function sandboxFetchFor(port: number): typeof fetch {
  return (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, key) => (headers[key] = value));
    const res = await sandboxFetch(port, String(input), {
      method: init.method ?? 'GET',
      headers,
      ...(typeof init.body === 'string' ? { body: init.body } : {}),
      ...(init.signal ? { signal: init.signal } : {}),
    });
    const responseHeaders = new Headers();
    for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') responseHeaders.set(k, v);
    return new Response(res.status === 204 ? null : res.text, { status: res.status, headers: responseHeaders });
  }) as typeof fetch;
}
