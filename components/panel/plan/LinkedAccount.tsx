import type { Account } from '@/lib/shared/accounts/account';

/**
 * Which Salesforce Account a Customer360 company shares its history with, or why it does not yet: a
 * CSM must see which record a "sent" lands on before trusting it on the other page. The why is folded:
 * it is long, and the next action must stay near the top at 360 px.
 */
export function LinkedAccount({ account }: { account: Account }) {
  const { link } = account;
  if (!link) return null;
  return (
    <>
      <dt>History</dt>
      <dd>
        {link.org !== null ? (
          `Linked to Salesforce Account ${link.id} in ${link.org}: one history, one set of reminders and one plan.`
        ) : (
          <details className="pc-link-why">
            <summary>Its own, not yet linked</summary>
            {`Salesforce Account ${link.id}, org unknown: ${link.why}. Until then this company keeps its own history.`}
          </details>
        )}
      </dd>
    </>
  );
}
