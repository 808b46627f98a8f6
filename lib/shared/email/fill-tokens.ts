/**
 * Fills `{{token}}` placeholders in one pass. One pass matters: a value that itself contains
 * `{{sender.email}}` is inserted as text and never expanded, so page data cannot pull other values in.
 *
 * Unresolved tokens (unknown names, or known ones without a value, e.g. `{{event.url}}` or a contact
 * without a first name) are REMOVED and reported. Removing rather than blocking keeps every program
 * prefillable, and the sidebar lists what is missing before the user fills, so the CSM reviews those
 * spots in the dialog; a raw `{{…}}` can never reach a customer.
 */
import { isKnownToken, TOKEN_PATTERN, type Token } from '../programs/tokens';
import { neutraliseBraces } from './escape';
import { removeBracePairs, STRAY } from './leftover-tokens';

export { STRAY } from './leftover-tokens';

export type TokenValues = Partial<Record<Token, string>>;

export interface FilledTemplate {
  text: string;
  /** Token names left without a value, in order of first use; `{{` when stray braces were removed. */
  unresolved: string[];
}


export function fillTokens(template: string, values: TokenValues, encode: (value: string) => string): FilledTemplate {
  const unresolved = new Set<string>();
  const pattern = new RegExp(TOKEN_PATTERN.source, 'g');
  const replaced = template.split(pattern).map((part, i) => {
    // split() with one capture group alternates text, token name, text, token name…
    // Brace pairs left between tokens are malformed tokens (`{{ a {{b}}`): they go too.
    if (i % 2 === 0) {
      const stray = removeBracePairs(part);
      if (stray.found) unresolved.add(STRAY);
      return stray.text;
    }
    const value = isKnownToken(part) ? values[part]?.trim() : undefined;
    if (!value) {
      unresolved.add(part);
      return '';
    }
    return encode(neutraliseBraces(value));
  });
  return { text: replaced.join(''), unresolved: [...unresolved] };
}
