import type { QueryOptions, QueryRead, SalesforceClient } from './client';
import type { Describer, DescribedObject } from './describe';
import type { SalesforceError, SalesforceResult } from '../../shared/salesforce/errors';

/**
 * Queries that ask an org only for fields it has. Every org names custom fields its own way, and one
 * unknown name makes Salesforce refuse the whole query (400 INVALID_FIELD), so:
 * 1. the mapped field paths are checked against the org's describe first, and missing ones left out;
 * 2. if Salesforce still names a field it does not know (the describe was stale, or a lookup's target
 *    could not be described), that field is left out too and the query asked again, a bounded number
 *    of times.
 */

export type FieldState = 'present' | 'missing' | 'unverified';

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

async function describeOrNull(describer: Describer, object: string, signal?: AbortSignal): Promise<DescribedObject | null> {
  const result = await describer.describe(object, { signal });
  return result.ok ? result.data : null;
}

/**
 * Whether each path (`Deployment__c`, `CSM__r.Name`) exists on `object`. A lookup hop is followed to
 * the object it points to; a path that cannot be checked (that object could not be described) is
 * "unverified" and still asked for, since leaving it out would lose a field the org may well have.
 */
export async function checkFieldPaths(describer: Describer, object: string, paths: readonly string[], signal?: AbortSignal): Promise<Map<string, FieldState>> {
  const states = new Map<string, FieldState>();
  const root = await describeOrNull(describer, object, signal);
  for (const path of paths) {
    if (!root) {
      states.set(path, 'unverified');
      continue;
    }
    let current: DescribedObject | null = root;
    let state: FieldState = 'present';
    const names = path.split('.');
    for (const [i, name] of names.entries()) {
      if (!current) {
        state = 'unverified';
        break;
      }
      if (i === names.length - 1) {
        if (!current.fields.some((f) => same(f.name, name))) state = 'missing';
        break;
      }
      const hop: DescribedObject['fields'][number] | undefined = current.fields.find((f) => f.relationshipName !== null && same(f.relationshipName, name));
      if (!hop) {
        state = 'missing';
        break;
      }
      const target: string | undefined = hop.referenceTo[0];
      current = target ? await describeOrNull(describer, target, signal) : null;
    }
    states.set(path, state);
  }
  return states;
}

/** The field Salesforce's INVALID_FIELD message names ("No such column 'X'", "Didn't understand relationship 'R'"). */
export function fieldNamedBy(error: SalesforceError): string | null {
  if (error.kind !== 'unknown-field') return null;
  const detail = error.detail ?? '';
  return /No such column '([^']+)'/i.exec(detail)?.[1] ?? /understand relationship '([^']+)'/i.exec(detail)?.[1] ?? error.fields?.[0] ?? null;
}

export interface ExistingQuery {
  object: string;
  /** Fields every org has and the query cannot do without (Id, Name). */
  required: readonly string[];
  /** Mapped or optional fields: left out when the org lacks them. */
  optional: readonly string[];
  /** `WHERE … ORDER BY …`, built from the fields that are kept (an ORDER BY may only name a kept field). */
  rest: (kept: ReadonlySet<string>) => string;
}

export interface ExistingRead {
  result: SalesforceResult<QueryRead>;
  /** The optional fields left out, because the describe lacks them or Salesforce refused them. */
  missing: string[];
}

/** Rounds of "Salesforce named an unknown field: drop it and ask again", on top of the describe. */
const MAX_DROPS = 3;

/**
 * A field the cached describe lacks is checked again with a fresh describe once the cache is this old,
 * so a field an admin has just created is used within a minute, not only when the cache expires.
 */
export const MISSING_FIELD_RECHECK_MS = 60_000;

export async function queryExistingFields(client: SalesforceClient, describer: Describer, query: ExistingQuery, opts: QueryOptions = {}): Promise<ExistingRead> {
  let states = await checkFieldPaths(describer, query.object, query.optional, opts.signal);
  if (query.optional.some((p) => states.get(p) === 'missing') && ((await describer.ageOf(query.object)) ?? 0) > MISSING_FIELD_RECHECK_MS) {
    await describer.forget();
    states = await checkFieldPaths(describer, query.object, query.optional, opts.signal);
  }
  const missing = query.optional.filter((p) => states.get(p) === 'missing');
  const kept = new Set(query.optional.filter((p) => states.get(p) !== 'missing'));
  for (let round = 0; ; round++) {
    const fields = [...new Set([...query.required, ...kept])];
    const soql = `SELECT ${fields.join(', ')} FROM ${query.object} ${query.rest(kept)}`.trim();
    const result = await client.queryPages(soql, opts);
    if (result.ok || round >= MAX_DROPS) return { result, missing };
    const named = fieldNamedBy(result.error);
    const culprit = named ? [...kept].find((p) => same(p, named) || same(p.split('.')[0] ?? '', named)) : undefined;
    if (!culprit) return { result, missing };
    kept.delete(culprit);
    missing.push(culprit);
    // The describe said the field was there: it is stale, so the next record describes again.
    await describer.forget();
  }
}
