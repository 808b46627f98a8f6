/**
 * Starts the book view: the org last shown opens at once, then the list of orgs; with none, the first
 * signed-in org. Settings or catalog changes plan the book again; a sign-in anywhere is the cue of a
 * view with no org yet. Returns what stops it.
 */
import type { BookBackend } from './book-backend';
import type { BookStore } from './store-types';

export function startBook(backend: BookBackend, store: BookStore, replanAll: () => Promise<void>, unwatch: () => void): () => void {
  const pick = async () => {
    // The org last shown opens at once; the list of orgs (asked of the background) follows.
    const last = await backend.lastOrg().catch(() => null);
    if (last) void store.getState().chooseOrg(last);
    const orgs = await backend.orgs().catch(() => []);
    store.setState({ orgs: last && !orgs.some((o) => o.apiHost === last) ? [{ apiHost: last, signedIn: false }, ...orgs] : orgs });
    if (last) return;
    const first = orgs.find((o) => o.signedIn) ?? orgs[0];
    if (first) await store.getState().chooseOrg(first.apiHost);
    else store.setState({ phase: 'no-org' });
  };
  void pick();
  const unlisten = backend.onInputsChanged(() => void replanAll());
  // With no org to show yet, a sign-in anywhere is the book's cue (the org's own view hears it from the background).
  const unsession = backend.onSessionChanged(() => {
    if (store.getState().phase === 'no-org') void pick();
  });
  return () => {
    unlisten();
    unsession();
    unwatch();
  };
}
