/**
 * Runs a parsed SOQL query against the org's rows: checks every field path against the schema (with
 * Salesforce's INVALID_FIELD messages), filters, sorts and shapes records the way the REST API returns them.
 */
import type { SandboxState } from '../state';
import { findRow, rowsOf, sameId, splitMulti, type SfRow, type SfValue } from './records';
import { findField, findObject, findRelationship, orgSchema, type SfField, type SfObject } from './schema';
import { parseSoql, positionedMessage, SoqlError, type FieldRef, type Literal, type SoqlQuery, type Where } from './soql';

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

function resolvePath(schema: SfObject[], query: SoqlQuery, root: SfObject, ref: FieldRef): ResolvedPath {
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

export function runQuery(state: SandboxState, text: string, version: string): QueryResult {
  const query = parseSoql(text);
  const schema = orgSchema(state.switches);
  const object = findObject(schema, query.object.name);
  if (!object) {
    throw new SoqlError(
      'INVALID_TYPE',
      positionedMessage(
        text,
        query.object.pos,
        `sObject type '${query.object.name}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.`,
      ),
    );
  }
  const paths = new Map<FieldRef, ResolvedPath>();
  for (const ref of [...query.fields, ...whereFields(query.where), ...query.orderBy.map((o) => o.field)]) {
    paths.set(ref, resolvePath(schema, query, object, ref));
  }
  let rows = rowsOf(state, object.name);
  if (query.where) {
    const where = query.where;
    rows = rows.filter((r) => matches(state, r, where, paths));
  }
  for (const order of [...query.orderBy].reverse()) {
    const path = paths.get(order.field)!;
    rows = [...rows].sort((a, b) => {
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
  rows = rows.slice(query.offset, query.limit === null ? undefined : query.offset + query.limit);
  const selected = query.fields.map((f) => paths.get(f)!);
  return {
    object: object.name,
    countOnly: query.countOnly,
    totalSize: rows.length,
    records: query.countOnly ? [] : rows.map((r) => shapeRecord(state, object, r, selected, version)),
  };
}
