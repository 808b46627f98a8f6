import { useState } from 'react';
import { usePanel } from '../StoreContext';
import { errorStatus, StatusLine, type Status } from './StatusLine';

/** The panel's words for a Start whose CTA is not saved yet (My book's queue says the same). */
export const NOT_SAVED_YET = 'Started, not saved yet';

/**
 * A Start waiting for its CTA's Save: nothing is recorded until Cockpit shows the saved CTA, and the CSM
 * can take the Start back meanwhile. Beside its program's item; without `programId`, on whatever the tab
 * shows (a page the panel cannot read, "Company not found"), naming the program, so the Start can be taken
 * back from anywhere.
 */
export function PendingStart({ programId }: { programId?: string }) {
  const pending = usePanel((s) => s.tab?.pendingStart);
  const undo = usePanel((s) => s.actions.undoStart);
  const [status, setStatus] = useState<Status | null>(null);
  if (!pending || (programId !== undefined && pending.programId !== programId)) {
    // Beside a program the line stays for what an action says; on its own, nothing shows until there is something to say.
    return programId === undefined && !status ? null : <StatusLine status={status} />;
  }
  const next = pending.saveClicked ? 'waiting for Cockpit to show the saved CTA.' : 'the reminders begin once you click Save on the CTA.';
  async function takeBack() {
    try {
      await undo();
      setStatus({ message: `Start of ${pending?.programName ?? 'the program'} taken back: nothing was recorded.` });
    } catch (error) {
      setStatus(errorStatus(error));
    }
  }
  return (
    <p className="pc-pending-start" role={programId === undefined ? 'note' : undefined}>
      <span>
        {programId === undefined ? `${pending.programName} started, not saved yet` : NOT_SAVED_YET}: {next}
      </span>{' '}
      <button type="button" className="pc-action" onClick={() => void takeBack()}>
        Undo start
      </button>
    </p>
  );
}
