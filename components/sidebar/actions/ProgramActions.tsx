import { useMemo } from 'react';
import { composeEmail } from '@/lib/email/compose';
import type { PlanEntry } from '@/lib/programs/plan';
import { EmailActions } from './EmailActions';
import { usePageActions, type PageActions } from './page-actions';
import { StartPlaybook } from './StartPlaybook';

/**
 * Which step a program item acts on: the step of the Email Task open in the page's dialog when the
 * dialog is this program's, else the plan's next step of a due program. Upcoming, sent and other
 * programs have nothing to act on.
 */
function actionableStep(entry: PlanEntry, actions: PageActions | null): number | null {
  const dialog = actions?.dialog;
  if (dialog && dialog.programId === entry.programId) return dialog.stepIndex ?? entry.nextStep?.index ?? 0;
  return entry.state === 'due' ? entry.nextStep.index : null;
}

/** The actions of one program item, for the account the page app registered them for. */
export function ProgramActions({ entry, accountId }: { entry: PlanEntry; accountId: string }) {
  const actions = usePageActions();
  const current = actions && actions.account.id === accountId ? actions : null;
  const step = actionableStep(entry, current);
  const email = useMemo(() => {
    const stepData = step === null ? undefined : entry.program.steps[step];
    if (!current || !stepData) return null;
    return composeEmail({
      program: entry.program,
      step: stepData,
      account: current.account,
      recipients: entry.recipients,
      recipientWarnings: entry.warnings,
      sender: current.settings.sender,
    });
  }, [current, entry, step]);
  if (!current || step === null || !email) return null;

  if (email.blocked) {
    return (
      <p className="pc-blocked" role="note">
        Nothing to prefill: {email.blocked}
      </p>
    );
  }
  const dialog = current.dialog?.programId === entry.programId ? current.dialog : null;
  return (
    <div className="pc-actions">
      {entry.state === 'due' && !dialog && <StartPlaybook entry={entry} actions={current} recipients={email.to} />}
      {/* A dialog opening (or closing) starts the email's actions afresh: preview open while there is one to fill. */}
      <EmailActions key={dialog ? 'dialog' : 'page'} program={entry.program} step={step} email={email} actions={current} dialog={dialog} />
    </div>
  );
}
