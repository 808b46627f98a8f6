/**
 * What Customer360 itself writes into a page, as opposed to a tenant's data: its placeholder for an
 * empty value and the caption of a field the user may not see. These are the app's words (its public
 * templates hard-code them), not tenant labels, so they are not settings.
 */

/** C360 shows `---` for a value that is empty. */
const EMPTY_PLACEHOLDER = /^-{3}$/;

/** A masked value: a lock icon with "Permission Needed" (and "Contact Admin") instead of the value. */
export const PERMISSION_NEEDED = /\bpermission needed\b/i;

/** The lock's captions: labelling elements inside a value that are not another field's label. */
export const LOCK_CAPTIONS = /^(?:permission needed|contact admin)$/i;

/** The text of a value as the snapshot wants it: C360's empty placeholder becomes blank. */
export function shownText(text: string | undefined): string {
  const trimmed = (text ?? '').trim();
  return EMPTY_PLACEHOLDER.test(trimmed) ? '' : trimmed;
}

/** A table row's cells through `shownText`. */
export function cellReader(row: ReadonlyMap<string, string>): (label: string) => string {
  return (label) => shownText(row.get(label));
}
