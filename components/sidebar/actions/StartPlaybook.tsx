import { useState } from 'react';
import type { PlanEntry } from '@/lib/programs/plan';
import { enrolledSentence, filledSentence } from './notices';
import type { PageActions } from './page-actions';
import { startSequence } from './sequence';
import { errorStatus, StatusLine, type Status } from './StatusLine';

/**
 * "Start <program>": records the enrollment (so the next send's reminder exists), then opens and fills
 * the Create CTA form. Enrollment comes first because filling may have to leave the page for Cockpit's
 * create page. The form is never saved here: the CSM reviews it and clicks Save.
 */
export function StartPlaybook({ entry, actions, recipients }: { entry: PlanEntry; actions: PageActions; recipients: readonly string[] }) {
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  const { startPlaybook } = actions;
  if (!startPlaybook) return null;
  const open = startPlaybook;

  async function start() {
    setBusy(true);
    try {
      const enrolled = await startSequence(entry.program, actions.account, actions.today, recipients);
      const outcome = await open(entry.program);
      if (outcome.kind === 'unavailable') setStatus({ message: `${outcome.message} ${enrolledSentence(enrolled)}`, error: true });
      else if (outcome.kind === 'navigating') setStatus({ message: `Opening Cockpit's Create CTA form… ${enrolledSentence(enrolled)}` });
      else setStatus({ message: `${filledSentence(outcome.report, 'review the form and click Save.')} ${enrolledSentence(enrolled)}`, problems: outcome.report.problems });
    } catch (error) {
      setStatus(errorStatus(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="pc-action pc-primary" onClick={() => void start()} disabled={busy}>
        Start {entry.program.name}
      </button>
      <StatusLine status={status} />
    </>
  );
}
