import type { Account, IsoDate } from '@/lib/shared/accounts/account';
import { formatDate } from '@/lib/shared/planning/format';
import { LinkedAccount } from './LinkedAccount';

function DateRow({ label, date }: { label: string; date: IsoDate | null | undefined }) {
  if (!date) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{formatDate(date)}</dd>
    </>
  );
}

/**
 * Where a Salesforce account was read: a full-copy sandbox holds the same records as production, so the
 * org's host is what tells them apart before anyone acts on the wrong one (the role fix writes there). A
 * Gainsight tenant's host is the address bar beside the panel, and its readings write nothing.
 */
function ReadFrom({ account }: { account: Account }) {
  if (account.source !== 'salesforce') return null;
  return (
    <>
      <dt>Salesforce org</dt>
      <dd>{account.org}</dd>
    </>
  );
}

/** Name, segment, where it was read and the dates a CSM plans by. Page text is rendered as text only. */
export function AccountSummary({ account }: { account: Account }) {
  const { fields } = account;
  return (
    <section className="pc-summary" aria-label="Account">
      <h2 className="pc-account">{account.name}</h2>
      <dl className="pc-facts">
        {fields.segment && (
          <>
            <dt>Segment</dt>
            <dd>{fields.segment}</dd>
          </>
        )}
        {fields.csm && (
          <>
            <dt>CSM</dt>
            <dd>{fields.csm}</dd>
          </>
        )}
        <ReadFrom account={account} />
        <LinkedAccount account={account} />
        <DateRow label="Customer since" date={fields.customerSince} />
        <DateRow label="Renewal" date={fields.renewalDate} />
      </dl>
    </section>
  );
}
