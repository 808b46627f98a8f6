import { errorFromResponse, salesforceError } from './errors';
import type { SalesforceRecord, SalesforceResult } from './types';

/**
 * The Salesforce REST client. It runs in the background service worker only: content scripts are
 * bound by CORS, while the worker's host permissions let it call `<org>.my.salesforce.com` directly
 * with the user's own session (the `sid` cookie), so no credentials are ever stored by the extension.
 */

interface QueryPage {
  totalSize: number;
  done: boolean;
  nextRecordsUrl?: string;
  records: SalesforceRecord[];
}

export interface SalesforceClientOptions {
  apiHost: string;
  apiVersion: string;
  /** Reads the session cookie; injected so the client is testable without a browser. */
  getSessionId: (apiHost: string) => Promise<string | null>;
  fetch?: typeof fetch;
}

/** A bound on paging so a runaway query cannot keep the worker busy. */
const MAX_QUERY_PAGES = 50;

export function createSalesforceClient(options: SalesforceClientOptions) {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const base = `https://${options.apiHost}`;
  const dataPath = `/services/data/v${options.apiVersion}`;

  async function request<T>(path: string, init: RequestInit = {}): Promise<SalesforceResult<T | null>> {
    const sid = await options.getSessionId(options.apiHost);
    if (!sid) return { ok: false, error: salesforceError('not-signed-in') };
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        ...init,
        credentials: 'omit',
        headers: { Authorization: `Bearer ${sid}`, Accept: 'application/json', ...(init.body ? { 'Content-Type': 'application/json' } : {}) },
      });
    } catch (cause) {
      return { ok: false, error: salesforceError('network', { detail: String(cause) }) };
    }
    if (response.status === 204) return { ok: true, data: null };
    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok) return { ok: false, error: errorFromResponse(response.status, body) };
    if (body === undefined) return { ok: false, error: salesforceError('unexpected', { status: response.status }) };
    return { ok: true, data: body as T };
  }

  return {
    apiHost: options.apiHost,

    /** Runs a SOQL query and follows `nextRecordsUrl` until done, so callers always get every row. */
    async query(soql: string): Promise<SalesforceResult<SalesforceRecord[]>> {
      const records: SalesforceRecord[] = [];
      let path: string | undefined = `${dataPath}/query?q=${encodeURIComponent(soql)}`;
      for (let page = 0; path && page < MAX_QUERY_PAGES; page++) {
        const result: SalesforceResult<QueryPage | null> = await request<QueryPage>(path);
        if (!result.ok) return result;
        if (!result.data || !Array.isArray(result.data.records)) {
          return { ok: false, error: salesforceError('unexpected') };
        }
        records.push(...result.data.records);
        path = result.data.done ? undefined : result.data.nextRecordsUrl;
      }
      return { ok: true, data: records };
    },

    async get(object: string, id: string): Promise<SalesforceResult<SalesforceRecord>> {
      const result = await request<SalesforceRecord>(`${dataPath}/sobjects/${encodeURIComponent(object)}/${encodeURIComponent(id)}`);
      if (!result.ok) return result;
      return result.data ? { ok: true, data: result.data } : { ok: false, error: salesforceError('unexpected') };
    },

    /** PATCH answers 204 with no body; anything else is an error the caller must show. */
    async update(object: string, id: string, fields: Record<string, unknown>): Promise<SalesforceResult<null>> {
      const result = await request<null>(`${dataPath}/sobjects/${encodeURIComponent(object)}/${encodeURIComponent(id)}`, {
        method: 'PATCH',
        body: JSON.stringify(fields),
      });
      return result.ok ? { ok: true, data: null } : result;
    },

    async describe(object: string): Promise<SalesforceResult<unknown>> {
      return request<unknown>(`${dataPath}/sobjects/${encodeURIComponent(object)}/describe`);
    },
  };
}

export type SalesforceClient = ReturnType<typeof createSalesforceClient>;
