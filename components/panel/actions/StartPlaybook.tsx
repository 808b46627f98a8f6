import { useState } from 'react';
import { enrolledSentence, filledSentence, incompleteSentence, pendingSentence } from '@/lib/shared/planning/notices';
import type { PlanEntry } from '@/lib/shared/programs/plan';
import { errorStatus, StatusLine, type Status } from './StatusLine';
import type { ProgramContext } from './use-program-context';

/**
 * "Start <program>": records the enrollment (so the next send's reminder exists), then opens and fills
 * the Create CTA form on the page. The form is never saved here: the CSM reviews it and clicks Save.
 */
export function StartPlaybook({ entry, context, recipients }: { entry: PlanEntry; context: ProgramContext; recipients: readonly string[] }) {
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);

  async function start() {
    setBusy(true);
    try {
      const { enrolled, fill } = await context.actions.startPlaybook(entry, recipients);
      // "Sequence started" only when the form was filled complete: a form left half-done is no CTA yet.
      if (fill.kind === 'unavailable') setStatus({ message: `${fill.message} ${pendingSentence(enrolled)}`, error: true });
      else if (fill.kind === 'navigating') setStatus({ message: `Opening Cockpit's Create CTA form… ${pendingSentence(enrolled)}` });
      else if (fill.report.problems.length) {
        const message = `${incompleteSentence(fill.report, 'Complete it by hand (below), then click Save.')} ${pendingSentence(enrolled)}`;
        setStatus({ message, problems: fill.report.problems });
      } else setStatus({ message: `${filledSentence(fill.report, 'review the form and click Save.')} ${enrolledSentence(enrolled)}` });
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
