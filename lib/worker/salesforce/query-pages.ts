/**
 * Query pages: their shapes, the next-page links that may be followed, and reading a query to its end or
 * several later pages in one composite call. The client (client.ts) hands in its authenticated request.
 */
import { errorFromResponse, salesforceError, type SalesforceError, type SalesforceResult } from '../../shared/salesforce/errors';
import type { SalesforceRecord } from '../../shared/salesforce/types';

/** The client's authenticated call to a path of the org. */
export type Request = (
  path: string,
  init?: { method?: 'GET' | 'PATCH' | 'POST'; readOnly?: boolean; body?: string; headers?: Record<string, string>; signal?: AbortSignal },
) => Promise<SalesforceResult<unknown>>;

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

export function asPage(data: unknown): QueryPage | null {
  if (!data || typeof data !== 'object') return null;
  const page = data as Partial<QueryPage>;
  return Array.isArray(page.records) && typeof page.done === 'boolean' ? (page as QueryPage) : null;
}

/**
 * Runs a SOQL query and follows `nextRecordsUrl`. The first page failing is a failure; a later one
 * failing (or the page cap, or a link that is not a Salesforce data path) gives the rows read so far
 * with `cutShort` saying why, so a caller can never take a partial list for the whole one.
 */
export async function readQueryPages(request: Request, base: string, firstPath: string, opts: QueryOptions = {}): Promise<SalesforceResult<QueryRead>> {
  const maxPages = opts.maxPages ?? MAX_QUERY_PAGES;
  const maxRows = opts.maxRows ?? Infinity;
  const headers = opts.batchSize ? { 'Sforce-Query-Options': `batchSize=${Math.round(opts.batchSize)}` } : undefined;
  const records: SalesforceRecord[] = [];
  let totalSize = 0;
  let path: string | null = firstPath;
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

/**
 * Several later query pages in ONE call (`/composite`, GET subrequests): Salesforce counts the whole
 * call once against the org's API limits. At most COMPOSITE_QUERIES links per call (Salesforce's
 * limit of query operations in a composite); each answer stands on its own, a failed one does not
 * fail the others. A link that is not a Salesforce data path is refused without being sent.
 */
export async function queryPagesAtOnce(request: Request, base: string, compositePath: string, nextRecordsUrls: readonly unknown[], opts: CallOptions = {}): Promise<SalesforceResult<SalesforceResult<QueryPage>[]>> {
  const paths = nextRecordsUrls.map((url) => safeNextPath(url, base));
  if (paths.length > COMPOSITE_QUERIES) return { ok: false, error: salesforceError('unexpected', { detail: `At most ${COMPOSITE_QUERIES} query pages per composite call` }) };
  const sent = paths.flatMap((path, i) => (path ? [{ method: 'GET', url: path, referenceId: `page${i}` }] : []));
  const answers = new Map<string, SalesforceResult<QueryPage>>();
  if (sent.length) {
    const result = await request(compositePath, { method: 'POST', readOnly: true, body: JSON.stringify({ allOrNone: false, compositeRequest: sent }), signal: opts.signal });
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
}
