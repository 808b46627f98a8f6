/**
 * The Edit Email dialog (Email Task → Validate Email): To, CC, Subject and the rich-text body, found by
 * label and role and filled so the host's model keeps them. The body goes through DOMPurify here, at the
 * boundary, whatever the caller already did: nothing reaches the host page unsanitized.
 */
import { singleLine } from '../../../shared/email/escape';
import { addressList } from '../../../shared/email/addresses';
import { sanitizeToFragment } from '../../../shared/email/sanitize';
import { EMAIL_DIALOG_LABELS } from './email-dialog-find';
import { controlByLabel, editorByName, fieldByLabel } from './controls';
import { fillTokens } from './token-fill';
import { emptyReport, type FillReport } from './fill-report';
import { replaceEditableContent, setControlValue } from './native-fill';

export interface EmailFields {
  to: readonly string[];
  cc: readonly string[];
  subject: string;
  html: string;
}

/** A token picker's input: a combobox that is typed in (a plain text field takes the addresses comma-separated). */
const isTokenPicker = (control: HTMLElement): control is HTMLInputElement => control instanceof HTMLInputElement && control.getAttribute('role') === 'combobox';

export async function fillEmailDialog(dialog: HTMLElement, email: EmailFields, signal?: AbortSignal): Promise<FillReport> {
  const L = EMAIL_DIALOG_LABELS;
  const report = emptyReport();
  const text = (label: string, value: string) => {
    const control = controlByLabel(dialog, label);
    if (!control) return void report.problems.push(`No "${label}" field in the dialog: fill it by hand.`);
    setControlValue(control, value);
    report.filled.push(label);
  };
  // Validated again here: a text To field is comma-separated, so a crafted address must not add recipients.
  const recipients = async (label: string, list: readonly string[], skipEmpty: boolean) => {
    const valid = addressList(list).valid;
    const control = fieldByLabel(dialog, label);
    if (!control || !isTokenPicker(control)) return skipEmpty && valid.length === 0 && control ? undefined : text(label, valid.join(', '));
    const shown = await fillTokens(control, valid, signal);
    const missing = valid.filter((e) => !shown.includes(e.toLowerCase()));
    const extra = shown.filter((e) => !valid.some((v) => v.toLowerCase() === e));
    if (missing.length) report.problems.push(`${label} did not take ${missing.join(', ')} as a recipient: add it by hand.`);
    if (extra.length) report.problems.push(`${label} still lists ${extra.join(', ')}: remove it by hand if it should not get this email.`);
    if (!missing.length && !extra.length && valid.length) report.filled.push(label);
  };
  await recipients(L.to, email.to, false);
  await recipients(L.cc, email.cc, true);
  text(L.subject, singleLine(email.subject));
  const body = editorByName(dialog, L.body);
  if (!body) report.problems.push(`No "${L.body}" editor in the dialog: paste the copied email instead.`);
  else {
    replaceEditableContent(body, sanitizeToFragment(email.html));
    report.filled.push('Body');
  }
  return report;
}
