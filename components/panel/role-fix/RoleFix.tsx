import { gitlabAdmins, type Account } from '@/lib/shared/accounts/account';
import type { AdminFixRoute } from '@/lib/shared/messaging/tab-state';
import type { RecordPage } from '@/lib/shared/urls/record-urls';
import type { Plan } from '@/lib/shared/programs/plan';
import { useAdminValue } from '../use-admin-value';
import { contactOnPage, fixCandidates } from './candidates';
import { ContactChoices } from './ContactChoices';
import { ContactRoleStatus } from './ContactRoleStatus';
import { FixOutcome } from './FixOutcome';
import { GainsightSteps } from './GainsightSteps';
import { OpportunityWarning } from './OpportunityWarning';
import { useScopedRoleFix } from './RoleFixScope';

/** Where a held-back program's "make a contact GitLab Admin" link leads. */
export const ROLE_FIX_ID = 'pc-role-fix';

export interface RoleFixProps {
  account: Account;
  plan: Plan;
  page: RecordPage | null;
  adminFix: AdminFixRoute;
}

/**
 * The GitLab Admin fix under the admin status. On Salesforce: the one-click choices (plus, on a
 * Contact page, that contact's status and, on an Opportunity page, the deal's approval alert); on
 * Customer360: the steps there and a link to Salesforce. Its state (a success message) lives in the
 * account's RoleFixScope: it outlives the re-read that follows the fix, and the move from the top.
 */
export function RoleFix({ account, plan, page, adminFix }: RoleFixProps) {
  const fix = useScopedRoleFix();
  const adminValue = useAdminValue();
  if (!account.contacts) return null;
  const admins = gitlabAdmins(account, adminValue);
  // A partial list that shows no admin cannot say one is missing: no fix is offered on a guess.
  const needsAdmin = admins.length === 0 && !account.contactsIncomplete;
  if (adminFix.kind === 'in-gainsight') {
    return needsAdmin ? (
      <section id={ROLE_FIX_ID} tabIndex={-1} className="pc-role-fix" aria-label={`Make a contact ${adminValue}`}>
        <GainsightSteps salesforceUrl={adminFix.salesforceUrl} adminValue={adminValue} />
      </section>
    ) : null;
  }

  const onPage = contactOnPage(account, page);
  const opportunityId = page?.site === 'salesforce' && page.object === 'Opportunity' ? page.id : undefined;
  if (!needsAdmin && !onPage && fix.state.step === 'idle') return null;
  return (
    <section id={ROLE_FIX_ID} tabIndex={-1} className="pc-role-fix" aria-label={`Make a contact ${adminValue}`}>
      {opportunityId && needsAdmin && <OpportunityWarning plan={plan} opportunityId={opportunityId} adminValue={adminValue} />}
      {onPage && <ContactRoleStatus contact={onPage} admins={admins} adminValue={adminValue} />}
      {needsAdmin &&
        (adminFix.kind === 'one-click' ? (
          <ContactChoices contacts={fixCandidates(account, onPage)} adminValue={adminValue} fix={fix} />
        ) : (
          // Read from the page because the API was refused: the panel cannot write, the user can.
          <p className="pc-fix-manual">Fix in Salesforce: open a contact, edit Role, add {adminValue}, then Save.</p>
        ))}
      <FixOutcome state={fix.state} adminValue={adminValue} signInUrl={adminFix.kind === 'one-click' ? adminFix.signInUrl : undefined} />
    </section>
  );
}
