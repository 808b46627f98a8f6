import type { ReactNode } from 'react';
import { PendingStart } from './actions/PendingStart';
import { usePanel } from './StoreContext';
import { AccountPlan } from './plan/AccountPlan';
import { NotARecordView } from './NotARecordView';
import { AccessRequest } from './AccessRequest';
import { SenderPrompt } from './SenderPrompt';

/**
 * The followed tab's record: loading, error, its plan, or (on other pages) where the panel works and the
 * pending sends. Above it, when the user took back the access to Gainsight or Salesforce, the way to
 * give it back: without it such a tab looks like "not a record".
 */
export function PageView() {
  return (
    <>
      <AccessRequest />
      <PageContent />
    </>
  );
}

/** What the tab shows when it is not a readable record, with a Start still waiting for its Save above it. */
function Unreadable({ children }: { children: ReactNode }) {
  return (
    <>
      <PendingStart />
      {children}
    </>
  );
}

function PageContent() {
  const tab = usePanel((s) => s.tab);
  const plan = usePanel((s) => s.plan);
  const planError = usePanel((s) => s.planError);
  const historyProblem = usePanel((s) => s.inputs?.historyProblem);
  const view = tab?.view;
  if (!view || view.status === 'loading') {
    return (
      <Unreadable>
        <p role="status" aria-live="polite">
          {view?.status === 'loading' && view.message ? view.message : 'Reading the account…'}
        </p>
      </Unreadable>
    );
  }
  if (view.status === 'not-a-record') {
    return (
      <Unreadable>
        <NotARecordView />
      </Unreadable>
    );
  }
  if (view.status === 'error') {
    return (
      <Unreadable>
        <div role="alert">
          <h2 className="pc-error-title">{view.title}</h2>
          <p>{view.message}</p>
          {view.action && (
            <a href={view.action.href} target="_blank" rel="noreferrer noopener">
              {view.action.label}
            </a>
          )}
        </div>
      </Unreadable>
    );
  }
  if (planError) return <p role="alert">{planError}</p>;
  if (!plan || plan.accountId !== view.account.id) return <p role="status">Planning…</p>;
  return (
    <>
      {historyProblem && (
        <p className="pc-notice" role="alert">
          {historyProblem} This plan counts only the sends the page shows.
        </p>
      )}
      <SenderPrompt />
      <AccountPlan view={view} plan={plan} page={tab.page} />
    </>
  );
}
