/**
 * The Edit Email dialog (Email Task → Validate Email): To, CC, Subject and the rich-text body, found by
 * label and role and filled so the host's model keeps them. The body goes through DOMPurify here, at the
 * boundary, whatever the caller already did: nothing reaches the host page unsanitized.
 */
import { singleLine } from '../../../email/escape';
import { addressList } from '../../../email/addresses';
import { sanitizeToFragment } from '../../../email/sanitize';
import { EMAIL_DIALOG_LABELS } from './email-dialog-find';
import { controlByLabel, editorByName } from './controls';
import { emptyReport, type FillReport } from './fill-report';
import { replaceEditableContent, setControlValue } from './native-fill';

export interface EmailFields {
  to: readonly string[];
  cc: readonly string[];
  subject: string;
  html: string;
}

export function fillEmailDialog(dialog: HTMLElement, email: EmailFields): FillReport {
  const L = EMAIL_DIALOG_LABELS;
  const report = emptyReport();
  const text = (label: string, value: string, skipEmpty: boolean) => {
    const control = controlByLabel(dialog, label);
    if (!control) return void report.problems.push(`No "${label}" field in the dialog: fill it by hand.`);
    if (skipEmpty && value === '') return;
    setControlValue(control, value);
    report.filled.push(label);
  };
  // Validated again here: the To field is comma-separated, so a crafted address must not add recipients.
  text(L.to, addressList(email.to).valid.join(', '), false);
  text(L.cc, addressList(email.cc).valid.join(', '), true);
  text(L.subject, singleLine(email.subject), false);
  const body = editorByName(dialog, L.body);
  if (!body) report.problems.push(`No "${L.body}" editor in the dialog: paste the copied email instead.`);
  else {
    replaceEditableContent(body, sanitizeToFragment(email.html));
    report.filled.push('Body');
  }
  return report;
}
