import { useState } from 'react';
import { enrolledSentence, filledSentence } from '@/lib/planning/notices';
import type { PlanEntry } from '@/lib/programs/plan';
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
      if (fill.kind === 'unavailable') setStatus({ message: `${fill.message} ${enrolledSentence(enrolled)}`, error: true });
      else if (fill.kind === 'navigating') setStatus({ message: `Opening Cockpit's Create CTA form… ${enrolledSentence(enrolled)}` });
      else setStatus({ message: `${filledSentence(fill.report, 'review the form and click Save.')} ${enrolledSentence(enrolled)}`, problems: fill.report.problems });
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
