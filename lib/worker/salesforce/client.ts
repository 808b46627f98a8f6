import { callSalesforce, DEFAULT_POLICY, defaultSleep, type CallDeps, type CallPolicy } from './call';
import { salesforceError, type SalesforceResult } from '../../shared/salesforce/errors';
import type { SalesforceRecord } from '../../shared/salesforce/types';
import {
  asPage, queryPagesAtOnce, readQueryPages, safeNextPath, type CallOptions, type QueryOptions, type QueryPage, type Request,
} from './query-pages';

export {
  COMPOSITE_QUERIES, MAX_QUERY_PAGES, safeNextPath, type CallOptions, type QueryOptions, type QueryPage, type QueryRead,
} from './query-pages';

/**
 * The Salesforce REST client. It runs in the background service worker only: content scripts are
 * bound by CORS, while the worker's host permissions let it call `<org>.my.salesforce.com` directly
 * with the user's own session (the `sid` cookie), so no credentials are ever stored by the extension.
 */

export interface SalesforceClientOptions {
  apiHost: string;
  apiVersion: string;
  /** Reads the session cookie; injected so the client is testable without a browser. */
  getSessionId: (apiHost: string) => Promise<string | null>;
  fetch?: typeof fetch;
  policy?: Partial<CallPolicy>;
  sleep?: CallDeps['sleep'];
  random?: CallDeps['random'];
  now?: CallDeps['now'];
  onRequest?: CallDeps['onRequest'];
}

/** The org's REST call with the user's session: never sent without one, retried as the call policy says (call.ts). */
function requestFor(options: SalesforceClientOptions): Request {
  const base = `https://${options.apiHost}`;
  const policy: CallPolicy = { ...DEFAULT_POLICY, ...options.policy };
  const deps: CallDeps = {
    fetch: options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init)),
    sleep: options.sleep ?? defaultSleep,
    random: options.random ?? Math.random,
    now: options.now ?? Date.now,
    onRequest: options.onRequest,
    lastAnswer: { error: null },
  };

  return async (path, init = {}) => {
    if (init.signal?.aborted) return { ok: false, error: salesforceError('aborted') };
    const sid = await options.getSessionId(options.apiHost);
    if (!sid) return { ok: false, error: salesforceError('not-signed-in') };
    return callSalesforce(
      {
        url: `${base}${path}`,
        method: init.method ?? 'GET',
        headers: {
          Authorization: `Bearer ${sid}`,
          Accept: 'application/json',
          ...(init.body ? { 'Content-Type': 'application/json' } : {}),
          ...init.headers,
        },
        body: init.body,
        signal: init.signal,
        ...(init.readOnly ? { readOnly: true } : {}),
      },
      policy,
      deps,
    );
  };
}

export function createSalesforceClient(options: SalesforceClientOptions) {
  const base = `https://${options.apiHost}`;
  const dataPath = `/services/data/v${options.apiVersion}`;
  const request = requestFor(options);

  const queryPages = (soql: string, opts: QueryOptions = {}) => readQueryPages(request, base, `${dataPath}/query?q=${encodeURIComponent(soql)}`, opts);

  /** One page of a query: the first (`soql`) or a later one (a `nextRecordsUrl`, checked like every next-page link). */
  async function onePage(path: string | null, opts: QueryOptions): Promise<SalesforceResult<QueryPage>> {
    if (!path) return { ok: false, error: salesforceError('unexpected', { detail: 'Refused a next-page link that is not a Salesforce data path' }) };
    const headers = opts.batchSize ? { 'Sforce-Query-Options': `batchSize=${Math.round(opts.batchSize)}` } : undefined;
    const result = await request(path, { headers, signal: opts.signal });
    if (!result.ok) return result;
    const page = asPage(result.data);
    return page ? { ok: true, data: page } : { ok: false, error: salesforceError('unexpected', { detail: 'A query page had no records list' }) };
  }

  return {
    apiHost: options.apiHost,
    apiVersion: options.apiVersion,

    queryPages,

    /**
     * The first page of a query only, for a caller that shows rows as they come (My book) and follows
     * `nextRecordsUrl` itself with `queryMore`, the parent's and each child list's alike.
     */
    queryPage: (soql: string, opts: QueryOptions = {}) => onePage(`${dataPath}/query?q=${encodeURIComponent(soql)}`, opts),

    /** A later page: `nextRecordsUrl` of a query or of a child subquery's list, followed only under `/services/data/`. */
    queryMore: (nextRecordsUrl: unknown, opts: QueryOptions = {}) => onePage(safeNextPath(nextRecordsUrl, base), opts),

    /**
     * Several later query pages in ONE call (`/composite`): Salesforce counts the whole call once against
     * the org's API limits (query-pages.ts).
     */
    queryMoreAtOnce: (nextRecordsUrls: readonly unknown[], opts: CallOptions = {}) => queryPagesAtOnce(request, base, `${dataPath}/composite`, nextRecordsUrls, opts),

    /**
     * Who the session belongs to (`/services/oauth2/userinfo`): the user's id and login name. An org
     * that does not serve it answers with an error the caller can fall back from.
     */
    async userInfo(opts: CallOptions = {}): Promise<SalesforceResult<{ userId: string | null; username: string | null; name: string | null }>> {
      const result = await request('/services/oauth2/userinfo', { signal: opts.signal });
      if (!result.ok) return result;
      const body = result.data && typeof result.data === 'object' ? (result.data as Record<string, unknown>) : {};
      const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);
      return { ok: true, data: { userId: text(body.user_id), username: text(body.preferred_username), name: text(body.name) } };
    },

    /** Every row of a query, or a failure: a read cut short is a failure here, never a shorter list. */
    async query(soql: string, opts: QueryOptions = {}): Promise<SalesforceResult<SalesforceRecord[]>> {
      const read = await queryPages(soql, opts);
      if (!read.ok) return read;
      return read.data.cutShort ? { ok: false, error: read.data.cutShort } : { ok: true, data: read.data.records };
    },

    async get(object: string, id: string, opts: CallOptions = {}): Promise<SalesforceResult<SalesforceRecord>> {
      const result = await request(`${dataPath}/sobjects/${encodeURIComponent(object)}/${encodeURIComponent(id)}`, { signal: opts.signal });
      if (!result.ok) return result;
      return result.data && typeof result.data === 'object' ? { ok: true, data: result.data as SalesforceRecord } : { ok: false, error: salesforceError('unexpected') };
    },

    /**
     * PATCH answers 204 with no body; anything else is an error the caller must show. Sent once: after
     * a timeout or a 5xx the change may or may not be saved, which only a re-read can tell.
     */
    async update(object: string, id: string, fields: Record<string, unknown>, opts: CallOptions = {}): Promise<SalesforceResult<null>> {
      const result = await request(`${dataPath}/sobjects/${encodeURIComponent(object)}/${encodeURIComponent(id)}`, {
        method: 'PATCH',
        body: JSON.stringify(fields),
        signal: opts.signal,
      });
      return result.ok ? { ok: true, data: null } : result;
    },

    async describe(object: string, opts: CallOptions = {}): Promise<SalesforceResult<unknown>> {
      return request(`${dataPath}/sobjects/${encodeURIComponent(object)}/describe`, { signal: opts.signal });
    },
  };
}

export type SalesforceClient = ReturnType<typeof createSalesforceClient>;
