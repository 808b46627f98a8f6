/**
 * Catalog import and export as JSON. Import is all or nothing: any error and the caller keeps its catalog.
 * Errors read `programs[3].steps[0].offsetDays: expected a number`, so a user can find the spot in the file.
 */
import type { z } from 'zod';
import { catalogProblems } from './catalog-checks';
import { CatalogSchema } from './schema';
import type { Catalog } from './types';

export type ImportResult = { ok: true; catalog: Catalog } | { ok: false; errors: string[] };

/** Fields in the schema's order, whatever order the catalog's objects were written in, so exports compare as text. */
export function exportCatalog(catalog: Catalog): string {
  return `${JSON.stringify(CatalogSchema.parse(catalog), null, 2)}\n`;
}

export function importCatalog(jsonText: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(jsonText);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [`The file is not valid JSON: ${detail}`] };
  }
  const parsed = CatalogSchema.safeParse(data);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.flatMap((issue) => describeIssue(issue, data)) };
  const problems = catalogProblems(parsed.data);
  return problems.length ? { ok: false, errors: problems } : { ok: true, catalog: parsed.data };
}

type Path = readonly PropertyKey[];

/** `programs[3].steps[0].offsetDays`; `(root)` for the document itself. */
export function formatPath(path: Path): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || '(root)';
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  number: 'a number', int: 'a whole number', string: 'a string', boolean: 'true or false', array: 'a list',
  object: 'an object',
};

function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const oneOf = (values: readonly unknown[]): string =>
  values.length === 1 ? JSON.stringify(values[0]) : `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`;

function describeIssue(issue: z.core.$ZodIssue, data: unknown): string[] {
  const at = formatPath(issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      return [valueAt(data, issue.path) === undefined ? `${at}: missing, expected ${expected}` : `${at}: expected ${expected}`];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => `${formatPath([...issue.path, key])}: unknown field`);
    case 'invalid_value':
      return [`${at}: expected ${oneOf(issue.values)}`];
    case 'invalid_union': {
      if (!('discriminator' in issue) || typeof issue.discriminator !== 'string') return [`${at}: ${issue.message}`];
      const options = 'options' in issue && Array.isArray(issue.options) ? issue.options : [];
      const found = valueAt(data, issue.path);
      return [found === undefined ? `${at}: missing, expected ${oneOf(options)}` : `${at}: expected ${oneOf(options)}`];
    }
    case 'too_small':
      if (issue.origin === 'array') return [`${at}: needs at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`];
      if (issue.origin === 'string') return [`${at}: must not be empty`];
      return [`${at}: must be at least ${issue.minimum}`];
    case 'too_big':
      if (issue.origin === 'array') return [`${at}: allows at most ${issue.maximum} items`];
      return [`${at}: must be at most ${issue.maximum}`];
    default:
      // Our own messages (slug format, custom checks) are already written for people.
      return [`${at}: ${issue.message}`];
  }
}
