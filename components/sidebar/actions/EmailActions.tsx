import { useState } from 'react';
import type { ComposedEmail } from '@/lib/email/compose';
import { mailtoHref } from '@/lib/email/mailto';
import type { Program } from '@/lib/programs/types';
import { copyEmail } from './clipboard';
import { EmailPreview } from './EmailPreview';
import { MarkSent } from './MarkSent';
import { filledSentence } from './notices';
import type { OpenEmailDialog, PageActions } from './page-actions';
import { errorStatus, StatusLine, type Status } from './StatusLine';

interface Props {
  program: Program;
  step: number;
  email: ComposedEmail;
  actions: PageActions;
  /** The Edit Email dialog for this very step, when it is open on the page. */
  dialog: OpenEmailDialog | null;
}

/**
 * One email of a sequence: what to check first (unresolved tokens, removed content, refused addresses),
 * a preview, and the ways to get it out: prefill the open dialog, copy it, or open it in a mail app.
 */
export function EmailActions({ program, step, email, actions, dialog }: Props) {
  const [previewOpen, setPreviewOpen] = useState(dialog !== null);
  const [status, setStatus] = useState<Status | null>(null);
  const label = program.steps[step]?.name ?? `Email ${step + 1}`;

  function prefill() {
    if (!dialog) return;
    const report = dialog.fill({ to: email.to, cc: email.cc, subject: email.subject, html: email.html });
    setStatus({ message: filledSentence(report, 'review them in the dialog, then Preview and Proceed → Send.'), problems: report.problems });
  }

  async function copy() {
    try {
      const kind = await copyEmail(email.html, email.text);
      setStatus({ message: kind === 'rich' ? 'Copied as formatted text and plain text.' : 'Copied as plain text.' });
    } catch (error) {
      setStatus(errorStatus(error));
    }
  }

  return (
    <div className="pc-email" role="group" aria-label={`Email actions: ${label}`}>
      {email.warnings.length > 0 && (
        <ul className="pc-email-warnings" aria-label="Check before filling">
          {email.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <div className="pc-action-row">
        {dialog && (
          <button type="button" className="pc-action pc-primary" onClick={prefill}>
            Prefill email
          </button>
        )}
        <button type="button" className="pc-action" aria-expanded={previewOpen} onClick={() => setPreviewOpen(!previewOpen)}>
          Preview email
        </button>
        <button type="button" className="pc-action" onClick={() => void copy()}>
          Copy email
        </button>
        {!dialog && (
          <a className="pc-action" href={mailtoHref({ to: email.to, cc: email.cc, subject: email.subject, body: email.text })}>
            Open in mail app
          </a>
        )}
        <MarkSent program={program} step={step} actions={actions} recipients={email.to} />
      </div>
      {previewOpen && <EmailPreview email={email} label={`Preview of ${label}`} />}
      <StatusLine status={status} />
    </div>
  );
}
