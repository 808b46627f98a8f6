/**
 * The REST API at `https://<org>.my.salesforce.com/services/data/…`, answering with Salesforce's shapes,
 * status codes and error arrays. No CORS headers on purpose: the real org has no CORS allow-list for the
 * extension, whose service worker gets through with host permissions and a content script does not.
 */
import type { ServerResponse } from 'node:http';
import { isRecord, readJson, sendEmpty, sendJson, sleep, type RequestContext } from '../http';
import { randomToken } from '../ids';
import type { SandboxState } from '../state';
import { ChildRows, recordAttributes, runQuery } from './query';
import { DIGITAL_OWNER, findContact, findRow, largeOrgRow, rowsOf, splitMulti, writeContact, type SfRow, type SfValue } from './records';
import { largeOrgOf } from './large-org';
import { describeObject, findField, findObject, MASTER_RECORD_TYPE_ID, orgSchema, type SfObject } from './schema';
import { orgOfHost, type SandboxOrg } from './orgs';
import { sessionFromRequest } from './session';
import { takeFault, type SalesforceFault } from './switches';
import { handleComposite } from './composite';
import { SoqlError } from './soql';

const OLDEST_VERSION = 31;
const NEWEST_VERSION = 66;
const RELEASES = ['Spring', 'Summer', 'Winter'] as const;

/** v31.0 (Summer '14) … v66.0 (Spring '26): three releases a year, Winter named after the next year. */
export function apiVersions(): { label: string; url: string; version: string }[] {
  const out = [];
  for (let v = OLDEST_VERSION; v <= NEWEST_VERSION; v++) {
    const index = v - 30;
    const season = RELEASES[index % 3] ?? 'Spring';
    const year = 14 + Math.floor((index + 1) / 3);
    out.push({ label: `${season} '${String(year).padStart(2, '0')}`, url: `/services/data/v${v}.0`, version: `${v}.0` });
  }
  return out;
}

function sfError(res: ServerResponse, status: number, errorCode: string, message: string, fields?: string[]): void {
  sendJson(res, status, [fields ? { message, errorCode, fields } : { message, errorCode }]);
}

/** What a valid session the org refuses gets: 401 INVALID_SESSION_ID, in words other than an expired session's. */
const SESSION_POLICY_MESSAGES: Record<string, string | null> = {
  none: null,
  'api-access-control': 'This session is not valid for use with the REST API',
  'high-assurance': 'This session is not valid for use with the API: a High Assurance session is required',
};

/** How long a "hung" call holds its connection at most, so a forgotten switch cannot pin a socket forever. */
const HANG_MAX_MS = 5 * 60_000;

/** Answers with the fault: Salesforce's error shapes for 429/500/503, or no answer at all. */
async function answerFault(ctx: RequestContext, fault: SalesforceFault): Promise<void> {
  const { res, req } = ctx;
  if (fault.kind === 'hang') {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, HANG_MAX_MS);
      req.socket.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    if (!res.writableEnded) res.destroy();
    return;
  }
  const retryAfter = fault.retryAfterSeconds !== null && fault.kind !== 500 ? { 'retry-after': String(fault.retryAfterSeconds) } : undefined;
  const [errorCode, message] =
    fault.kind === 429
      ? ['REQUEST_LIMIT_EXCEEDED', 'ConcurrentPerOrgLongTxn Limit exceeded.']
      : fault.kind === 500
        ? ['UNKNOWN_EXCEPTION', 'An unexpected error occurred. Please include this ErrorId if you contact support: 1432871921-12345 (-1234567890)']
        : ['SERVER_UNAVAILABLE', 'Service Unavailable'];
  sendJson(res, fault.kind, [{ message, errorCode }], retryAfter);
}

const notFound = (res: ServerResponse) => sfError(res, 404, 'NOT_FOUND', 'The requested resource does not exist');

function methodNotAllowed(res: ServerResponse, method: string, allowed: string): void {
  sfError(res, 405, 'METHOD_NOT_ALLOWED', `HTTP Method '${method}' not allowed. Allowed are ${allowed}`);
}

/**
 * The signed-in user, as `GET /services/oauth2/userinfo` gives it: the User whose email is the login
 * name, else the large org's first CSM, else the book's first CSM, so "my book" has accounts.
 */
function userInfo(ctx: RequestContext): void {
  const session = sessionFromRequest(ctx.state, ctx.req, ctx.host);
  if (!session) return sfError(ctx.res, 401, 'INVALID_SESSION_ID', 'Session expired or invalid');
  const users = rowsOf(ctx.state, 'User');
  const me =
    users.find((u) => typeof u.Email === 'string' && u.Email.toLowerCase() === session.username.toLowerCase()) ??
    largeOrgOf(ctx.state)?.csms[0] ??
    users.find((u) => u.Name !== DIGITAL_OWNER) ??
    users[0];
  sendJson(ctx.res, 200, {
    sub: `https://login.salesforce.com/id/${session.orgId}/${String(me?.Id ?? '')}`,
    user_id: me?.Id ?? null,
    organization_id: session.orgId,
    preferred_username: session.username,
    name: me?.Name ?? session.username,
    email: me?.Email ?? session.username,
  });
}

export async function handleRest(ctx: RequestContext): Promise<boolean> {
  const { url, res, method, state } = ctx;
  if (url.pathname.startsWith('/services/')) {
    state.restCalls.push({ host: ctx.host, method, path: url.pathname + url.search, withSession: sessionFromRequest(state, ctx.req, ctx.host) !== undefined });
  }
  if (url.pathname === '/services/oauth2/userinfo') {
    await sleep(state.switches.salesforceLatencyMs);
    userInfo(ctx);
    return true;
  }
  if (url.pathname !== '/services/data' && !url.pathname.startsWith('/services/data/')) return false;
  const rest = url.pathname.slice('/services/data'.length).replace(/^\/+/, '');
  if (rest === '') {
    sendJson(res, 200, apiVersions());
    return true;
  }
  const [versionPart = '', ...segments] = rest.split('/');
  const vm = /^v(\d+)\.0$/.exec(versionPart);
  const versionNumber = vm ? Number(vm[1]) : NaN;
  if (!(versionNumber >= OLDEST_VERSION && versionNumber <= NEWEST_VERSION)) {
    notFound(res);
    return true;
  }
  const version = `${versionNumber}.0`;
  await sleep(state.switches.salesforceLatencyMs);
  const fault = takeFault(state.switches, method);
  if (fault && !fault.afterWrite) {
    await answerFault(ctx, fault);
    return true;
  }

  if (!sessionFromRequest(state, ctx.req, ctx.host)) {
    sfError(res, 401, 'INVALID_SESSION_ID', 'Session expired or invalid');
    return true;
  }
  const policyMessage = SESSION_POLICY_MESSAGES[state.switches.sessionPolicy];
  if (policyMessage) {
    sfError(res, 401, 'INVALID_SESSION_ID', policyMessage);
    return true;
  }
  if (state.switches.apiAccessControl) {
    sfError(res, 403, 'API_DISABLED_FOR_ORG', 'API is not enabled for this Organization or Partner');
    return true;
  }
  if (state.switches.requestLimit) {
    sfError(res, 403, 'REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.');
    return true;
  }
  if (state.switches.noAccess) {
    sfError(res, 403, 'INSUFFICIENT_ACCESS', "You don't have access to this record. Ask your administrator for help or to request access.");
    return true;
  }

  const path = segments.filter((s) => s !== '').map(decodeURIComponent);
  const org = orgOfHost(ctx.host);
  if (path[0] === 'composite' && path.length === 1) {
    await handleComposite(ctx, version, (sub, subPath) => routeData(sub, version, subPath, org, null));
    return true;
  }
  await routeData(ctx, version, path, org, fault);
  return true;
}

/** The data resources under `/services/data/vXX.X/`, for a request or a composite's subrequest. */
async function routeData(ctx: RequestContext, version: string, path: string[], org: SandboxOrg, fault: SalesforceFault | null): Promise<void> {
  const { res, method } = ctx;
  const head = path[0];
  if (head === undefined) {
    sendJson(res, 200, resourceMap(version));
  } else if (head === 'query' || head === 'queryAll') {
    if (method !== 'GET') methodNotAllowed(res, method, 'GET,HEAD');
    else if (path.length === 1) query(ctx, version, org);
    else if (path.length === 2) queryMore(ctx, version, path[1] ?? '');
    else notFound(res);
  } else if (head === 'sobjects') {
    await sobjects(ctx, version, path.slice(1), org, fault);
  } else if (head === 'ui-api') {
    uiApi(ctx, path.slice(1), org);
  } else {
    notFound(res);
  }
}

function resourceMap(version: string): Record<string, string> {
  const base = `/services/data/v${version}`;
  return { sobjects: `${base}/sobjects`, query: `${base}/query`, queryAll: `${base}/queryAll`, 'ui-api': `${base}/ui-api`, composite: `${base}/composite` };
}

/** Rows of a child relationship per parent record before the child list pages (Salesforce's child batch). */
export const CHILD_BATCH_SIZE = 200;

/** `Sforce-Query-Options: batchSize=N`: Salesforce takes 200–2,000 (and may give fewer); else the org's page size. */
function requestedPageSize(ctx: RequestContext): number {
  const header = ctx.req.headers['sforce-query-options'];
  const asked = /(?:^|[,;\s])batchSize=(\d+)/i.exec(Array.isArray(header) ? header.join(',') : (header ?? ''))?.[1];
  return asked ? Math.min(2000, Math.max(200, Number(asked))) : ctx.state.switches.salesforcePageSize;
}

const newLocator = () => `01g5g00000${randomToken(5)}AAA`;

/** A child list as Salesforce nests it in its parent row: its first batch, and a locator for the rest. */
function childList(state: SandboxState, version: string, children: ChildRows): Record<string, unknown> {
  const size = Math.min(CHILD_BATCH_SIZE, state.switches.salesforcePageSize);
  if (children.records.length <= size) return { totalSize: children.records.length, done: true, records: children.records };
  const locator = newLocator();
  state.cursors.set(locator, { object: children.object, records: children.records, pageSize: size });
  return page(state, version, locator, children.records, 0, children.records.length, size);
}

function withChildLists(state: SandboxState, version: string, record: unknown): unknown {
  if (!record || typeof record !== 'object') return record;
  const entries = Object.entries(record as Record<string, unknown>);
  if (!entries.some(([, v]) => v instanceof ChildRows)) return record;
  return Object.fromEntries(entries.map(([k, v]) => [k, v instanceof ChildRows ? childList(state, version, v) : v]));
}

function page(state: SandboxState, version: string, locator: string, records: unknown[], offset: number, totalSize: number, pageSize: number) {
  const end = offset + pageSize;
  const body: Record<string, unknown> = { totalSize, done: end >= records.length };
  if (end < records.length) body.nextRecordsUrl = `/services/data/v${version}/query/${locator}-${end}`;
  body.records = records.slice(offset, end).map((r) => withChildLists(state, version, r));
  return body;
}

function query(ctx: RequestContext, version: string, org: SandboxOrg): void {
  const { res, state, url } = ctx;
  const q = url.searchParams.get('q');
  if (!q) {
    sfError(res, 400, 'MALFORMED_QUERY', 'A query string has to be specified');
    return;
  }
  try {
    const result = runQuery(state, q, version, org);
    if (result.countOnly) {
      sendJson(res, 200, { totalSize: result.totalSize, done: true, records: [] });
      return;
    }
    // A query locator snapshots the result, so later pages do not shift when data changes meanwhile.
    const locator = newLocator();
    const pageSize = requestedPageSize(ctx);
    if (result.records.length > pageSize) state.cursors.set(locator, { object: result.object, records: result.records, pageSize });
    sendJson(res, 200, page(state, version, locator, result.records, 0, result.totalSize, pageSize));
  } catch (e) {
    if (e instanceof SoqlError) sfError(res, 400, e.errorCode, e.message);
    else throw e;
  }
}

function queryMore(ctx: RequestContext, version: string, locatorAndOffset: string): void {
  const m = /^(\w{15,18})-(\d+)$/.exec(locatorAndOffset);
  const cursor = m ? ctx.state.cursors.get(m[1] ?? '') : undefined;
  if (!m || !cursor) {
    sfError(ctx.res, 400, 'INVALID_QUERY_LOCATOR', 'invalid query locator');
    return;
  }
  sendJson(ctx.res, 200, page(ctx.state, version, m[1] ?? '', cursor.records, Number(m[2]), cursor.records.length, cursor.pageSize));
}

async function sobjects(ctx: RequestContext, version: string, path: string[], org: SandboxOrg, fault: SalesforceFault | null): Promise<void> {
  const { res, method, state } = ctx;
  const schema = orgSchema(state.switches, org);
  if (path.length === 0) {
    sendJson(res, 200, {
      encoding: 'UTF-8',
      maxBatchSize: 200,
      sobjects: schema.map((o) => ({
        name: o.name,
        label: o.label,
        labelPlural: o.labelPlural,
        keyPrefix: o.keyPrefix,
        queryable: true,
        urls: { sobject: `/services/data/v${version}/sobjects/${o.name}`, describe: `/services/data/v${version}/sobjects/${o.name}/describe` },
      })),
    });
    return;
  }
  const object = findObject(schema, path[0] ?? '');
  if (!object) return notFound(res);
  if (path.length === 1) {
    sendJson(res, 200, { objectDescribe: { name: object.name, label: object.label, keyPrefix: object.keyPrefix }, recentItems: [] });
    return;
  }
  if (path[1] === 'describe' && path.length === 2) {
    if (method !== 'GET') return methodNotAllowed(res, method, 'GET,HEAD');
    sendJson(res, 200, describeObject(object, version));
    return;
  }
  if (path.length !== 2) return notFound(res);
  const recordId = path[1] ?? '';
  if (method === 'GET') return getRecord(ctx, version, object, recordId);
  if (method === 'PATCH') {
    if (!(await patchRecord(ctx, object, recordId))) return;
    // The change is saved; with an after-write fault only its answer is lost.
    return fault?.afterWrite ? answerFault(ctx, fault) : sendEmpty(res, 204);
  }
  methodNotAllowed(res, method, 'GET,HEAD,PATCH');
}

function getRecord(ctx: RequestContext, version: string, object: SfObject, recordId: string): void {
  const { res, state, url } = ctx;
  const row = findRow(state, object.name, recordId);
  if (!row) return notFound(res);
  const wanted = url.searchParams.get('fields');
  const names = wanted ? wanted.split(',').map((f) => f.trim()).filter((f) => f !== '') : object.fields.map((f) => f.name);
  const out: Record<string, unknown> = { attributes: recordAttributes(object.name, row.Id ?? null, version) };
  for (const name of names) {
    const field = findField(object, name);
    if (!field) {
      sfError(res, 400, 'INVALID_FIELD', `No such column '${name}' on sobject of type ${object.name}`);
      return;
    }
    out[field.name] = row[field.name] ?? null;
  }
  sendJson(res, 200, out);
}

/**
 * Validates a PATCH body field by field with Salesforce's error codes, then writes it to the shared data.
 * True when written (the caller answers); false when it has answered with an error.
 */
async function patchRecord(ctx: RequestContext, object: SfObject, recordId: string): Promise<boolean> {
  const { res, state } = ctx;
  const parsed = await readJson(ctx.req);
  if (!parsed.ok || !isRecord(parsed.value)) {
    sfError(res, 400, 'JSON_PARSER_ERROR', parsed.ok ? 'Cannot deserialize instance of sObject from a non-object value' : `Unexpected character: ${parsed.error}`);
    return false;
  }
  const body = parsed.value;
  const found = object.name === 'Contact' ? findContact(state, recordId) : undefined;
  // A generated (large org) contact is a row of its own, written in place.
  const generated = object.name === 'Contact' ? largeOrgRow(state, object.name, recordId) : undefined;
  if (!findRow(state, object.name, recordId)) {
    notFound(res);
    return false;
  }
  const changes: SfRow = {};
  for (const [name, raw] of Object.entries(body)) {
    if (name === 'attributes') continue;
    const field = findField(object, name);
    if (!field) {
      sfError(res, 400, 'INVALID_FIELD', `No such column '${name}' on sobject of type ${object.name}`);
      return false;
    }
    if (!field.updateable || !(found || generated)) {
      sfError(
        res,
        400,
        'INVALID_FIELD_FOR_INSERT_UPDATE',
        `Unable to create/update fields: ${field.name}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`,
        [field.name],
      );
      return false;
    }
    const problem = checkValue(field.type, field.picklistValues, raw, field.label);
    if (problem) {
      sfError(res, 400, problem.code, problem.message, [field.name]);
      return false;
    }
    changes[field.name] = raw as SfValue;
  }
  if (found) writeContact(state, found.contact, changes);
  if (generated) Object.assign(generated, changes);
  state.patches.push({ host: ctx.host, object: object.name, id: recordId, body, at: new Date().toISOString() });
  return true;
}

function checkValue(
  type: string,
  picklist: readonly string[] | undefined,
  raw: unknown,
  label: string,
): { code: string; message: string } | null {
  if (raw === null) return null;
  if (type === 'boolean') {
    return typeof raw === 'boolean' ? null : { code: 'INVALID_TYPE_ON_FIELD_IN_RECORD', message: `${label}: value not of required type: ${String(raw)}` };
  }
  if (typeof raw !== 'string') {
    return { code: 'INVALID_TYPE_ON_FIELD_IN_RECORD', message: `${label}: value not of required type: ${JSON.stringify(raw)}` };
  }
  if (type === 'email' && raw !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(raw)) {
    return { code: 'INVALID_EMAIL_ADDRESS', message: `${label}: invalid email address: ${raw}` };
  }
  if (picklist) {
    const values = type === 'multipicklist' ? splitMulti(raw) : [raw];
    const bad = values.find((v) => !picklist.includes(v));
    if (bad !== undefined) {
      return { code: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', message: `bad value for restricted picklist field: ${bad}` };
    }
  }
  return null;
}

/** `ui-api/object-info/<Object>/picklist-values/<recordTypeId>/<Field>`, the only UI API resource here. */
function uiApi(ctx: RequestContext, path: string[], org: SandboxOrg): void {
  const { res, state, method } = ctx;
  if (method !== 'GET') return methodNotAllowed(res, method, 'GET,HEAD');
  const [area, objectName, kind, recordTypeId, fieldName] = path;
  if (area !== 'object-info' || kind !== 'picklist-values' || path.length !== 5) return notFound(res);
  const object = findObject(orgSchema(state.switches, org), objectName ?? '');
  const field = object ? findField(object, fieldName ?? '') : undefined;
  if (!object || !field || !field.picklistValues || recordTypeId !== MASTER_RECORD_TYPE_ID) return notFound(res);
  sendJson(res, 200, {
    controllerValues: {},
    defaultValue: null,
    eTag: `sandbox-${field.picklistValues.length}-${state.switches.removedPicklistValues.join(',')}`,
    url: `/services/data/v66.0/ui-api/object-info/${object.name}/picklist-values/${MASTER_RECORD_TYPE_ID}/${field.name}`,
    values: field.picklistValues.map((value) => ({ attributes: null, label: value, validFor: [], value })),
  });
}
