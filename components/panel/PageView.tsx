import { usePanel } from './StoreContext';
import { AccountPlan } from './plan/AccountPlan';
import { PendingView } from './PendingView';

export const WHERE_IT_WORKS =
  'The panel works on Gainsight Customer360 and Cockpit pages, and on Salesforce Lightning Account, Contact and Opportunity pages.';

/** The followed tab's record: loading, error, its plan, or (on other pages) where the panel works and the pending sends. */
export function PageView() {
  const tab = usePanel((s) => s.tab);
  const plan = usePanel((s) => s.plan);
  const planError = usePanel((s) => s.planError);
  const view = tab?.view;
  if (!view || view.status === 'loading') {
    return (
      <p role="status" aria-live="polite">
        {view?.status === 'loading' && view.message ? view.message : 'Reading the account…'}
      </p>
    );
  }
  if (view.status === 'not-a-record') {
    return (
      <>
        <p className="pc-where">{WHERE_IT_WORKS}</p>
        <PendingView />
      </>
    );
  }
  if (view.status === 'error') {
    return (
      <div role="alert">
        <h2 className="pc-error-title">{view.title}</h2>
        <p>{view.message}</p>
        {view.action && (
          <a href={view.action.href} target="_blank" rel="noreferrer noopener">
            {view.action.label}
          </a>
        )}
      </div>
    );
  }
  if (planError) return <p role="alert">{planError}</p>;
  if (!plan || plan.accountId !== view.account.id) return <p role="status">Planning…</p>;
  return <AccountPlan view={view} plan={plan} page={tab.page} />;
}
