/**
 * Salesforce failures as a CSM should read them. Every REST failure the extension can meet maps to
 * one kind, each kind has one plain sentence, and one remedy the caller can act on (sign in again,
 * read the page instead, wait, correct a setting) without keeping its own list of kinds.
 */
export type SalesforceErrorKind =
  | 'not-signed-in'
  | 'session-expired'
  /** 401 INVALID_SESSION_ID with another message: API Access Control or a High-Assurance session requirement. */
  | 'session-blocked'
  /** API_DISABLED_FOR_ORG: the org's edition or the user's profile has no API access. */
  | 'api-blocked'
  | 'no-access'
  | 'request-limit'
  /** 429: too many requests right now (concurrency or rate), still there after the retries. */
  | 'rate-limited'
  /** 500, 502, 504: Salesforce failed, still failing after the retries. */
  | 'server-error'
  /** 503: Salesforce is down for maintenance or overloaded. */
  | 'unavailable'
  /** No answer within the time limit (a hung connection). */
  | 'timeout'
  /** A write whose outcome Salesforce did not tell and that could not be checked by re-reading. */
  | 'write-unknown'
  | 'bad-value'
  | 'unknown-field'
  | 'not-found'
  | 'network'
  /** The caller cancelled (the user moved to another record): nobody needs to read a message. */
  | 'aborted'
  | 'unexpected';

/** What the user (or the caller on their behalf) can do about it. */
export type SalesforceRemedy = 'sign-in' | 'read-page' | 'retry-later' | 'settings' | 'ask-admin' | 'check-in-salesforce' | 'none';

export interface SalesforceError {
  kind: SalesforceErrorKind;
  /** Plain words for the user: what happened and what to do. */
  message: string;
  /** Set by `salesforceError`; use `remedyOf`, which also covers errors built by hand. */
  remedy?: SalesforceRemedy;
  status?: number;
  errorCode?: string;
  /** Salesforce's own message, kept for the details view. */
  detail?: string;
  fields?: string[];
  /** How many times the call was made before giving up (reads retry; writes never do). */
  attempts?: number;
  /** Seconds Salesforce asked to wait (Retry-After), when it said. */
  retryAfterSeconds?: number;
}

export type SalesforceResult<T> = { ok: true; data: T } | { ok: false; error: SalesforceError };

interface SalesforceErrorBody {
  message?: string;
  errorCode?: string;
  fields?: string[];
}

const MESSAGES: Record<SalesforceErrorKind, string> = {
  'not-signed-in': 'You are not signed in to Salesforce for this org in this browser. Sign in to Salesforce, then reopen this panel.',
  'session-expired': 'Your Salesforce session has expired. Sign in to Salesforce again, then retry.',
  'session-blocked':
    'Your Salesforce org does not let this extension use your session (API Access Control, or a High-Assurance session is required). Ask your Salesforce admin to allow it; until then the panel reads only what the page shows.',
  'api-blocked':
    'Salesforce says the API is not enabled for your org or your user (API_DISABLED_FOR_ORG). Ask your Salesforce admin for the "API Enabled" permission; until then the panel reads only what the page shows.',
  'no-access': 'Salesforce says you do not have permission for this record or field. Ask your Salesforce admin for access.',
  'request-limit': 'Your Salesforce org has used its daily API request limit. Try again later.',
  'rate-limited': 'Salesforce is turning away requests right now because too many arrive at once (429). Wait a minute, then retry.',
  'server-error': 'Salesforce had an internal error and could not answer. Retry in a few minutes.',
  unavailable: 'Salesforce is unavailable right now (503: maintenance or overload). Retry in a few minutes.',
  timeout: 'Salesforce did not answer in time. Check your connection, then retry.',
  'write-unknown':
    'Salesforce did not confirm the change, and the record could not be re-read to check whether it was saved. Open the record in Salesforce to see, before trying again.',
  'bad-value': 'Salesforce rejected the value.',
  'unknown-field': 'Salesforce does not know a field the extension asked for. Check the field names in Options → Salesforce.',
  'not-found': 'Salesforce could not find this record. It may have been deleted or merged.',
  network: 'Salesforce could not be reached. Check your connection and retry.',
  aborted: 'The Salesforce read was cancelled.',
  unexpected: 'Salesforce answered in a way the extension did not expect.',
};

const REMEDIES: Record<SalesforceErrorKind, SalesforceRemedy> = {
  'not-signed-in': 'sign-in',
  'session-expired': 'sign-in',
  'session-blocked': 'read-page',
  'api-blocked': 'read-page',
  'no-access': 'read-page',
  'request-limit': 'read-page',
  'rate-limited': 'retry-later',
  'server-error': 'retry-later',
  unavailable: 'retry-later',
  timeout: 'retry-later',
  'write-unknown': 'check-in-salesforce',
  'bad-value': 'ask-admin',
  'unknown-field': 'settings',
  'not-found': 'none',
  network: 'retry-later',
  aborted: 'none',
  unexpected: 'retry-later',
};

export function salesforceError(kind: SalesforceErrorKind, extra: Partial<Omit<SalesforceError, 'kind'>> = {}): SalesforceError {
  return { kind, message: MESSAGES[kind], remedy: REMEDIES[kind], ...extra };
}

export function remedyOf(error: SalesforceError): SalesforceRemedy {
  return error.remedy ?? REMEDIES[error.kind];
}

/** Failures where the page itself can still tell us something: the org refuses the API, not the user. */
export function readsPageInstead(error: SalesforceError): boolean {
  return remedyOf(error) === 'read-page';
}

function firstErrorBody(body: unknown): SalesforceErrorBody {
  const first: unknown = Array.isArray(body) ? body[0] : body;
  if (!first || typeof first !== 'object') return {};
  const record = first as Record<string, unknown>;
  return {
    message: typeof record.message === 'string' ? record.message : undefined,
    errorCode: typeof record.errorCode === 'string' ? record.errorCode : undefined,
    fields: Array.isArray(record.fields) ? record.fields.filter((f): f is string => typeof f === 'string') : undefined,
  };
}

/**
 * Salesforce's words for a session that has simply run out. A 401 INVALID_SESSION_ID with any other
 * message (API Access Control, "This session is not valid for use with the REST API", a High-Assurance
 * requirement) comes from the org's policy: signing in again would not help, so it must not say so.
 */
const EXPIRED_SESSION = /^session expired or invalid$/i;

function kindOf(status: number, errorCode: string | undefined, message: string | undefined): SalesforceErrorKind {
  if (status === 401) return !message || EXPIRED_SESSION.test(message.trim()) ? 'session-expired' : 'session-blocked';
  if (errorCode === 'OAUTH_APP_BLOCKED' || errorCode === 'OAUTH_APP_ACCESS_DENIED') return 'session-blocked';
  if (errorCode === 'API_DISABLED_FOR_ORG' || errorCode === 'API_CURRENTLY_DISABLED') return 'api-blocked';
  // A 429 is "too many at once, retry soon" whatever its code; a 403 REQUEST_LIMIT_EXCEEDED is the daily limit.
  if (status === 429) return 'rate-limited';
  if (errorCode === 'REQUEST_LIMIT_EXCEEDED') return 'request-limit';
  if (status === 503) return 'unavailable';
  if (status >= 500) return 'server-error';
  if (status === 403) return 'no-access';
  if (status === 404) return 'not-found';
  if (errorCode === 'INVALID_FIELD' || errorCode === 'INVALID_FIELD_FOR_INSERT_UPDATE') return 'unknown-field';
  if (errorCode?.startsWith('INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST') || errorCode === 'FIELD_INTEGRITY_EXCEPTION') return 'bad-value';
  return 'unexpected';
}

/** Maps a non-2xx answer (`[{message, errorCode, fields}]`) to the kind the user is told about. */
export function errorFromResponse(status: number, body: unknown): SalesforceError {
  const { message, errorCode, fields } = firstErrorBody(body);
  return salesforceError(kindOf(status, errorCode, message), { status, errorCode, detail: message, fields });
}
