/**
 * A `mailto:` link for when no Edit Email dialog is open: the user's mail app gets the same recipients,
 * subject and plain-text body. Every part is percent-encoded, the subject is one line (no header
 * injection through a line break), and addresses are validated again here.
 */
import { isEmailAddress } from './addresses';
import { singleLine } from './escape';

export interface MailtoParts {
  to: readonly string[];
  cc?: readonly string[];
  subject: string;
  /** Plain text; line breaks become CRLF as RFC 6068 asks. */
  body: string;
}

/** Mail apps and browsers cut long mailto: URLs; past this the body is shortened with a note. */
export const MAILTO_MAX_LENGTH = 1900;
export const TRUNCATED_NOTE = '\n\n[Shortened: paste the full text from the clipboard]';

const addressesOf = (list: readonly string[] | undefined) => (list ?? []).filter(isEmailAddress).map(encodeURIComponent).join(',');

function build(parts: MailtoParts, body: string): string {
  const params = [`subject=${encodeURIComponent(singleLine(parts.subject))}`];
  const cc = addressesOf(parts.cc);
  if (cc) params.push(`cc=${cc}`);
  if (body) params.push(`body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`);
  return `mailto:${addressesOf(parts.to)}?${params.join('&')}`;
}

export function mailtoHref(parts: MailtoParts): string {
  const full = build(parts, parts.body);
  if (full.length <= MAILTO_MAX_LENGTH) return full;
  // Shorten by characters of the body until the encoded URL fits.
  let keep = parts.body.length;
  let href = full;
  while (keep > 0 && href.length > MAILTO_MAX_LENGTH) {
    keep = Math.floor(keep * 0.8);
    href = build(parts, `${parts.body.slice(0, keep)}${TRUNCATED_NOTE}`);
  }
  return href;
}
