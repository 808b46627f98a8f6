/**
 * One program step, made ready for one account: recipients, CC, subject, sanitized HTML body and its
 * plain-text twin, plus everything the user should know before filling (what stayed unresolved, what
 * the sanitizer removed, which addresses were refused) and whether it must not be prefilled at all.
 */
import type { Account } from '../accounts/account';
import type { Recipient } from '../programs/plan';
import type { Program, Sender, Step } from '../programs/types';
import type { Settings } from '../settings/schema';
import { addressList } from './addresses';
import { escapeHtml, singleLine } from './escape';
import { fillTokens, STRAY, type TokenValues } from './fill-tokens';
import { removeLeftoverTokens } from './leftover-tokens';
import { htmlToText } from './plain-text';
import { sanitize, sanitizedText } from './sanitize';
import { tokenValues } from './values';

export interface ComposeInput {
  program: Program;
  step: Step;
  account: Pick<Account, 'name' | 'fields'>;
  /** The plan's recipients for the program (its recipient policy already applied); null: unknown. */
  recipients: readonly Recipient[] | null;
  /** The plan's warnings about those recipients, used to say why nobody can receive it. */
  recipientWarnings: readonly string[];
  sender: Settings['sender'];
  /** Who sends the program, as the user chose in Options (`senderOf`); the catalog's when absent. */
  senderKind?: Sender;
  /** The `event.*` values of an event's invitation (event-values.ts); none for other programs. */
  eventValues?: TokenValues;
  locale?: string;
}

export interface ComposedEmail {
  to: string[];
  cc: string[];
  subject: string;
  /** Sanitized; safe to insert. */
  html: string;
  text: string;
  /** Tokens that had no value and were removed from the copy. */
  unresolved: string[];
  /** Unsafe template content the sanitizer dropped (e.g. `<script>`, `onerror on <img>`). */
  removed: string[];
  /** Plain sentences for the user, shown before filling. */
  warnings: string[];
  /** Why this email must not be prefilled (nobody may receive it); null when it may. */
  blocked: string | null;
  /** The token values it was made with (plain text), for the tokens a Gainsight template left unresolved. */
  values: Record<string, string>;
  /** Who signs it, and as which of the program's senders; the name or address is absent when unknown. */
  from: { kind: Sender; name?: string; email?: string };
}

function blockedReason(input: ComposeInput, to: string[]): string | null {
  if (input.recipients === null) return 'The contacts could not be read, so nobody can be named as a recipient.';
  if (input.recipients.length === 0) return input.recipientWarnings[0] ?? 'Nobody on this account receives this program.';
  if (to.length === 0) return 'None of the recipients has a usable email address.';
  return null;
}

function unresolvedWarning(names: readonly string[]): string[] {
  if (!names.length) return [];
  const tokens = names.filter((n) => n !== STRAY).map((n) => `{{${n}}}`);
  const parts = tokens.length ? [`No value for ${tokens.join(', ')}: nothing is copied or prefilled without it. Set it, or remove it from the template.`] : [];
  if (names.includes(STRAY)) parts.push('Stray {{ or }} braces were removed from the template.');
  return parts;
}

export function composeEmail(input: ComposeInput): ComposedEmail {
  const contacts = (input.recipients ?? []).map((r) => r.contact);
  const to = addressList(contacts.map((c) => c.email));
  const ccWanted = input.sender.ccCsm ? [input.account.fields.csmEmail] : [];
  const cc = addressList(ccWanted, to.valid);
  // The greeting names the people the email actually goes to, not those left out for a bad address.
  const addressed = new Set(to.valid.map((a) => a.toLowerCase()));
  const greeted = contacts.filter((c) => addressed.has(c.email?.trim().toLowerCase() ?? ''));
  const senderKind = input.senderKind ?? input.program.sender;
  const values = { ...tokenValues({ account: input.account, contacts: greeted, sender: input.sender, senderKind, locale: input.locale }), ...input.eventValues };

  const subject = fillTokens(input.step.subject, values, escapeHtml);
  const body = fillTokens(input.step.body, values, escapeHtml);
  const sanitized = sanitize(body.text);
  // Checked again on the final text: entities and unwrapped elements can make a token only now.
  const finalBody = removeLeftoverTokens(sanitized.html);
  const finalSubject = removeLeftoverTokens(sanitizedText(subject.text));
  const html = finalBody.unresolved.length ? sanitize(finalBody.text).html : finalBody.text;
  const { removed } = sanitized;
  const unresolved = [...new Set([...subject.unresolved, ...body.unresolved, ...finalSubject.unresolved, ...finalBody.unresolved])];
  const refused = [...to.refused, ...cc.refused];

  const warnings = [...unresolvedWarning(unresolved)];
  if (removed.length) warnings.push(`Unsafe content was removed from the template: ${removed.join(', ')}.`);
  if (refused.length) warnings.push(`Not an email address, left out: ${refused.join(', ')}.`);
  if (senderKind === 'account-executive' && !values['sender.name']) {
    warnings.push(`${input.program.name} is sent by the account's AE, and this account's AE is not known here. Choose another sender for it in Options, or sign it by hand.`);
  }
  return {
    to: to.valid,
    cc: cc.valid,
    // The subject is one line of text: values were escaped, then every element is stripped.
    subject: singleLine(finalSubject.text),
    html,
    text: htmlToText(html),
    unresolved,
    removed,
    warnings,
    blocked: blockedReason(input, to.valid),
    from: { kind: senderKind, name: values['sender.name'], email: values['sender.email'] },
    values: Object.fromEntries(Object.entries(values).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== '')),
  };
}
