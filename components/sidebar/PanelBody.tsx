import { useSidebar } from './StoreContext';
import { AccountPlan } from './plan/AccountPlan';

/** Loading, error and ready states share one place so every surface says something, never nothing. */
export function PanelBody() {
  const view = useSidebar((s) => s.view);
  if (view.status === 'loading') {
    return (
      <div className="pc-body" role="status" aria-live="polite">
        {view.message ?? 'Reading the account…'}
      </div>
    );
  }
  if (view.status === 'error') {
    return (
      <div className="pc-body" role="alert">
        <h3 className="pc-error-title">{view.title}</h3>
        <p>{view.message}</p>
        {view.action && (
          <a href={view.action.href} target="_blank" rel="noreferrer noopener">
            {view.action.label}
          </a>
        )}
      </div>
    );
  }
  return (
    <div className="pc-body">
      <AccountPlan view={view} />
    </div>
  );
}
