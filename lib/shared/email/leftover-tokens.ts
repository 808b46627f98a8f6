/**
 * The last check before an email is shown, copied or filled: token braces in the final text, after
 * sanitizing. A template can hide a token from the fill step and have it appear only there: entities
 * (`&#123;&#123;x&#125;&#125;`) decode to `{{x}}`, and an element the sanitizer unwraps
 * (`{<font></font>{x}}`) leaves `{{x}}` behind. Whatever reads as a token there is removed and reported,
 * like any unresolved token, so a raw `{{…}}` never reaches a customer.
 *
 * On serialized HTML only two things are ever taken out: a token whose name holds no markup character,
 * and brace characters. Neither can open or close a tag, a quoted attribute or an entity (a token
 * spanning markup, `{{">…}}`, is only stripped of its braces). compose.ts sanitizes the result again all
 * the same. Values filled in carry `{\u200b{` (escape.ts), which is not a brace pair and is left alone.
 */

/** Reported for braces that were not a whole token (`{{ a`, `b }}`). */
export const STRAY = '{{';

const BRACE_PAIR = /\{\{|\}\}/g;
/** TOKEN_PATTERN (programs/tokens.ts) without markup characters in the name. */
const PLAIN_TOKEN = /\{\{\s*([^{}<>"'&]*?)\s*\}\}/g;

/** Removes `{{` and `}}`, again until none is left: taking `}}` out of `{}}{` makes a new `{{`. */
export function removeBracePairs(text: string): { text: string; found: boolean } {
  let out = text;
  let found = false;
  while (/\{\{|\}\}/.test(out)) {
    found = true;
    out = out.replace(BRACE_PAIR, '');
  }
  return { text: out, found };
}

export interface Leftovers {
  text: string;
  /** Token names found and removed; STRAY when loose braces were removed. */
  unresolved: string[];
}

export function removeLeftoverTokens(text: string): Leftovers {
  const names = new Set<string>();
  const withoutTokens = text.replace(PLAIN_TOKEN, (_match, name: string) => {
    names.add(name);
    return '';
  });
  const stray = removeBracePairs(withoutTokens);
  if (stray.found) names.add(STRAY);
  return { text: stray.text, unresolved: [...names] };
}
