/**
 * Salesforce failures as a CSM should read them. Every REST failure the extension can meet maps to
 * one kind, and each kind has one plain sentence and one thing to do.
 */
export type SalesforceErrorKind =
  | 'not-signed-in'
  | 'session-expired'
  | 'api-blocked'
  | 'no-access'
  | 'request-limit'
  | 'bad-value'
  | 'unknown-field'
  | 'not-found'
  | 'network'
  | 'unexpected';

export interface SalesforceError {
  kind: SalesforceErrorKind;
  /** Plain words for the user: what happened and what to do. */
  message: string;
  status?: number;
  errorCode?: string;
  /** Salesforce's own message, kept for the details view. */
  detail?: string;
  fields?: string[];
}

export type SalesforceResult<T> = { ok: true; data: T } | { ok: false; error: SalesforceError };

interface SalesforceErrorBody {
  message?: string;
  errorCode?: string;
  fields?: string[];
}

const MESSAGES: Record<SalesforceErrorKind, string> = {
  'not-signed-in': 'You are not signed in to Salesforce in this browser. Sign in to Salesforce, then reopen this panel.',
  'session-expired': 'Your Salesforce session has expired. Sign in to Salesforce again, then retry.',
  'api-blocked':
    'Your Salesforce org blocks API access from this extension (API Access Control). Ask your Salesforce admin to allow it; until then the panel reads only what the page shows.',
  'no-access': 'Salesforce says you do not have permission for this record or field. Ask your Salesforce admin for access.',
  'request-limit': 'Your Salesforce org has used its daily API request limit. Try again later.',
  'bad-value': 'Salesforce rejected the value.',
  'unknown-field': 'Salesforce does not know a field the extension asked for. Check the field names in the options.',
  'not-found': 'Salesforce could not find this record. It may have been deleted or merged.',
  network: 'Salesforce could not be reached. Check your connection and retry.',
  unexpected: 'Salesforce answered in a way the extension did not expect.',
};

export function salesforceError(kind: SalesforceErrorKind, extra: Partial<SalesforceError> = {}): SalesforceError {
  return { kind, message: MESSAGES[kind], ...extra };
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

/** Maps a non-2xx answer (`[{message, errorCode, fields}]`) to the kind the user is told about. */
export function errorFromResponse(status: number, body: unknown): SalesforceError {
  const { message, errorCode, fields } = firstErrorBody(body);
  const extra = { status, errorCode, detail: message, fields };
  if (status === 401) return salesforceError('session-expired', extra);
  if (errorCode === 'API_DISABLED_FOR_ORG' || errorCode === 'OAUTH_APP_BLOCKED' || errorCode === 'API_CURRENTLY_DISABLED') {
    return salesforceError('api-blocked', extra);
  }
  if (errorCode === 'REQUEST_LIMIT_EXCEEDED') return salesforceError('request-limit', extra);
  if (status === 403) return salesforceError('no-access', extra);
  if (status === 404) return salesforceError('not-found', extra);
  if (errorCode === 'INVALID_FIELD' || errorCode === 'INVALID_FIELD_FOR_INSERT_UPDATE') return salesforceError('unknown-field', extra);
  if (errorCode?.startsWith('INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST') || errorCode === 'FIELD_INTEGRITY_EXCEPTION') {
    return salesforceError('bad-value', extra);
  }
  return salesforceError('unexpected', extra);
}
