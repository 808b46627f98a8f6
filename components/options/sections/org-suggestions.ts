import type { OrgField } from './use-org-fields';
import type { Suggestion } from '../fields/TextField';

/**
 * The org's fields as suggestions for one API-name setting: fields of a suitable type first, then the
 * rest (an org may keep a date in a text field). Each is searched by its label and its API name.
 */
export function orgSuggestions(fields: readonly OrgField[], suits: readonly OrgField['kind'][]): Suggestion[] {
  const suited = fields.filter((f) => suits.includes(f.kind));
  const others = fields.filter((f) => !suits.includes(f.kind));
  return [...suited, ...others].map((f) => ({ value: f.apiName, label: `${f.label} (${f.apiName})` }));
}

/** What the org calls the field the setting names, or that it has no such field. */
export function orgHint(fields: readonly OrgField[], current: string, apiHost: string): string {
  const known = fields.find((f) => f.apiName.toLowerCase() === current.toLowerCase());
  if (known) return `${apiHost} calls it “${known.label}”.`;
  return `${current || 'This field'} is not in ${apiHost}: choose one of its fields, or leave it and the programs that need it show “Needs data”.`;
}
