import { useEffect, useRef } from 'react';
import { usePanel } from '../StoreContext';
import type { FixState } from './use-role-fix';

/**
 * What happened after Confirm. Focus moves here when the confirmation closes, so the answer is read
 * out and the keyboard user is not dropped at the top of the page.
 */
export function FixOutcome({ state, adminValue, signInUrl }: { state: FixState; adminValue: string; signInUrl?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const reloadTab = usePanel((s) => s.actions.reloadTab);
  const { step } = state;
  useEffect(() => {
    if (step === 'saving' || step === 'done' || step === 'failed') ref.current?.focus();
  }, [step]);
  return (
    <div ref={ref} tabIndex={-1} className="pc-fix-outcome">
      {state.step === 'saving' && <p role="status">Adding {adminValue} to {state.contact.name}…</p>}
      {state.step === 'done' && (
        <>
          <p role="status" className="pc-fix-done">
            {state.contact.name} is {state.alreadyAdmin ? 'already' : 'now'} {adminValue}.
          </p>
          {state.note && <p className="pc-fix-note">{state.note}</p>}
          {/* Lightning keeps showing the old value after an API change until the page reloads. */}
          <p className="pc-fix-refresh">
            Refresh the page to see the change in Salesforce.{' '}
            <button type="button" onClick={() => void reloadTab()}>
              Refresh
            </button>
          </p>
        </>
      )}
      {state.step === 'failed' && (
        <div role="alert" className="pc-fix-failed">
          <p>{state.message}</p>
          {state.signInAgain && signInUrl && (
            <a href={signInUrl} target="_blank" rel="noreferrer noopener">
              Sign in to Salesforce
            </a>
          )}
        </div>
      )}
    </div>
  );
}
