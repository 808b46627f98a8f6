/**
 * Reads stored settings one field at a time. Storage outlives versions (a downgrade, a field whose
 * rules changed, a hand-edited value), and one field that no longer validates must not cost the user
 * every other setting: it alone falls back to its default, and is reported by its dotted path so the
 * options page can show it on that field. Keys the schema does not know are dropped.
 */
import { z } from 'zod';
import { isTree } from './paths';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from './schema';

export interface StoredProblem {
  /** The schema's message, e.g. "must be a Salesforce API name like Role__c". */
  message: string;
  /** What storage holds there, kept until the user changes that field. */
  stored: unknown;
}

export type StoredProblems = Readonly<Record<string, StoredProblem>>;

export interface CheckedSettings {
  /** Every valid stored field, and the default in place of each invalid one. */
  settings: Settings;
  problems: StoredProblems;
}


/** The fields of a group of settings (`sender`, `salesforce.accountFields`…), or null for a single field. */
function groupShape(schema: z.ZodType): Record<string, z.ZodType> | null {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodDefault || inner instanceof z.ZodPrefault) inner = inner.unwrap() as z.ZodType;
  return inner instanceof z.ZodObject ? (inner.shape as Record<string, z.ZodType>) : null;
}

function check(schema: z.ZodType, stored: unknown, fallback: unknown, path: string[], problems: Record<string, StoredProblem>): unknown {
  const shape = groupShape(schema);
  if (!shape) {
    const parsed = schema.safeParse(stored);
    if (parsed.success) return parsed.data;
    problems[path.join('.')] = { message: parsed.error.issues[0]?.message ?? 'is not valid', stored };
    return fallback;
  }
  if (stored !== undefined && !isTree(stored)) problems[path.join('.') || 'settings'] = { message: 'expected a group of settings', stored };
  const group = isTree(stored) ? stored : {};
  const defaults = isTree(fallback) ? fallback : {};
  return Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, check(field, group[key], defaults[key], [...path, key], problems)]));
}

export function checkFieldByField(stored: unknown): CheckedSettings {
  const problems: Record<string, StoredProblem> = {};
  const checked = check(settingsSchema, stored, DEFAULT_SETTINGS, [], problems);
  // Each field passed on its own; a rule across fields (none today) would be caught here.
  const whole = settingsSchema.safeParse(checked);
  if (whole.success) return { settings: whole.data, problems };
  return { settings: DEFAULT_SETTINGS, problems: { ...problems, settings: { message: whole.error.issues[0]?.message ?? 'is not valid', stored } } };
}
