import type { TabView } from '@/lib/shared/messaging/tab-state';
import type { RecordPage } from '@/lib/shared/urls/record-urls';
import { nextActionOf } from '@/lib/shared/planning/next-action';
import { adminVerdict } from '@/lib/shared/planning/verdict';
import type { Plan } from '@/lib/shared/programs/plan';
import { SaidAbove, useWarningsOf } from '../actions/said-above';
import { RoleFixScope } from '../role-fix/RoleFixScope';
import { useAdminValue } from '../use-admin-value';
import { AccountSummary } from './AccountSummary';
import { AdminStatus } from './AdminStatus';
import { NextAction } from './NextAction';
import { PlanWarnings } from './PlanWarnings';
import { ProgramSections } from './ProgramSections';
import { ProgramOutcomeProvider } from './program-outcome';

type ReadyView = Extract<TabView, { status: 'ready' }>;

/**
 * The ready panel: who the account is, the one next action, whether it has its admin, then what to send
 * and when. Fields that could not be read are said where they matter, on the programs under Needs data.
 */
export function AccountPlan({ view, plan, page }: { view: ReadyView; plan: Plan; page: RecordPage | null }) {
  const { account } = view;
  const adminValue = useAdminValue();
  const action = nextActionOf(plan, adminVerdict(account, adminValue));
  const fixAbove = action.kind === 'make-admin';
  const saidAbove = useWarningsOf(action.kind === 'send' ? action.entry : null);
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
      {/* Keyed by account: a role fix or an action's outcome never shows on another account. */}
      <RoleFixScope key={`${account.source}:${account.id}`}>
        <ProgramOutcomeProvider>
          <NextAction action={action} account={account} plan={plan} page={page} adminFix={view.adminFix} />
          <AdminStatus account={account} plan={plan} adminFix={view.adminFix} page={page} fixAbove={fixAbove} />
          <PlanWarnings plan={plan} dealsAbove={fixAbove} />
          <SaidAbove.Provider value={saidAbove}>
            <ProgramSections plan={plan} lead={action.kind === 'send' ? action.entry.programId : null} />
          </SaidAbove.Provider>
        </ProgramOutcomeProvider>
      </RoleFixScope>
    </>
  );
}
