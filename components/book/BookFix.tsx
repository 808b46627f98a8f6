import type { Account } from '@/lib/shared/accounts/account';
import { ContactChoices } from '../panel/role-fix/ContactChoices';
import { fixCandidates } from '../panel/role-fix/candidates';
import { useRoleFixWith } from '../panel/role-fix/use-role-fix';
import { useBook } from './BookContext';

/**
 * The one-click role fix of an account in the book: the record page's choices, confirmation and state
 * machine, over the book's own way of saving (the background checks the contact is on an account of
 * the cached book). On success the account leaves the list; the section says so in its live region.
 */
export function BookFix({ account, adminValue }: { account: Account; adminValue: string }) {
  const makeAdmin = useBook((s) => s.makeAdmin);
  const org = useBook((s) => s.org);
  const fix = useRoleFixWith((contactId) => makeAdmin(account, contactId));
  const { state } = fix;
  return (
    <div className="book-fix">
      <ContactChoices contacts={fixCandidates(account, undefined)} adminValue={adminValue} fix={fix} />
      {state.step === 'saving' && <p role="status">Adding {adminValue} to {state.contact.name}…</p>}
      {state.step === 'done' && (
        <p role="status">
          {state.contact.name} is {state.alreadyAdmin ? 'already' : 'now'} {adminValue}.{state.note ? ` ${state.note}` : ''}
        </p>
      )}
      {state.step === 'failed' && (
        <div role="alert">
          <p>{state.message}</p>
          {state.signInAgain && org && (
            <a href={`https://${org}/`} target="_blank" rel="noreferrer noopener">
              Sign in to Salesforce
            </a>
          )}
        </div>
      )}
    </div>
  );
}
