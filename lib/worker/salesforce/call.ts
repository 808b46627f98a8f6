import { errorFromResponse, salesforceError, type SalesforceError, type SalesforceResult } from '../../shared/salesforce/errors';

/**
 * One REST call with a time limit, the caller's AbortSignal, and — for reads only — bounded retries
 * with exponential backoff. A write is never sent twice: a PATCH whose answer was lost may have been
 * applied, so the caller must re-read to learn what happened (see role-fix.ts).
 */

/** How long one attempt may take, body included, before it counts as a hung connection. */
export const REQUEST_TIMEOUT_MS = 15_000;
/** Attempts for a read: the first call and two retries. */
export const READ_ATTEMPTS = 3;
/** The first retry waits about this long; each further one twice as long. */
export const BACKOFF_BASE_MS = 500;
/** No wait between attempts is longer than this. */
export const BACKOFF_MAX_MS = 5_000;
/**
 * The longest Retry-After the extension honours by waiting: a panel that sits silent for minutes is
 * worse than saying "Salesforce asked to wait N seconds" and letting the user retry.
 */
export const RETRY_AFTER_MAX_MS = 10_000;

export interface CallPolicy {
  timeoutMs: number;
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  retryAfterMaxMs: number;
}

export const DEFAULT_POLICY: CallPolicy = {
  timeoutMs: REQUEST_TIMEOUT_MS,
  attempts: READ_ATTEMPTS,
  baseDelayMs: BACKOFF_BASE_MS,
  maxDelayMs: BACKOFF_MAX_MS,
  retryAfterMaxMs: RETRY_AFTER_MAX_MS,
};

export interface CallDeps {
  fetch: typeof fetch;
  /** Waits `ms`, or stops early when `signal` aborts; injected so tests need no real waiting. */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** 0 ≤ x < 1, for jitter; injected so tests can pin the delays. */
  random: () => number;
  now: () => number;
  /** Told about every request actually sent (API calls count against the org's limits). */
  onRequest?: () => void;
  /**
   * What the org last answered with an error, shared by the calls of one client. Chrome throttles an
   * extension's requests by URL without its query string, so after one query is answered 500 the
   * reads sent beside it may fail without ever reaching Salesforce; they report this answer instead.
   */
  lastAnswer?: { error: SalesforceError | null };
}

export interface CallRequest {
  url: string;
  method: 'GET' | 'PATCH' | 'POST';
  /** A POST that only reads (a composite of GETs): retried like a GET, since sending it twice changes nothing. */
  readOnly?: boolean;
  headers: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
}

/** 2xx answers: the parsed JSON, or null for 204. */
export type CallResult = SalesforceResult<unknown>;

const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);
const RETRY_KINDS = new Set<SalesforceError['kind']>(['timeout', 'network', 'rate-limited', 'server-error', 'unavailable']);

export function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** Retry-After is either seconds or an HTTP date. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** Exponential backoff with "equal jitter": half the step fixed, half random, so clients spread out. */
export function backoffMs(attempt: number, policy: CallPolicy, random: () => number): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.round(step / 2 + (random() * step) / 2);
}

async function attemptOnce(request: CallRequest, policy: CallPolicy, deps: CallDeps): Promise<{ result: CallResult; retryAfter: number | null }> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, policy.timeoutMs);
  const onAbort = () => controller.abort();
  request.signal?.addEventListener('abort', onAbort, { once: true });
  const failed = (cause: unknown): { result: CallResult; retryAfter: null } => {
    if (request.signal?.aborted) return { result: { ok: false, error: salesforceError('aborted') }, retryAfter: null };
    const kind = timedOut ? 'timeout' : 'network';
    return { result: { ok: false, error: salesforceError(kind, { detail: timedOut ? `No answer within ${policy.timeoutMs / 1000} s` : String(cause) }) }, retryAfter: null };
  };
  try {
    deps.onRequest?.();
    const response = await deps.fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      credentials: 'omit',
      // The request carries the user's session: a redirect (to a login page, another host) is never
      // followed with it, and an answer from elsewhere is never taken for the org's.
      redirect: 'error',
      signal: controller.signal,
    });
    // The body is read under the same time limit: a connection can hang after the headers too.
    const text = response.status === 204 ? '' : await response.text();
    if (response.status === 204) return { result: { ok: true, data: null }, retryAfter: null };
    let body: unknown;
    try {
      body = text === '' ? undefined : (JSON.parse(text) as unknown);
    } catch {
      body = undefined;
    }
    if (!response.ok) {
      const retryAfter = retryAfterMs(response.headers.get('Retry-After'), deps.now());
      const error = errorFromResponse(response.status, body);
      const seconds = retryAfter === null ? undefined : Math.ceil(retryAfter / 1000);
      return { result: { ok: false, error: seconds === undefined ? error : { ...error, retryAfterSeconds: seconds } }, retryAfter };
    }
    if (body === undefined) return { result: { ok: false, error: salesforceError('unexpected', { status: response.status }) }, retryAfter: null };
    return { result: { ok: true, data: body }, retryAfter: null };
  } catch (cause) {
    return failed(cause);
  } finally {
    clearTimeout(timer);
    request.signal?.removeEventListener('abort', onAbort);
  }
}

/** Adds "tried N times" and "asked to wait N s" to the message, so the user knows retrying was done. */
function withAttempts(error: SalesforceError, attempts: number): SalesforceError {
  if (attempts <= 1) return { ...error, attempts };
  const wait = error.retryAfterSeconds ? ` Salesforce asked to wait ${error.retryAfterSeconds} s.` : '';
  return { ...error, attempts, message: `${error.message} (The extension tried ${attempts} times.${wait})` };
}

/**
 * Sends the request. GETs retry on 429, 5xx, timeouts and network failures, honouring Retry-After up
 * to `retryAfterMaxMs`; a PATCH is sent exactly once, whatever happens.
 */
export async function callSalesforce(request: CallRequest, policy: CallPolicy, deps: CallDeps): Promise<CallResult> {
  const attempts = request.method === 'GET' || request.readOnly ? Math.max(1, policy.attempts) : 1;
  let last: CallResult = { ok: false, error: salesforceError('unexpected') };
  // What Salesforce itself last said: a retry that then fails without an answer (Chrome throttles an
  // extension's requests to a URL that answered 503) must not turn "unavailable" into "unreachable".
  let answered: SalesforceError | null = null;
  const giveUp = (error: SalesforceError, attempt: number): CallResult => {
    // Only a read borrows another call's answer: a write that got none may have been applied.
    const said = answered ?? (attempts > 1 ? deps.lastAnswer?.error : null) ?? null;
    return { ok: false, error: withAttempts(error.status === undefined && error.kind === 'network' && said ? said : error, attempt + 1) };
  };
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (request.signal?.aborted) return { ok: false, error: salesforceError('aborted') };
    const { result, retryAfter } = await attemptOnce(request, policy, deps);
    if (result.ok) {
      if (deps.lastAnswer) deps.lastAnswer.error = null;
      return result;
    }
    last = result;
    if (result.error.status !== undefined) {
      answered = result.error;
      if (deps.lastAnswer) deps.lastAnswer.error = result.error;
    }
    const retryable = RETRY_KINDS.has(result.error.kind) && (result.error.status === undefined || RETRY_STATUSES.has(result.error.status));
    if (!retryable || attempt === attempts - 1) return giveUp(result.error, attempt);
    if (retryAfter !== null && retryAfter > policy.retryAfterMaxMs) return giveUp(result.error, attempt);
    await deps.sleep(retryAfter ?? backoffMs(attempt, policy, deps.random), request.signal);
  }
  return last;
}
