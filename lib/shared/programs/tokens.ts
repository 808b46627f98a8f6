/**
 * Tokens that subject and body templates may use. Prefill (lib/shared/email) fills them; the catalog schema
 * rejects any other `{{…}}` so a typo is caught at import, not in a customer's inbox.
 */
export const KNOWN_TOKENS = [
  'account.name',
  'contact.firstName',
  'contact.name',
  'contact.email',
  'sender.name',
  'sender.email',
  'sender.title',
  'csm.name',
  'csm.email',
  'dates.renewal',
  'dates.customerSince',
  'dates.subscriptionStart',
  'event.name',
  'event.date',
  'event.url',
  'event.recordingUrl',
  'survey.url',
] as const;

export type Token = (typeof KNOWN_TOKENS)[number];

const KNOWN: ReadonlySet<string> = new Set(KNOWN_TOKENS);

/** `{{ name }}`, spaces inside the braces allowed. */
export const TOKEN_PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;

export function isKnownToken(name: string): name is Token {
  return KNOWN.has(name);
}

/** Token names used in a template, in order of first use. */
export function tokensIn(template: string): string[] {
  const names = new Set<string>();
  for (const match of template.matchAll(TOKEN_PATTERN)) names.add(match[1] ?? '');
  return [...names];
}

export function unknownTokens(template: string): string[] {
  return tokensIn(template).filter((name) => !isKnownToken(name));
}
