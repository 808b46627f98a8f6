import { gitlabAdmins, type Account } from '@/lib/accounts/account';
import type { Plan } from '@/lib/programs/plan';
import type { AdminFix } from '../view';

/**
 * The GitLab Admin check. Its text always begins with "GitLab Admin:" so a screen reader user hears
 * the verdict first; without an admin it says what follows for this account.
 */
export function AdminStatus({ account, plan, adminFix }: { account: Account; plan: Plan; adminFix?: AdminFix }) {
  if (!account.contacts) {
    return (
      <div className="pc-admin pc-admin-unknown" role="status">
        GitLab Admin: unknown — the contacts could not be read, so recipients cannot be checked.
      </div>
    );
  }
  const admins = gitlabAdmins(account);
  if (admins.length > 0) {
    return (
      <div className="pc-admin pc-admin-ok" role="status">
        GitLab Admin: <span aria-hidden="true">✓</span> {admins.map((a) => a.name).join(', ')}
      </div>
    );
  }
  const soldTo = account.contacts.filter((c) => c.soldTo);
  const dealWarnings = plan.warnings.filter((w) => w.code === 'opportunity-needs-admin');
  return (
    <div className="pc-admin pc-admin-missing" role="status">
      <p>
        GitLab Admin: <span aria-hidden="true">✗</span> none on this account.
      </p>
      <ul className="pc-consequences">
        <li>
          {soldTo.length
            ? `Programs meant for the admin go to the Sold-To contact (${soldTo.map((c) => c.name).join(', ')}).`
            : 'Programs meant for the admin have no one to go to: there is no Sold-To contact either.'}
        </li>
        <li>Surveys (NPS/CSAT) and newsletters are not sent: they need a GitLab Admin, and Sold-To contacts never receive surveys.</li>
        {dealWarnings.length > 0 && <li>Deals of this account cannot be approved until a contact is GitLab Admin.</li>}
      </ul>
      <FixAdmin account={account} adminFix={adminFix} />
    </div>
  );
}

function FixAdmin({ account, adminFix }: { account: Account; adminFix?: AdminFix }) {
  if (account.source === 'salesforce') {
    return <p>Fix: open a contact below and add GitLab Admin to its Role.</p>;
  }
  return (
    <details className="pc-fix">
      <summary>How to fix</summary>
      <ol>
        <li>In Customer360, open Contacts, then the contact's … menu → View Details.</li>
        <li>Set GitLab Role to include GitLab Admin, then Save.</li>
      </ol>
      {adminFix?.salesforceUrl && (
        <a href={adminFix.salesforceUrl} target="_blank" rel="noreferrer noopener">
          Fix it in Salesforce in one click
        </a>
      )}
    </details>
  );
}
