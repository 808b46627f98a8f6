/** Test helpers: a scripted `fetch` standing in for an org, and a client over it that never really waits. */
import { createSalesforceClient, type SalesforceClientOptions } from './client';

export type Route = (url: URL, init: RequestInit) => Response | Promise<Response>;

export interface Call {
  url: string;
  init: RequestInit;
}

export function fakeFetch(route: Route) {
  const calls: Call[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), init });
    return route(new URL(String(input)), init);
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/** A connection that never answers: settles only when the request is aborted (as fetch does). */
export function hang(init: RequestInit): Promise<Response> {
  return new Promise((_resolve, reject) => {
    init.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')), { once: true });
  });
}

export const record = (type: string, fields: Record<string, unknown>) => ({ attributes: { type, url: `/services/data/v66.0/sobjects/${type}/${String(fields.Id ?? 'x')}` }, ...fields });

export const queryBody = (records: unknown[], extra: Record<string, unknown> = {}) => json({ totalSize: records.length, done: true, records, ...extra });

export function fakeClient(route: Route, options: Partial<SalesforceClientOptions> & { sid?: string | null } = {}) {
  const fake = fakeFetch(route);
  const sleeps: number[] = [];
  const { sid = '00D000000000001!AQ', ...rest } = options;
  const client = createSalesforceClient({
    apiHost: 'gitlab.my.salesforce.com',
    apiVersion: '66.0',
    getSessionId: async () => sid,
    fetch: fake.fetch,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    ...rest,
  });
  return { client, calls: fake.calls, sleeps };
}

/** The SOQL of a query call, or null for other calls. */
export const soqlOf = (call: Call): string | null => new URL(call.url).searchParams.get('q');
