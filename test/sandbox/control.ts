/**
 * The test control API, on every sandbox host under `/__sandbox/`: failure switches, a reset and a
 * readout of everything the extension did. Same-origin on every host, so a page or a test can reach it.
 */
import { isRecord, readJson, sendJson, type RequestContext } from './http';
import { applySalesforceControl, SALESFORCE_CONTROL_KEYS, type SalesforceControlRequest } from './salesforce/switches';
import { resetState, type SandboxState, type StateDefaults, type Switches } from './state';

export interface ControlRequest extends SalesforceControlRequest {
  /** Invalidates every live sid at once (each API call then gets 401 INVALID_SESSION_ID). */
  expireSessions?: boolean;
  apiAccessControl?: boolean;
  noAccess?: boolean;
  requestLimit?: boolean;
  removePicklistValue?: string;
  restorePicklistValue?: string;
  roleFieldName?: string;
  dataDelayMs?: number;
  lightningDelayMs?: number;
  salesforcePageSize?: number;
}

const FLAGS = ['apiAccessControl', 'noAccess', 'requestLimit'] as const;
const NUMBERS = ['dataDelayMs', 'lightningDelayMs', 'salesforcePageSize'] as const;
const KNOWN = new Set<string>(['expireSessions', 'removePicklistValue', 'restorePicklistValue', 'roleFieldName', ...FLAGS, ...NUMBERS, ...SALESFORCE_CONTROL_KEYS]);

/** Applies a control request; returns an error message instead of half-applying a bad one. */
export function applyControl(state: SandboxState, body: unknown): { ok: true; switches: Switches } | { ok: false; error: string } {
  if (!isRecord(body)) return { ok: false, error: 'Expected a JSON object' };
  const unknown = Object.keys(body).filter((k) => !KNOWN.has(k));
  if (unknown.length) return { ok: false, error: `Unknown control: ${unknown.join(', ')}` };
  for (const k of FLAGS) if (k in body && typeof body[k] !== 'boolean') return { ok: false, error: `${k} must be a boolean` };
  for (const k of NUMBERS) {
    const v = body[k];
    if (k in body && !(typeof v === 'number' && Number.isInteger(v) && v >= (k === 'salesforcePageSize' ? 1 : 0))) {
      return { ok: false, error: `${k} must be a ${k === 'salesforcePageSize' ? 'positive' : 'non-negative'} integer` };
    }
  }
  const roleField = body.roleFieldName;
  if (roleField !== undefined && !(typeof roleField === 'string' && /^[A-Za-z][A-Za-z0-9_]*__c$/.test(roleField))) {
    return { ok: false, error: 'roleFieldName must be a custom field API name ending in __c' };
  }
  for (const k of ['removePicklistValue', 'restorePicklistValue'] as const) {
    if (k in body && typeof body[k] !== 'string') return { ok: false, error: `${k} must be a string` };
  }

  const s = state.switches;
  const salesforceProblem = applySalesforceControl(s, body);
  if (salesforceProblem) return { ok: false, error: salesforceProblem };
  if (body.expireSessions === true) state.sessions.clear();
  for (const k of FLAGS) if (typeof body[k] === 'boolean') s[k] = body[k];
  for (const k of NUMBERS) if (typeof body[k] === 'number') s[k] = body[k];
  if (typeof roleField === 'string') s.roleFieldName = roleField;
  if (typeof body.removePicklistValue === 'string' && !s.removedPicklistValues.includes(body.removePicklistValue)) {
    s.removedPicklistValues.push(body.removePicklistValue);
  }
  if (typeof body.restorePicklistValue === 'string') {
    s.removedPicklistValues = s.removedPicklistValues.filter((v) => v !== body.restorePicklistValue);
  }
  return { ok: true, switches: s };
}

/** Everything a test may want to assert on, as plain JSON. */
export function stateSnapshot(state: SandboxState): Record<string, unknown> {
  return {
    today: state.today,
    switches: state.switches,
    sessions: state.sessions.size,
    ctas: state.ctas,
    emails: state.emails,
    patches: state.patches,
    contacts: state.accounts.flatMap((a) =>
      (a.account.contacts ?? []).map((c) => ({ accountKey: a.key, gainsightId: a.gainsightId, accountId: a.salesforceId, ...c })),
    ),
  };
}

export function accountIndex(state: SandboxState): Record<string, unknown>[] {
  return state.accounts.map((a) => ({
    key: a.key,
    name: a.account.name,
    scenario: a.scenario,
    tags: a.tags,
    gainsightId: a.gainsightId,
    salesforceId: a.salesforceId,
    c360: `https://gitlab.gainsightcloud.com/v1/ui/customersuccess360?cid=${a.gainsightId}`,
    lightning: `https://gitlab.lightning.force.com/lightning/r/Account/${a.salesforceId}/view`,
  }));
}

/** `afterReset` re-applies what the sandbox was started with (the large Salesforce org, its latency). */
export async function handleControl(ctx: RequestContext, defaults: () => StateDefaults, afterReset: () => void = () => undefined): Promise<void> {
  const { res, method, state } = ctx;
  const path = ctx.url.pathname.slice('/__sandbox/'.length);
  if (method === 'GET' && path === 'state') return sendJson(res, 200, stateSnapshot(state));
  if (method === 'GET' && path === 'accounts') return sendJson(res, 200, accountIndex(state));
  if (method === 'POST' && path === 'reset') {
    resetState(state, defaults());
    afterReset();
    return sendJson(res, 200, { ok: true });
  }
  if (method === 'POST' && path === 'control') {
    const body = await readJson(ctx.req);
    const outcome = applyControl(state, body.ok ? body.value : null);
    return outcome.ok ? sendJson(res, 200, { switches: outcome.switches }) : sendJson(res, 400, { error: outcome.error });
  }
  sendJson(res, 404, { error: 'Unknown sandbox control endpoint' });
}
