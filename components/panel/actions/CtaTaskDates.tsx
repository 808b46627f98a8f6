import { useState } from 'react';
import { useProgramContext } from './use-program-context';
import { errorStatus, StatusLine, type Status } from './StatusLine';

/** The group's name, for assistive technology and the tests alike. */
export const TASK_DATES_NAME = 'CTA task dates';
export const SET_TASK_DATES = "Set the tasks to the catalog's dates";

/**
 * One line where the saved CTA's Email Tasks are due on other days than the catalog's steps (the
 * reminders follow Cockpit, and the line says so), with a button that sets the tasks to the catalog's
 * dates in Cockpit. The line is built by the background from page text: it is rendered as text only.
 */
export function CtaTaskDates({ programId, accountId }: { programId: string; accountId: string }) {
  const context = useProgramContext();
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  const cockpit = context?.account.id === accountId ? context.cockpit : null;
  const taskDates = cockpit?.programId === programId ? cockpit.taskDates : undefined;
  if (!context || !taskDates) return status ? <StatusLine status={status} /> : null;
  const { actions } = context;
  async function setDates() {
    setBusy(true);
    try {
      const outcome = await actions.setTaskDates();
      if (outcome.kind !== 'filled') setStatus({ message: outcome.kind === 'unavailable' ? outcome.message : 'The page is changing: try again.', error: true });
      else {
        const { filled, problems } = outcome.report;
        const set = filled.length ? `Set the due date of ${filled.join(', ')} in Cockpit.` : 'No due date could be set.';
        setStatus({ message: set, problems, error: filled.length === 0 });
      }
    } catch (error) {
      setStatus(errorStatus(error));
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="pc-task-dates" role="group" aria-label={TASK_DATES_NAME}>
      <p>{taskDates.line}</p>
      {taskDates.canSet && (
        <button type="button" className="pc-action" disabled={busy} onClick={() => void setDates()}>
          {SET_TASK_DATES}
        </button>
      )}
      {status && <StatusLine status={status} />}
    </div>
  );
}
