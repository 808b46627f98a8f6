import { useState } from 'react';
import type { ComposedEmail } from '@/lib/shared/email/compose';
import { mailtoHref } from '@/lib/shared/email/mailto';
import type { Program } from '@/lib/shared/programs/types';
import { prefillSentence } from '@/lib/shared/planning/notices';
import { copyEmail } from './clipboard';
import { EmailPreview } from './EmailPreview';
import { MarkSent } from './MarkSent';
import { EmailWarnings, missingTokens } from './MissingValues';
import { errorStatus, StatusLine, type Status } from './StatusLine';
import type { ProgramContext } from './use-program-context';

interface Props {
  program: Program;
  step: number;
  email: ComposedEmail;
  context: ProgramContext;
  /** The Edit Email dialog for this very step is open on the page. */
  canPrefill: boolean;
}

/**
 * One email of a sequence: what to check first (unresolved tokens, removed content, refused addresses),
 * a preview, and the ways to get it out: prefill the open dialog, copy it, or open it in a mail app.
 */
export function EmailActions({ program, step, email, context, canPrefill }: Props) {
  const [previewOpen, setPreviewOpen] = useState(canPrefill);
  const [status, setStatus] = useState<Status | null>(null);
  const label = program.steps[step]?.name ?? `Email ${step + 1}`;
  // A missing value is never sent raw nor silently dropped: copying waits until it is set.
  const missing = missingTokens(email.unresolved);
  const refusal = missing.length ? `Not copied: no value for ${missing.join(', ')}. Set it first.` : null;

  async function prefill() {
    try {
      const outcome = await context.actions.prefill({ to: email.to, cc: email.cc, subject: email.subject, html: email.html, values: email.values, unresolved: email.unresolved });
      if (outcome.kind !== 'filled') return setStatus({ message: outcome.kind === 'unavailable' ? outcome.message : 'Nothing could be filled.', error: true });
      setStatus({ message: prefillSentence(outcome.report), problems: outcome.report.problems });
    } catch (error) {
      setStatus(errorStatus(error));
    }
  }

  async function copy() {
    if (refusal) return setStatus({ message: refusal, error: true });
    try {
      const kind = await copyEmail(email.html, email.text);
      setStatus({ message: kind === 'rich' ? 'Copied as formatted text and plain text.' : 'Copied as plain text.' });
    } catch (error) {
      setStatus(errorStatus(error));
    }
  }

  return (
    <div className="pc-email" role="group" aria-label={`Email actions: ${label}`}>
      <EmailWarnings warnings={email.warnings} unresolved={email.unresolved} context={{ kind: email.from.kind, programId: program.id, event: program.trigger.kind === 'event' ? program.trigger.event : undefined }} />
      <div className="pc-action-row">
        {canPrefill && (
          <button type="button" className="pc-action pc-primary" onClick={() => void prefill()}>
            Prefill email
          </button>
        )}
        <button type="button" className="pc-action" aria-expanded={previewOpen} onClick={() => setPreviewOpen(!previewOpen)}>
          Preview email
        </button>
        <button type="button" className="pc-action" onClick={() => void copy()}>
          Copy email
        </button>
        {!canPrefill && !refusal && (
          <a className="pc-action" href={mailtoHref({ to: email.to, cc: email.cc, subject: email.subject, body: email.text })}>
            Open in mail app
          </a>
        )}
        <MarkSent program={program} step={step} context={context} recipients={email.to} />
      </div>
      {previewOpen && <EmailPreview email={email} label={`Preview of ${label}`} />}
      <StatusLine status={status} />
    </div>
  );
}
