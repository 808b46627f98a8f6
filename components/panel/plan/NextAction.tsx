import type { Account } from '@/lib/shared/accounts/account';
import type { AdminFixRoute } from '@/lib/shared/messaging/tab-state';
import type { RecordPage } from '@/lib/shared/urls/record-urls';
import { formatDate, relativeDay } from '@/lib/shared/planning/format';
import type { NextAction as Action } from '@/lib/shared/planning/next-action';
import type { Plan } from '@/lib/shared/programs/plan';
import { sameRecordId } from '../role-fix/candidates';
import { RoleFix } from '../role-fix/RoleFix';
import { useAdminValue } from '../use-admin-value';
import { ProgramItem } from './ProgramItem';

interface NextActionProps {
  action: Action;
  account: Account;
  plan: Plan;
  page: RecordPage | null;
  adminFix: AdminFixRoute;
}

/** What waits for the admin, in one sentence; the deal of an Opportunity page is named by its own alert. */
function waiting(action: Extract<Action, { kind: 'make-admin' }>, page: RecordPage | null): string {
  const onPage = page?.site === 'salesforce' && page.object === 'Opportunity' ? page.id : undefined;
  const deals = action.deals.filter((d) => !onPage || !sameRecordId(d.id, onPage)).map((d) => `"${d.name}"`);
  const parts: string[] = [];
  if (action.heldBack.length) parts.push(`${action.heldBack.join(', ')} ${action.heldBack.length > 1 ? 'are' : 'is'} held back`);
  if (deals.length) parts.push(`${deals.join(', ')} cannot be submitted for approval`);
  return parts.length ? `Until then ${parts.join(', and ')}.` : '';
}

/**
 * The one thing to do first, at the top of the panel, with its button: the role fix when a missing admin
 * holds things back, else the oldest due send (listed here, not again under Due now), else the next date.
 */
export function NextAction({ action, account, plan, page, adminFix }: NextActionProps) {
  const adminValue = useAdminValue();
  return (
    <section className="pc-next" aria-label="Next action">
      <h3 className="pc-section-title">Next action</h3>
      {action.kind === 'make-admin' && (
        <>
          <p>
            <strong>Make a contact {adminValue}.</strong> {waiting(action, page)}
          </p>
          <RoleFix account={account} plan={plan} page={page} adminFix={adminFix} />
        </>
      )}
      {action.kind === 'send' && (
        <>
          {action.soldTo && <p>No {adminValue}: it goes to the Sold-To contact.</p>}
          {/* Named as the list it comes from, so it is found as due wherever one looks for it. */}
          <ul className="pc-programs" aria-label="Due now">
            <ProgramItem entry={action.entry} today={plan.today} accountId={plan.accountId} />
          </ul>
        </>
      )}
      {action.kind === 'none' && (
        <p className="pc-empty">
          <span>Nothing is due today.</span>
          {action.next && <span> Next: {action.next.program.name}, {formatDate(action.next.date)} ({relativeDay(action.next.date, plan.today)}).</span>}
        </p>
      )}
    </section>
  );
}
