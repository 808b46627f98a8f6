import { useMemo } from 'react';
import { entryEmail } from '@/lib/shared/planning/entry-email';
import type { OpenDialog } from '@/lib/shared/messaging/tab-state';
import type { PlanEntry } from '@/lib/shared/programs/plan';
import { EmailActions } from './EmailActions';
import { useSaidAbove } from './said-above';
import { PendingStart } from './PendingStart';
import { StartPlaybook } from './StartPlaybook';
import { useProgramContext } from './use-program-context';

/**
 * Which step a program item acts on: the step of the Email Task open in the page's dialog when the
 * dialog is this program's, else the plan's next step of a due program. Upcoming, sent and other
 * programs have nothing to act on.
 */
function actionableStep(entry: PlanEntry, dialog: OpenDialog | null): number | null {
  if (dialog && dialog.programId === entry.programId) return dialog.stepIndex ?? entry.nextStep?.index ?? 0;
  return entry.state === 'due' ? entry.nextStep.index : null;
}

/** The actions of one program item, for the account the panel shows. */
export function ProgramActions({ entry, accountId }: { entry: PlanEntry; accountId: string }) {
  const context = useProgramContext();
  const current = context && context.account.id === accountId ? context : null;
  const dialog = current?.cockpit?.dialog ?? null;
  const step = actionableStep(entry, dialog);
  const saidAbove = useSaidAbove();
  const email = useMemo(() => {
    const composed = current && step !== null ? entryEmail(entry, step, current.account, current.inputs) : null;
    if (!composed) return null;
    return saidAbove.size ? { ...composed, warnings: composed.warnings.filter((w) => !saidAbove.has(w)) } : composed;
  }, [current, entry, step, saidAbove]);
  if (!current || step === null || !email) return null;

  if (email.blocked) {
    return (
      <p className="pc-blocked" role="note">
        Nothing to prefill: {email.blocked}
      </p>
    );
  }
  const ownDialog = dialog?.programId === entry.programId ? dialog : null;
  return (
    <div className="pc-actions">
      {entry.state === 'due' && !ownDialog && current.canStart && <StartPlaybook entry={entry} context={current} recipients={email.to} />}
      <PendingStart programId={entry.programId} />
      {/* A dialog opening (or closing) starts the email's actions afresh: preview open while there is one to fill. */}
      <EmailActions key={ownDialog ? 'dialog' : 'page'} program={entry.program} step={step} email={email} context={current} canPrefill={ownDialog !== null} />
    </div>
  );
}
