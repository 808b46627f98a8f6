/**
 * The REST API at `https://<org>.my.salesforce.com/services/data/…`, answering with Salesforce's shapes,
 * status codes and error arrays. No CORS headers on purpose: the real org has no CORS allow-list for the
 * extension, whose service worker gets through with host permissions and a content script does not.
 */
import type { ServerResponse } from 'node:http';
import { isRecord, readJson, sendEmpty, sendJson, type RequestContext } from '../http';
import { randomToken } from '../ids';
import type { SandboxState } from '../state';
import { recordAttributes, runQuery } from './query';
import { findContact, findRow, splitMulti, writeContact, type SfRow, type SfValue } from './records';
import { describeObject, findField, findObject, MASTER_RECORD_TYPE_ID, orgSchema, type SfObject } from './schema';
import { sessionFromRequest } from './session';
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

const notFound = (res: ServerResponse) => sfError(res, 404, 'NOT_FOUND', 'The requested resource does not exist');

function methodNotAllowed(res: ServerResponse, method: string, allowed: string): void {
  sfError(res, 405, 'METHOD_NOT_ALLOWED', `HTTP Method '${method}' not allowed. Allowed are ${allowed}`);
}

export async function handleRest(ctx: RequestContext): Promise<boolean> {
  const { url, res, method, state } = ctx;
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

  if (!sessionFromRequest(state, ctx.req, ctx.host)) {
    sfError(res, 401, 'INVALID_SESSION_ID', 'Session expired or invalid');
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
  const head = path[0];
  if (head === undefined) {
    sendJson(res, 200, resourceMap(version));
  } else if (head === 'query' || head === 'queryAll') {
    if (method !== 'GET') methodNotAllowed(res, method, 'GET,HEAD');
    else if (path.length === 1) query(ctx, version);
    else if (path.length === 2) queryMore(ctx, version, path[1] ?? '');
    else notFound(res);
  } else if (head === 'sobjects') {
    await sobjects(ctx, version, path.slice(1));
  } else if (head === 'ui-api') {
    uiApi(ctx, path.slice(1));
  } else {
    notFound(res);
  }
  return true;
}

function resourceMap(version: string): Record<string, string> {
  const base = `/services/data/v${version}`;
  return { sobjects: `${base}/sobjects`, query: `${base}/query`, queryAll: `${base}/queryAll`, 'ui-api': `${base}/ui-api` };
}

function page(state: SandboxState, version: string, locator: string, records: unknown[], offset: number, totalSize: number) {
  const pageSize = state.cursors.get(locator)?.pageSize ?? state.switches.salesforcePageSize;
  const end = offset + pageSize;
  const body: Record<string, unknown> = { totalSize, done: end >= records.length };
  if (end < records.length) body.nextRecordsUrl = `/services/data/v${version}/query/${locator}-${end}`;
  body.records = records.slice(offset, end);
  return body;
}

function query(ctx: RequestContext, version: string): void {
  const { res, state, url } = ctx;
  const q = url.searchParams.get('q');
  if (!q) {
    sfError(res, 400, 'MALFORMED_QUERY', 'A query string has to be specified');
    return;
  }
  try {
    const result = runQuery(state, q, version);
    if (result.countOnly) {
      sendJson(res, 200, { totalSize: result.totalSize, done: true, records: [] });
      return;
    }
    // A query locator snapshots the result, so later pages do not shift when data changes meanwhile.
    const locator = `01g5g00000${randomToken(5)}AAA`;
    const pageSize = state.switches.salesforcePageSize;
    if (result.records.length > pageSize) state.cursors.set(locator, { object: result.object, records: result.records, pageSize });
    sendJson(res, 200, page(state, version, locator, result.records, 0, result.totalSize));
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
  sendJson(ctx.res, 200, page(ctx.state, version, m[1] ?? '', cursor.records, Number(m[2]), cursor.records.length));
}

async function sobjects(ctx: RequestContext, version: string, path: string[]): Promise<void> {
  const { res, method, state } = ctx;
  const schema = orgSchema(state.switches);
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
  if (method === 'PATCH') return patchRecord(ctx, object, recordId);
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

/** Validates a PATCH body field by field with Salesforce's error codes, then writes it to the shared data. */
async function patchRecord(ctx: RequestContext, object: SfObject, recordId: string): Promise<void> {
  const { res, state } = ctx;
  const parsed = await readJson(ctx.req);
  if (!parsed.ok || !isRecord(parsed.value)) {
    sfError(res, 400, 'JSON_PARSER_ERROR', parsed.ok ? 'Cannot deserialize instance of sObject from a non-object value' : `Unexpected character: ${parsed.error}`);
    return;
  }
  const body = parsed.value;
  const found = object.name === 'Contact' ? findContact(state, recordId) : undefined;
  if (!findRow(state, object.name, recordId)) return notFound(res);
  const changes: SfRow = {};
  for (const [name, raw] of Object.entries(body)) {
    if (name === 'attributes') continue;
    const field = findField(object, name);
    if (!field) {
      sfError(res, 400, 'INVALID_FIELD', `No such column '${name}' on sobject of type ${object.name}`);
      return;
    }
    if (!field.updateable || !found) {
      sfError(
        res,
        400,
        'INVALID_FIELD_FOR_INSERT_UPDATE',
        `Unable to create/update fields: ${field.name}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`,
        [field.name],
      );
      return;
    }
    const problem = checkValue(field.type, field.picklistValues, raw, field.label);
    if (problem) {
      sfError(res, 400, problem.code, problem.message, [field.name]);
      return;
    }
    changes[field.name] = raw as SfValue;
  }
  if (found) writeContact(state, found.contact, changes);
  state.patches.push({ object: object.name, id: recordId, body, at: new Date().toISOString() });
  sendEmpty(res, 204);
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
function uiApi(ctx: RequestContext, path: string[]): void {
  const { res, state, method } = ctx;
  if (method !== 'GET') return methodNotAllowed(res, method, 'GET,HEAD');
  const [area, objectName, kind, recordTypeId, fieldName] = path;
  if (area !== 'object-info' || kind !== 'picklist-values' || path.length !== 5) return notFound(res);
  const object = findObject(orgSchema(state.switches), objectName ?? '');
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
