/**
 * The Salesforce failure and shape switches, set through `POST /__sandbox/control` like the others:
 * faults (429, 500, 503, a hung connection), fields an org lacks, session policies that refuse a
 * valid session, the Lightning page flavour, and the latency of each REST call.
 */

export type FaultKind = 429 | 500 | 503 | 'hang';

export interface SalesforceFault {
  kind: FaultKind;
  /** How many calls still fail; null: every call until switched off. */
  remaining: number | null;
  /** Which calls fail: reads (GET), writes (PATCH) or both. */
  on: 'read' | 'write' | 'all';
  /** A write is applied first and only its answer fails (the answer, not the request, is lost). */
  afterWrite: boolean;
  /** Sent as Retry-After with a 429 or 503. */
  retryAfterSeconds: number | null;
}

export type SessionPolicy = 'none' | 'api-access-control' | 'high-assurance';
/** `dynamic-forms-by-role`: Dynamic Forms as an org builds it, label and value exposed by role and name only. */
export type LightningLayout = 'page-layout' | 'dynamic-forms' | 'dynamic-forms-by-role' | 'console';

export interface SalesforceSwitches {
  salesforceFault: SalesforceFault | null;
  /** `Object.Field` names removed from every org's schema (on top of each org's own missing fields). */
  missingFields: string[];
  /** A valid session the org still refuses for the API: 401 INVALID_SESSION_ID with the policy's own message. */
  sessionPolicy: SessionPolicy;
  /** How Lightning lays out record pages: a page layout, Dynamic Forms, or a console app. */
  lightningLayout: LightningLayout;
  /** Added to every REST call. */
  salesforceLatencyMs: number;
  /** Related lists an admin left off the Lightning record page ("Contacts", "Opportunities"). */
  lightningHiddenRelatedLists: string[];
}

export function defaultSalesforceSwitches(latencyMs = 0): SalesforceSwitches {
  return { salesforceFault: null, missingFields: [], sessionPolicy: 'none', lightningLayout: 'page-layout', salesforceLatencyMs: latencyMs, lightningHiddenRelatedLists: [] };
}

/** The Salesforce keys of `POST /__sandbox/control`. */
export interface SalesforceControlRequest {
  /** 429, 500 or 503 answers, or a connection that never answers; null switches it off. */
  salesforceFault?: FaultKind | null;
  /** How many calls fail (default: all until switched off). */
  salesforceFaultTimes?: number;
  salesforceFaultOn?: SalesforceFault['on'];
  salesforceFaultAfterWrite?: boolean;
  retryAfterSeconds?: number;
  missingFields?: string[];
  sessionPolicy?: SessionPolicy;
  lightningLayout?: LightningLayout;
  salesforceLatencyMs?: number;
  lightningHiddenRelatedLists?: ('Contacts' | 'Opportunities')[];
}

export const SALESFORCE_CONTROL_KEYS = [
  'salesforceFault',
  'salesforceFaultTimes',
  'salesforceFaultOn',
  'salesforceFaultAfterWrite',
  'retryAfterSeconds',
  'missingFields',
  'sessionPolicy',
  'lightningLayout',
  'salesforceLatencyMs',
  'lightningHiddenRelatedLists',
] as const satisfies readonly (keyof SalesforceControlRequest)[];

const FAULTS: readonly unknown[] = [429, 500, 503, 'hang', null];
const FIELD = /^(Account|Contact|Opportunity|User)\.[A-Za-z][A-Za-z0-9_]*$/;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function problem(body: Record<string, unknown>): string | null {
  if ('salesforceFault' in body && !FAULTS.includes(body.salesforceFault)) return 'salesforceFault must be 429, 500, 503, "hang" or null';
  if ('salesforceFaultTimes' in body && !(isCount(body.salesforceFaultTimes) && body.salesforceFaultTimes > 0)) return 'salesforceFaultTimes must be a positive integer';
  if ('salesforceFaultOn' in body && !['read', 'write', 'all'].includes(String(body.salesforceFaultOn))) return 'salesforceFaultOn must be read, write or all';
  if ('salesforceFaultAfterWrite' in body && typeof body.salesforceFaultAfterWrite !== 'boolean') return 'salesforceFaultAfterWrite must be a boolean';
  if ('retryAfterSeconds' in body && !isCount(body.retryAfterSeconds)) return 'retryAfterSeconds must be a non-negative integer';
  if ('missingFields' in body && !(Array.isArray(body.missingFields) && body.missingFields.every((f) => typeof f === 'string' && FIELD.test(f)))) {
    return 'missingFields must be a list of Object.Field names';
  }
  if ('sessionPolicy' in body && !['none', 'api-access-control', 'high-assurance'].includes(String(body.sessionPolicy))) return 'sessionPolicy must be none, api-access-control or high-assurance';
  if ('lightningLayout' in body && !['page-layout', 'dynamic-forms', 'dynamic-forms-by-role', 'console'].includes(String(body.lightningLayout))) {
    return 'lightningLayout must be page-layout, dynamic-forms, dynamic-forms-by-role or console';
  }
  if ('salesforceLatencyMs' in body && !isCount(body.salesforceLatencyMs)) return 'salesforceLatencyMs must be a non-negative integer';
  const hidden = body.lightningHiddenRelatedLists;
  if ('lightningHiddenRelatedLists' in body && !(Array.isArray(hidden) && hidden.every((l) => l === 'Contacts' || l === 'Opportunities'))) {
    return 'lightningHiddenRelatedLists must be a list of Contacts, Opportunities';
  }
  return null;
}

/** Checks every Salesforce key of a control request, then applies them all (or none, with the error). */
export function applySalesforceControl(switches: SalesforceSwitches, body: Record<string, unknown>): string | null {
  const error = problem(body);
  if (error) return error;
  if ('salesforceFault' in body) {
    const kind = body.salesforceFault as FaultKind | null;
    switches.salesforceFault =
      kind === null
        ? null
        : {
            kind,
            remaining: isCount(body.salesforceFaultTimes) ? body.salesforceFaultTimes : null,
            on: (body.salesforceFaultOn as SalesforceFault['on'] | undefined) ?? 'all',
            afterWrite: body.salesforceFaultAfterWrite === true,
            retryAfterSeconds: isCount(body.retryAfterSeconds) ? body.retryAfterSeconds : null,
          };
  }
  if (Array.isArray(body.missingFields)) switches.missingFields = body.missingFields as string[];
  if (typeof body.sessionPolicy === 'string') switches.sessionPolicy = body.sessionPolicy as SessionPolicy;
  if (typeof body.lightningLayout === 'string') switches.lightningLayout = body.lightningLayout as LightningLayout;
  if (isCount(body.salesforceLatencyMs)) switches.salesforceLatencyMs = body.salesforceLatencyMs;
  if (Array.isArray(body.lightningHiddenRelatedLists)) switches.lightningHiddenRelatedLists = body.lightningHiddenRelatedLists as string[];
  return null;
}

/** The fault that applies to this call, if any, counting it down. */
export function takeFault(switches: SalesforceSwitches, method: string): SalesforceFault | null {
  const fault = switches.salesforceFault;
  if (!fault) return null;
  const write = method !== 'GET' && method !== 'HEAD';
  if (fault.on === 'read' && write) return null;
  if (fault.on === 'write' && !write) return null;
  if (fault.remaining !== null) {
    fault.remaining -= 1;
    if (fault.remaining <= 0) switches.salesforceFault = null;
  }
  return fault;
}
