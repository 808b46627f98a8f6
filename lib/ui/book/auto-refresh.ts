/**
 * Whether opening an org's book reads it again, decided once the background said no refresh runs:
 * when there is no book yet, when it is older than the refresh setting (the team's choice), or after a
 * sign-in (the new session's book); after a sign-out it says so instead.
 */
import type { BookBackend, BookInputs } from './book-backend';
import type { BookPlans } from './book-plans';
import type { BookState } from './store-types';

/** `settings.book.refreshAfter` in ms; null: only on demand. */
function refreshAfterMs(inputs: BookInputs): number | null {
  const value = inputs.settings.book.refreshAfter;
  return value === 'never' ? null : Number(value) * 60_000;
}

export function autoRefresher(backend: BookBackend, p: BookPlans, get: () => BookState, set: (partial: Partial<BookState>) => void, org: string, afterSessionChange: boolean): () => void {
  let decided = false;
  // Once the background said no refresh runs: refresh when there is no book yet or it is old.
  return () => {
    if (decided) return;
    decided = true;
    const { meta } = get();
    const after = p.inputs ? refreshAfterMs(p.inputs) : null;
    const stale = !meta || (after !== null && backend.now() - Date.parse(meta.asOf) >= after);
    const signedIn = get().signIn;
    if (afterSessionChange && signedIn?.kind === 'signed-out') {
      set({ failure: { message: `You are signed out of ${org}.`, signInUrl: `https://${org}/` } });
      return;
    }
    // After a sign-in the book is read again with the new session, old or not.
    if ((stale || (afterSessionChange && signedIn?.kind === 'user')) && get().orgs.find((o) => o.apiHost === org)?.signedIn !== false) void get().refresh();
  };
}
