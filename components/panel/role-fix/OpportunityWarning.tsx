import type { Plan } from '@/lib/shared/programs/plan';
import { sameRecordId } from './candidates';

/**
 * On an Opportunity page: the approval rule for THIS deal, loud. The engine decides which deal types
 * need an admin (and emits nothing once the account has one), so this only looks its warning up.
 */
export function OpportunityWarning({ plan, opportunityId, adminValue }: { plan: Plan; opportunityId: string; adminValue: string }) {
  const warning = plan.warnings.find((w) => w.code === 'opportunity-needs-admin' && w.severity === 'blocking' && sameRecordId(w.opportunity?.id, opportunityId));
  const deal = warning?.opportunity;
  if (!deal) return null;
  return (
    <div role="alert" className="pc-deal-alert">
      <strong>Approval needs a {adminValue} contact.</strong> "{deal.name}" ({deal.type}) cannot be submitted for approval until a contact on this
      account is {adminValue}.
    </div>
  );
}
