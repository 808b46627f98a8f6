import type { TabView } from '@/lib/messaging/tab-state';
import type { RecordPage } from '@/lib/pages/record-urls';
import type { Plan } from '@/lib/programs/plan';
import { AccountSummary } from './AccountSummary';
import { AdminStatus } from './AdminStatus';
import { PlanWarnings } from './PlanWarnings';
import { ProgramSections } from './ProgramSections';
import { UnreadFields } from './UnreadFields';

type ReadyView = Extract<TabView, { status: 'ready' }>;

/** The ready panel: who the account is, whether it has its admin, then what to send and when. */
export function AccountPlan({ view, plan, page }: { view: ReadyView; plan: Plan; page: RecordPage | null }) {
  const { account } = view;
  return (
    <>
      <AccountSummary account={account} />
      {view.notice && (
        <p className="pc-notice" role="status">
          {view.notice}
        </p>
      )}
      {view.reading && (
        <p className="pc-reading" role="status">
          Still reading the page…
        </p>
      )}
      <AdminStatus account={account} plan={plan} adminFix={view.adminFix} page={page} />
      <PlanWarnings plan={plan} />
      <ProgramSections plan={plan} />
      <UnreadFields account={account} plan={plan} />
    </>
  );
}
