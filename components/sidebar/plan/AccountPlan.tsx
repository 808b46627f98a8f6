import type { SidebarView } from '../view';
import { AccountSummary } from './AccountSummary';
import { AdminStatus } from './AdminStatus';
import { PlanWarnings } from './PlanWarnings';
import { ProgramSections } from './ProgramSections';
import { UnreadFields } from './UnreadFields';

type ReadyView = Extract<SidebarView, { status: 'ready' }>;

/** The ready panel: who the account is, whether it has its admin, then what to send and when. */
export function AccountPlan({ view }: { view: ReadyView }) {
  const { account, plan } = view;
  return (
    <>
      <AccountSummary account={account} />
      {view.notice && <p className="pc-notice">{view.notice}</p>}
      {view.reading && (
        <p className="pc-reading" role="status">
          Still reading the page…
        </p>
      )}
      <AdminStatus account={account} plan={plan} adminFix={view.adminFix} page={view.page} />
      <PlanWarnings plan={plan} />
      <ProgramSections plan={plan} />
      <UnreadFields account={account} plan={plan} />
    </>
  );
}
