import { callSalesforce, DEFAULT_POLICY, defaultSleep, type CallDeps, type CallPolicy } from './call';
import { errorFromResponse, salesforceError, type SalesforceError, type SalesforceResult } from '../../shared/salesforce/errors';
import type { SalesforceRecord } from '../../shared/salesforce/types';

/**
 * The Salesforce REST client. It runs in the background service worker only: content scripts are
 * bound by CORS, while the worker's host permissions let it call `<org>.my.salesforce.com` directly
 * with the user's own session (the `sid` cookie), so no credentials are ever stored by the extension.
 */

export interface QueryPage {
  totalSize: number;
  done: boolean;
  nextRecordsUrl?: string;
  records: SalesforceRecord[];
}

/** A query read page by page: every row it got, and whether that is all of them. */
export interface QueryRead {
  records: SalesforceRecord[];
  /** What Salesforce says the query matches. */
  totalSize: number;
  /** Set when the read stopped before the last page (a page cap, an error, a bad next-page link). */
  cutShort?: SalesforceError;
}

export interface CallOptions {
  signal?: AbortSignal;
}

export interface QueryOptions extends CallOptions {
  /** Pages to read at most (default MAX_QUERY_PAGES); a longer result is reported as cut short. */
  maxPages?: number;
  /** Rows to read at most (default: no limit but the pages'); a longer result is reported as cut short. */
  maxRows?: number;
  /** Rows per page (Salesforce's `batchSize`, 200–2000); Salesforce's default otherwise. */
  batchSize?: number;
}

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

/** Salesforce's limit of query operations in one composite call. */
export const COMPOSITE_QUERIES = 5;

/** A bound on paging so a runaway query cannot keep the worker busy. */
export const MAX_QUERY_PAGES = 50;

/**
 * A next-page link is followed only as a path under `/services/data/` of the same org: the session is
 * sent with it, so a link to anywhere else (another host, `//evil`, `..`) would hand the session over.
 */
export function safeNextPath(raw: unknown, base: string): string | null {
  if (typeof raw !== 'string' || !raw.startsWith('/services/data/') || raw.includes('\\') || /%2e|%2f|%5c/i.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return null;
  }
  if (url.origin !== new URL(base).origin || url.hash || `${url.pathname}${url.search}` !== raw) return null;
  if (url.pathname.split('/').some((segment) => segment === '..' || segment === '.')) return null;
  return raw;
}

const cutShortBy = (error: SalesforceError, read: number, total: number): SalesforceError => ({
  ...error,
  detail: `${error.detail ? `${error.detail}; ` : ''}read ${read} of ${total} rows`,
});

export function createSalesforceClient(options: SalesforceClientOptions) {
  const base = `https://${options.apiHost}`;
  const dataPath = `/services/data/v${options.apiVersion}`;
  const policy: CallPolicy = { ...DEFAULT_POLICY, ...options.policy };
  const deps: CallDeps = {
    fetch: options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init)),
    sleep: options.sleep ?? defaultSleep,
    random: options.random ?? Math.random,
    now: options.now ?? Date.now,
    onRequest: options.onRequest,
    lastAnswer: { error: null },
  };

  async function request(path: string, init: { method?: 'GET' | 'PATCH' | 'POST'; readOnly?: boolean; body?: string; headers?: Record<string, string>; signal?: AbortSignal } = {}): Promise<SalesforceResult<unknown>> {
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
  }

  function asPage(data: unknown): QueryPage | null {
    if (!data || typeof data !== 'object') return null;
    const page = data as Partial<QueryPage>;
    return Array.isArray(page.records) && typeof page.done === 'boolean' ? (page as QueryPage) : null;
  }

  /**
   * Runs a SOQL query and follows `nextRecordsUrl`. The first page failing is a failure; a later one
   * failing (or the page cap, or a link that is not a Salesforce data path) gives the rows read so far
   * with `cutShort` saying why, so a caller can never take a partial list for the whole one.
   */
  async function queryPages(soql: string, opts: QueryOptions = {}): Promise<SalesforceResult<QueryRead>> {
    const maxPages = opts.maxPages ?? MAX_QUERY_PAGES;
    const maxRows = opts.maxRows ?? Infinity;
    const headers = opts.batchSize ? { 'Sforce-Query-Options': `batchSize=${Math.round(opts.batchSize)}` } : undefined;
    const records: SalesforceRecord[] = [];
    let totalSize = 0;
    let path: string | null = `${dataPath}/query?q=${encodeURIComponent(soql)}`;
    for (let page = 0; path; page++) {
      if (page >= maxPages || records.length >= maxRows) {
        const limit = page >= maxPages ? `${maxPages} pages` : `${maxRows} rows`;
        return { ok: true, data: { records, totalSize, cutShort: salesforceError('unexpected', { message: `Only the first ${records.length} of ${totalSize} rows were read (a limit of ${limit}).`, remedy: 'none' }) } };
      }
      const result = await request(path, { headers, signal: opts.signal });
      if (!result.ok) {
        if (page === 0 || result.error.kind === 'aborted') return result;
        return { ok: true, data: { records, totalSize, cutShort: cutShortBy(result.error, records.length, totalSize) } };
      }
      const data = asPage(result.data);
      if (!data) {
        const error = salesforceError('unexpected', { detail: 'A query page had no records list' });
        return page === 0 ? { ok: false, error } : { ok: true, data: { records, totalSize, cutShort: error } };
      }
      records.push(...data.records);
      totalSize = typeof data.totalSize === 'number' ? data.totalSize : records.length;
      if (data.done) return { ok: true, data: { records, totalSize } };
      path = safeNextPath(data.nextRecordsUrl, base);
      if (!path) {
        return { ok: true, data: { records, totalSize, cutShort: salesforceError('unexpected', { detail: `Refused a next-page link that is not a Salesforce data path: ${String(data.nextRecordsUrl).slice(0, 200)}` }) } };
      }
    }
    return { ok: true, data: { records, totalSize } };
  }

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
     * Several later query pages in ONE call (`/composite`, GET subrequests): Salesforce counts the whole
     * call once against the org's API limits. At most COMPOSITE_QUERIES links per call (Salesforce's
     * limit of query operations in a composite); each answer stands on its own, a failed one does not
     * fail the others. A link that is not a Salesforce data path is refused without being sent.
     */
    async queryMoreAtOnce(nextRecordsUrls: readonly unknown[], opts: CallOptions = {}): Promise<SalesforceResult<SalesforceResult<QueryPage>[]>> {
      const paths = nextRecordsUrls.map((url) => safeNextPath(url, base));
      if (paths.length > COMPOSITE_QUERIES) return { ok: false, error: salesforceError('unexpected', { detail: `At most ${COMPOSITE_QUERIES} query pages per composite call` }) };
      const sent = paths.flatMap((path, i) => (path ? [{ method: 'GET', url: path, referenceId: `page${i}` }] : []));
      const answers = new Map<string, SalesforceResult<QueryPage>>();
      if (sent.length) {
        const result = await request(`${dataPath}/composite`, { method: 'POST', readOnly: true, body: JSON.stringify({ allOrNone: false, compositeRequest: sent }), signal: opts.signal });
        if (!result.ok) return result;
        const list = (result.data as { compositeResponse?: unknown } | null)?.compositeResponse;
        if (!Array.isArray(list)) return { ok: false, error: salesforceError('unexpected', { detail: 'A composite answer had no compositeResponse' }) };
        for (const item of list as { body?: unknown; httpStatusCode?: unknown; referenceId?: unknown }[]) {
          const status = typeof item?.httpStatusCode === 'number' ? item.httpStatusCode : 0;
          const page = status >= 200 && status < 300 ? asPage(item.body) : null;
          const answer: SalesforceResult<QueryPage> = page ? { ok: true, data: page } : { ok: false, error: status >= 300 ? errorFromResponse(status, item.body) : salesforceError('unexpected', { detail: 'A query page had no records list' }) };
          answers.set(String(item?.referenceId), answer);
        }
      }
      const refused = salesforceError('unexpected', { detail: 'Refused a next-page link that is not a Salesforce data path' });
      return {
        ok: true,
        data: paths.map((path, i) => (path ? (answers.get(`page${i}`) ?? { ok: false, error: salesforceError('unexpected', { detail: 'The composite call did not answer this page' }) }) : { ok: false, error: refused })),
      };
    },

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
