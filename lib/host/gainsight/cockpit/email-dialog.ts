/**
 * The Edit Email dialog (Email Task → Validate Email): the recipients are chosen, and the playbook's own
 * email is kept — its subject, body, sender, CC and signature — with only the tokens it left unresolved
 * filled in (template-keep.ts). Found by label and role, filled so the host's model keeps it. The body goes
 * through DOMPurify here, at the boundary, whatever the caller already did: nothing reaches the host page
 * unsanitized, the template's own markup included.
 */
import { singleLine } from '../../../shared/email/escape';
import { addressList } from '../../../shared/email/addresses';
import type { TokenValues } from '../../../shared/email/fill-tokens';
import { sanitizeToFragment } from '../../../shared/email/sanitize';
import { EMAIL_DIALOG_LABELS } from './email-dialog-find';
import { controlByLabel, editorByName, fieldByLabel } from './controls';
import { fillTokens, tokenAddresses } from './token-fill';
import { emptyReport, type FillReport } from './fill-report';
import { replaceEditableContent, setControlValue } from './native-fill';
import { editorText, keepTemplate, unresolvedProblem } from './template-keep';

export interface EmailFields {
  to: readonly string[];
  cc: readonly string[];
  subject: string;
  html: string;
  /** Values for the template's unresolved tokens (plain text; escaped on the way into HTML). */
  values?: Readonly<Record<string, string>>;
  /** Tokens the catalog's text had no value for. */
  unresolved?: readonly string[];
}

/** A token picker's input: a combobox that is typed in (a plain text field takes the addresses comma-separated). */
const isTokenPicker = (control: HTMLElement): control is HTMLInputElement => control instanceof HTMLInputElement && control.getAttribute('role') === 'combobox';

/** The addresses a To or CC field holds now, as tokens or as comma-separated text. */
function shownAddresses(control: HTMLElement | null): string[] {
  if (!control) return [];
  if (isTokenPicker(control)) return tokenAddresses(control);
  const text = control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement ? control.value : '';
  return addressList(text.split(/[,;]/)).valid;
}

/** Puts `list` into a To or CC field; a picker takes tokens, a text field the addresses comma-separated. */
async function fillRecipients(dialog: HTMLElement, label: string, list: readonly string[], report: FillReport, signal?: AbortSignal): Promise<void> {
  // Validated again here: a text To field is comma-separated, so a crafted address must not add recipients.
  const valid = addressList(list).valid;
  const control = fieldByLabel(dialog, label);
  if (!control || !isTokenPicker(control)) {
    const text = controlByLabel(dialog, label);
    if (!text) return void report.problems.push(`No "${label}" field in the dialog: fill it by hand.`);
    setControlValue(text, valid.join(', '));
    return void report.filled.push(label);
  }
  const shown = await fillTokens(control, valid, signal);
  const missing = valid.filter((e) => !shown.includes(e.toLowerCase()));
  const extra = shown.filter((e) => !valid.some((v) => v.toLowerCase() === e));
  if (missing.length) report.problems.push(`${label} did not take ${missing.join(', ')} as a recipient: add it by hand.`);
  if (extra.length) report.problems.push(`${label} still lists ${extra.join(', ')}: remove it by hand if it should not get this email.`);
  if (!missing.length && !extra.length && valid.length) report.filled.push(label);
}

export async function fillEmailDialog(dialog: HTMLElement, email: EmailFields, signal?: AbortSignal): Promise<FillReport> {
  const L = EMAIL_DIALOG_LABELS;
  const report: FillReport = { ...emptyReport(), kept: [], fromCatalog: [] };
  const subjectControl = controlByLabel(dialog, L.subject);
  const editor = editorByName(dialog, L.body);
  const kept = keepTemplate(
    { subject: subjectControl?.value ?? '', bodyHtml: editor?.innerHTML ?? '', bodyText: editor ? editorText(editor) : '' },
    { subject: email.subject, html: email.html },
    (email.values ?? {}) as TokenValues,
  );
  // A missing value is never sent raw, nor silently dropped from someone else's template: nothing is touched.
  const usesCatalog = kept.subject.source === 'catalog' || kept.html.source === 'catalog';
  const missing = [...kept.unresolved, ...(usesCatalog ? (email.unresolved ?? []) : [])];
  if (missing.length) return { ...report, problems: [unresolvedProblem(missing, usesCatalog)] };

  await fillRecipients(dialog, L.to, email.to, report, signal);
  // The template's CC is the playbook's: kept when it names anyone.
  if (shownAddresses(fieldByLabel(dialog, L.cc)).length) report.kept!.push(L.cc);
  else if (addressList(email.cc).valid.length) await fillRecipients(dialog, L.cc, email.cc, report, signal);

  if (!subjectControl) report.problems.push(`No "${L.subject}" field in the dialog: fill it by hand.`);
  else {
    setControlValue(subjectControl, singleLine(kept.subject.value));
    (kept.subject.source === 'template' ? report.kept! : report.fromCatalog!).push(L.subject);
  }
  if (!editor) report.problems.push(`No "${L.body}" editor in the dialog: paste the copied email instead.`);
  else {
    replaceEditableContent(editor, sanitizeToFragment(kept.html.value));
    (kept.html.source === 'template' ? report.kept! : report.fromCatalog!).push('Body');
  }
  return report;
}
