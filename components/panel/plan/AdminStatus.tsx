import { gitlabAdmins, type Account } from '@/lib/shared/accounts/account';
import type { AdminFixRoute } from '@/lib/shared/messaging/tab-state';
import type { RecordPage } from '@/lib/shared/urls/record-urls';
import type { Plan } from '@/lib/shared/programs/plan';
import { RoleFix } from '../role-fix/RoleFix';
import { useAdminValue } from '../use-admin-value';

interface AdminStatusProps {
  account: Account;
  plan: Plan;
  adminFix: AdminFixRoute;
  page: RecordPage | null;
  /** The fix is the next action, shown at the top: not again here. */
  fixAbove: boolean;
}

/**
 * The GitLab Admin check, then its fix unless the fix is the next action above. The fix's outcome ("… is
 * now GitLab Admin.") lives in the account's RoleFixScope, so it survives the move here once the check is ✓.
 */
export function AdminStatus({ account, plan, adminFix, page, fixAbove }: AdminStatusProps) {
  const adminValue = useAdminValue();
  return (
    <>
      <AdminVerdict account={account} plan={plan} adminValue={adminValue} />
      {!fixAbove && <RoleFix key={`${account.source}:${account.org}:${account.id}`} account={account} plan={plan} page={page} adminFix={adminFix} />}
    </>
  );
}

/**
 * Its text always begins with "GitLab Admin:" so a screen reader user hears the verdict first; without
 * an admin it says where the programs go instead. What waits for an admin (held-back programs, deals) is
 * said once, by the next action and the warnings.
 */
function AdminVerdict({ account, plan, adminValue }: { account: Account; plan: Plan; adminValue: string }) {
  if (!account.contacts) {
    return (
      <div className="pc-admin pc-admin-unknown" role="status">
        GitLab Admin: unknown — {account.contactsIncomplete ?? 'the contacts could not be read'}, so recipients cannot be checked.
      </div>
    );
  }
  const admins = gitlabAdmins(account, adminValue);
  if (admins.length > 0) {
    return (
      <div className="pc-admin pc-admin-ok" role="status">
        GitLab Admin: <span aria-hidden="true">✓</span> {admins.map((a) => a.name).join(', ')}
      </div>
    );
  }
  // A partial list (a virtualized grid, a read cut short) can show an admin, never prove there is none.
  if (account.contactsIncomplete) {
    return (
      <div className="pc-admin pc-admin-unknown" role="status">
        GitLab Admin: unknown — {account.contactsIncomplete}, and none of them is {adminValue}. Open the full contact list to check.
      </div>
    );
  }
  const soldTo = account.contacts.filter((c) => c.soldTo);
  const active = plan.entries.filter((e) => e.state === 'due' || e.state === 'upcoming');
  const toSoldTo = active.filter((e) => e.recipients?.some((r) => r.via === 'sold-to')).map((e) => e.program.name);
  return (
    <div className="pc-admin pc-admin-missing" role="status">
      <p>
        GitLab Admin: <span aria-hidden="true">✗</span> none on this account.
      </p>
      <ul className="pc-consequences">
        {toSoldTo.length > 0 && <li>Go to the Sold-To contact ({soldTo.map((c) => c.name).join(', ')}) instead: {toSoldTo.join(', ')}.</li>}
        {soldTo.length === 0 && <li>There is no Sold-To contact either: programs meant for the admin have no one to go to.</li>}
      </ul>
    </div>
  );
}
