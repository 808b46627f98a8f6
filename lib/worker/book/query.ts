/**
 * The one SOQL query that reads "My book": the user's accounts with their contacts and opportunities as
 * child subqueries, so a book of thousands of accounts costs a handful of API calls. Pure: the fields
 * come already checked against the org's describe (only what the org has is asked for).
 */
import { SEGMENTS, type Segment } from '../../shared/accounts/account';
import type { Settings } from '../../shared/settings/schema';
import { isRecordId } from '../../shared/accounts/salesforce-ids';

export type BookOwnership = Settings['book']['who'];

export interface BookQueryParts {
  /** The signed-in user (005…), checked by `isUserId`. */
  userId: string;
  who: BookOwnership;
  /** The Account lookup to the CSM user (`CSM__c`); null when the org has none. */
  csmField: string | null;
  /** The Account segment field and the spellings to keep; null: no segment filter. */
  segment: { field: string; values: readonly string[] } | null;
  accountFields: readonly string[];
  contactFields: readonly string[];
  opportunityFields: readonly string[];
}

const API_NAME = /^[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)?$/;

export const isUserId = (id: unknown): id is string => isRecordId(id, '005');

/** A SOQL string literal: backslashes and quotes escaped, so no value can end the literal. */
export function soqlString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function fieldList(fields: readonly string[]): string {
  for (const field of fields) if (!API_NAME.test(field)) throw new Error(`Not a Salesforce field name: ${field}`);
  return [...new Set(fields)].join(', ');
}

/**
 * Who the book belongs to as a WHERE clause: CSM is the user, Owner is the user, or either. Null when
 * the choice needs a CSM lookup the org does not have.
 */
export function ownerClause(who: BookOwnership, userId: string, csmField: string | null): string | null {
  if (!isUserId(userId)) throw new Error(`Not a user id: ${userId}`);
  const me = soqlString(userId);
  const byCsm = csmField ? `${fieldList([csmField])} = ${me}` : null;
  const byOwner = `OwnerId = ${me}`;
  if (who === 'owner') return byOwner;
  if (who === 'csm') return byCsm;
  return byCsm ? `(${byCsm} OR ${byOwner})` : byOwner;
}

export function bookSoql(parts: BookQueryParts): string {
  const owner = ownerClause(parts.who, parts.userId, parts.csmField);
  if (!owner) throw new Error('The book needs a CSM lookup the org does not have');
  const segment = parts.segment ? ` AND ${fieldList([parts.segment.field])} IN (${parts.segment.values.map(soqlString).join(', ')})` : '';
  const byCloseDate = parts.opportunityFields.includes('CloseDate') ? ' ORDER BY CloseDate DESC' : '';
  const contacts = `(SELECT ${fieldList(parts.contactFields)} FROM Contacts ORDER BY Name)`;
  const opportunities = `(SELECT ${fieldList(parts.opportunityFields)} FROM Opportunities${byCloseDate})`;
  return `SELECT ${fieldList(parts.accountFields)}, ${contacts}, ${opportunities} FROM Account WHERE ${owner}${segment} ORDER BY Name`;
}

const SEGMENT_SETTING: Record<Segment, keyof Settings['book']['segments']> = {
  'Tech Touch': 'techTouch',
  Scale: 'scale',
  'CSM-Assigned': 'csmAssigned',
};

/**
 * The segment spellings to keep, from the book's segment switches: each chosen segment's own name and
 * every spelling the user mapped to it. Null when every segment is chosen (no filter at all).
 */
export function segmentValues(settings: Pick<Settings, 'book' | 'programs'>): string[] | null {
  const chosen = SEGMENTS.filter((segment) => settings.book.segments[SEGMENT_SETTING[segment]]);
  if (chosen.length === SEGMENTS.length) return null;
  const spellings = settings.programs.segmentSpellings.filter((s) => chosen.includes(s.segment)).map((s) => s.spelling);
  return [...new Set([...chosen, ...spellings])];
}
