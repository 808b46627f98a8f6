/**
 * Runs a parsed SOQL query against the org's rows: checks every field path against the schema (with
 * Salesforce's INVALID_FIELD messages), filters, sorts and shapes records the way the REST API returns them.
 */
import type { SandboxState } from '../state';
import { childRowsOf, findRow, rowsOf, sameId, splitMulti, type SfRow, type SfValue } from './records';
import { findField, findObject, findRelationship, orgSchema, type SfChildRelationship, type SfField, type SfObject } from './schema';
import { PRODUCTION_ORG, type SandboxOrg } from './orgs';
import { parseSoql, positionedMessage, SoqlError, type FieldRef, type Literal, type OrderItem, type SoqlQuery, type SoqlSubquery, type Where } from './soql';

/** A field path checked against the schema: the reference hops, then the final field. */
interface ResolvedPath {
  ref: FieldRef;
  hops: { field: SfField; target: SfObject }[];
  leaf: SfField;
}

export interface QueryResult {
  object: string;
  countOnly: boolean;
  totalSize: number;
  records: Record<string, unknown>[];
}

function resolvePath(schema: SfObject[], query: { text: string }, root: SfObject, ref: FieldRef): ResolvedPath {
  let current = root;
  const hops: ResolvedPath['hops'] = [];
  const names = ref.path;
  for (let i = 0; i < names.length - 1; i++) {
    const rel = findRelationship(current, names[i] ?? '');
    const target = rel?.referenceTo ? findObject(schema, rel.referenceTo) : undefined;
    if (!rel || !target) {
      throw new SoqlError(
        'INVALID_FIELD',
        positionedMessage(
          query.text,
          ref.pos,
          `Didn't understand relationship '${names[i]}' in field path. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.`,
        ),
      );
    }
    hops.push({ field: rel, target });
    current = target;
  }
  const leafName = names[names.length - 1] ?? '';
  const leaf = findField(current, leafName);
  if (!leaf) {
    throw new SoqlError(
      'INVALID_FIELD',
      positionedMessage(
        query.text,
        ref.pos,
        `No such column '${leafName}' on entity '${current.name}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`,
      ),
    );
  }
  return { ref, hops, leaf };
}

function valueAt(state: SandboxState, row: SfRow, path: ResolvedPath): SfValue {
  let current: SfRow | undefined = row;
  for (const hop of path.hops) {
    const id: SfValue | undefined = current?.[hop.field.name];
    current = typeof id === 'string' ? findRow(state, hop.target.name, id) : undefined;
    if (!current) return null;
  }
  return current[path.leaf.name] ?? null;
}

function compareValues(a: SfValue, b: Literal): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).toLowerCase().localeCompare(String(b).toLowerCase());
}

function likeToRegExp(pattern: string): RegExp {
  const body = pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%/g, '.*').replace(/_/g, '.');
  return new RegExp(`^${body}$`, 'i');
}

function equals(field: SfField, value: SfValue, literal: Literal): boolean {
  if (value === null || literal === null) return value === literal;
  if (field.type === 'id' || field.type === 'reference') return typeof literal === 'string' && sameId(String(value), literal);
  if (field.type === 'multipicklist') {
    const have = splitMulti(value).map((v) => v.toLowerCase()).sort();
    const want = splitMulti(String(literal)).map((v) => v.toLowerCase()).sort();
    return have.join(';') === want.join(';');
  }
  if (typeof value === 'boolean') return value === literal;
  return compareValues(value, literal) === 0;
}

/** INCLUDES ('A;B', 'C'): the value holds both A and B, or holds C. */
function includes(value: SfValue, literals: Literal[]): boolean {
  const have = new Set(splitMulti(value).map((v) => v.toLowerCase()));
  return literals.some((lit) => splitMulti(String(lit)).every((v) => have.has(v.toLowerCase())));
}

function matches(state: SandboxState, row: SfRow, where: Where, paths: Map<FieldRef, ResolvedPath>): boolean {
  switch (where.kind) {
    case 'and':
      return where.items.every((w) => matches(state, row, w, paths));
    case 'or':
      return where.items.some((w) => matches(state, row, w, paths));
    case 'not':
      return !matches(state, row, where.item, paths);
    case 'compare': {
      const path = paths.get(where.field)!;
      const value = valueAt(state, row, path);
      switch (where.op) {
        case '=':
          return equals(path.leaf, value, where.value);
        case '!=':
          return !equals(path.leaf, value, where.value);
        case 'LIKE':
          return value !== null && likeToRegExp(String(where.value ?? '')).test(String(value));
        default: {
          if (value === null || where.value === null) return false;
          const c = compareValues(value, where.value);
          return where.op === '<' ? c < 0 : where.op === '>' ? c > 0 : where.op === '<=' ? c <= 0 : c >= 0;
        }
      }
    }
    case 'set': {
      const path = paths.get(where.field)!;
      const value = valueAt(state, row, path);
      if (where.op === 'INCLUDES') return includes(value, where.values);
      if (where.op === 'EXCLUDES') return !includes(value, where.values);
      const hit = where.values.some((v) => equals(path.leaf, value, v));
      return where.op === 'IN' ? hit : !hit;
    }
  }
}

function whereFields(where: Where | null): FieldRef[] {
  if (!where) return [];
  switch (where.kind) {
    case 'and':
    case 'or':
      return where.items.flatMap((w) => whereFields(w));
    case 'not':
      return whereFields(where.item);
    default:
      return [where.field];
  }
}

export function recordAttributes(object: string, id: SfValue, version: string): { type: string; url: string } {
  return { type: object, url: `/services/data/v${version}/sobjects/${object}/${String(id)}` };
}

/** Puts `Account.Name` under `Account: {attributes, Name}` like the REST API; a null hop gives null. */
function shapeRecord(state: SandboxState, object: SfObject, row: SfRow, paths: ResolvedPath[], version: string): Record<string, unknown> {
  const out: Record<string, unknown> = { attributes: recordAttributes(object.name, row.Id ?? null, version) };
  for (const path of paths) {
    let target: Record<string, unknown> = out;
    let source: SfRow | undefined = row;
    let broken = false;
    for (const hop of path.hops) {
      const key = hop.field.relationshipName ?? hop.field.name;
      const id: SfValue | undefined = source?.[hop.field.name];
      source = typeof id === 'string' ? findRow(state, hop.target.name, id) : undefined;
      if (!source) {
        if (!(key in target)) target[key] = null;
        broken = true;
        break;
      }
      const existing = target[key];
      if (existing && typeof existing === 'object') target = existing as Record<string, unknown>;
      else {
        const nested: Record<string, unknown> = { attributes: recordAttributes(hop.target.name, source.Id ?? null, version) };
        target[key] = nested;
        target = nested;
      }
    }
    if (!broken && source) target[path.leaf.name] = source[path.leaf.name] ?? null;
  }
  return out;
}

/**
 * A child relationship's rows under one parent record, before paging: the REST layer turns it into
 * `{ totalSize, done, records, nextRecordsUrl? }` with the child list's own query locator.
 */
export class ChildRows {
  constructor(
    readonly object: string,
    readonly records: Record<string, unknown>[],
  ) {}
}

/** What one SELECT (or subquery) asks for, with its paths checked against the schema up front. */
interface Selection {
  object: SfObject;
  paths: Map<FieldRef, ResolvedPath>;
  selected: ResolvedPath[];
  where: Where | null;
  orderBy: OrderItem[];
  limit: number | null;
  offset: number;
}

function prepare(schema: SfObject[], text: string, object: SfObject, q: { fields: FieldRef[]; where: Where | null; orderBy: OrderItem[]; limit: number | null; offset?: number }): Selection {
  const paths = new Map<FieldRef, ResolvedPath>();
  for (const ref of [...q.fields, ...whereFields(q.where), ...q.orderBy.map((o) => o.field)]) paths.set(ref, resolvePath(schema, { text }, object, ref));
  return { object, paths, selected: q.fields.map((f) => paths.get(f)!), where: q.where, orderBy: q.orderBy, limit: q.limit, offset: q.offset ?? 0 };
}

function apply(state: SandboxState, sel: Selection, rows: SfRow[]): SfRow[] {
  let out = rows;
  if (sel.where) {
    const where = sel.where;
    out = out.filter((r) => matches(state, r, where, sel.paths));
  }
  for (const order of [...sel.orderBy].reverse()) {
    const path = sel.paths.get(order.field)!;
    out = [...out].sort((a, b) => {
      const va = valueAt(state, a, path);
      const vb = valueAt(state, b, path);
      if (va === null || vb === null) {
        if (va === vb) return 0;
        return (va === null) === order.nullsLast ? 1 : -1;
      }
      const c = compareValues(va, vb);
      return order.descending ? -c : c;
    });
  }
  return out.slice(sel.offset, sel.limit === null ? undefined : sel.offset + sel.limit);
}

function objectOrThrow(schema: SfObject[], text: string, name: string, pos: number): SfObject {
  const object = findObject(schema, name);
  if (object) return object;
  throw new SoqlError(
    'INVALID_TYPE',
    positionedMessage(
      text,
      pos,
      `sObject type '${name}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.`,
    ),
  );
}

function subquerySelection(schema: SfObject[], query: SoqlQuery, parent: SfObject, sub: SoqlSubquery): { relationship: SfChildRelationship; selection: Selection } {
  const wanted = sub.relationship.name.toLowerCase();
  const relationship = parent.childRelationships?.find((r) => r.relationshipName.toLowerCase() === wanted);
  if (!relationship) {
    throw new SoqlError(
      'INVALID_TYPE',
      positionedMessage(
        query.text,
        sub.relationship.pos,
        `Didn't understand relationship '${sub.relationship.name}' in FROM part of query call. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.`,
      ),
    );
  }
  const child = objectOrThrow(schema, query.text, relationship.childSObject, sub.relationship.pos);
  return { relationship, selection: prepare(schema, query.text, child, sub) };
}

export function runQuery(state: SandboxState, text: string, version: string, org: SandboxOrg = PRODUCTION_ORG): QueryResult {
  const query = parseSoql(text);
  const schema = orgSchema(state.switches, org);
  const object = objectOrThrow(schema, text, query.object.name, query.object.pos);
  const selection = prepare(schema, text, object, query);
  const subqueries = query.subqueries.map((sub) => subquerySelection(schema, query, object, sub));
  const rows = apply(state, selection, rowsOf(state, object.name));
  const shape = (row: SfRow) => {
    const out = shapeRecord(state, object, row, selection.selected, version);
    for (const { relationship, selection: sub } of subqueries) {
      const children = apply(state, sub, childRowsOf(state, sub.object.name, relationship.field, String(row.Id)));
      // Salesforce gives null, not an empty list, for a parent without children.
      out[relationship.relationshipName] = children.length ? new ChildRows(sub.object.name, children.map((c) => shapeRecord(state, sub.object, c, sub.selected, version))) : null;
    }
    return out;
  };
  return {
    object: object.name,
    countOnly: query.countOnly,
    totalSize: rows.length,
    records: query.countOnly ? [] : rows.map(shape),
  };
}
