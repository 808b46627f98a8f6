import { useState } from 'react';
import { filledSentence, incompleteSentence } from '@/lib/shared/planning/notices';
import type { PlanEntry } from '@/lib/shared/programs/plan';
import { errorStatus, StatusLine, type Status } from './StatusLine';
import type { ProgramContext } from './use-program-context';

/**
 * "Start <program>": opens and fills the Create CTA form on the page. The form is never saved here: the
 * CSM reviews it and clicks Save, and only that saved CTA starts the sequence (its reminders).
 */
export function StartPlaybook({ entry, context, recipients }: { entry: PlanEntry; context: ProgramContext; recipients: readonly string[] }) {
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);

  async function start() {
    setBusy(true);
    try {
      const { fill } = await context.actions.startPlaybook(entry, recipients);
      if (fill.kind === 'unavailable') setStatus({ message: `${fill.message} Nothing was started.`, error: true });
      else if (fill.kind === 'navigating') setStatus({ message: `Opening Cockpit's Create CTA form…` });
      else if (fill.report.problems.length) {
        setStatus({ message: incompleteSentence(fill.report, 'Complete it by hand (below), then click Save.'), problems: fill.report.problems });
      } else setStatus({ message: filledSentence(fill.report, 'review the form and click Save.') });
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
