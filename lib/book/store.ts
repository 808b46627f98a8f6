/**
 * The "My book" view's one model: which org, the book shown (the cache at once, or a refresh's accounts
 * as they come when there is no cache yet), the refresh's progress and outcome, the lists planned from
 * it, and the actions. The UI reads this store and calls its actions; it never talks to the browser.
 *
 * A refresh over a cached book keeps the cached book on screen until the new one is whole; a refresh
 * that stops leaves it there and says why.
 */
import { createStore } from 'zustand/vanilla';
import { GITLAB_ADMIN_ROLE } from '../accounts/account';
import { accountKeyOf } from '../reminders/keys';
import type { BookBackend, BookInputs } from './backend';
import { onBookNews } from './book-news';
import { bookActions } from './book-actions';
import { createBookPlans } from './book-plans';
import { DEFAULT_SETTINGS } from '../settings/schema';
import { bookIsFor, type BookSignIn } from './model';
import { EMPTY_LISTS } from './plan-book';
import type { BookState, BookStore } from './store-types';
import { inputsKey, listsOfView } from './view-cache';

export type { BookPhase, BookState, BookStore } from './store-types';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** `settings.book.refreshAfter` in ms; null: only on demand. */
function refreshAfterMs(inputs: BookInputs): number | null {
  const value = inputs.settings.book.refreshAfter;
  return value === 'never' ? null : Number(value) * 60_000;
}

export function createBookStore(backend: BookBackend): { store: BookStore; start(): () => void } {
  let unwatch: (() => void) | null = null;

  const p = createBookPlans(backend, () => store);
  const { show, add, loadSends, replanAll } = p;

  const store = createStore<BookState>()((set, get) => ({
    phase: 'starting',
    orgs: [],
    org: null,
    meta: null,
    accounts: 0,
    lists: EMPTY_LISTS,
    refreshing: null,
    failure: null,
    partial: false,
    lastCalls: null,
    notice: null,
    error: null,
    today: backend.today(),
    adminValue: GITLAB_ADMIN_ROLE,
    bookSettings: DEFAULT_SETTINGS.book,
    pastEmails(accountId) {
      const account = p.planned.get(accountId)?.account;
      if (!account) return [];
      return [...(p.sends.get(accountKeyOf(account)) ?? []).map((s) => ({ sentOn: s.sentOn, recipients: s.recipients ?? [] })), ...account.programLogs];
    },
    async recorded(accounts) {
      await p.whole;
      const current = accounts.map((a) => p.planned.get(a.id)?.account ?? a);
      await loadSends(current);
      await add(current);
    },
    filter: '',
    signIn: null,
    setFilter: (filter) => set({ filter }),

    async chooseOrg(org, afterSessionChange = false) {
      const mine = ++p.token;
      unwatch?.();
      unwatch = null;
      p.planned = new Map();
      p.live = [];
      p.liveRun = null;
      set({ org, phase: 'loading', meta: null, accounts: 0, lists: EMPTY_LISTS, refreshing: null, failure: null, partial: false, lastCalls: null, notice: null, error: null, signIn: null });
      void backend.rememberOrg(org).catch(() => undefined);
      let settle = () => undefined as void;
      p.whole = new Promise<void>((resolve) => (settle = resolve));
      try {
        // Who is signed in is asked every time the book opens: a book is shown only to its own user.
        const [view, loaded, signIn] = await Promise.all([
          backend.readView(org).catch(() => null),
          backend.loadInputs(),
          backend.signIn(org).catch((error: unknown): BookSignIn => ({ kind: 'unknown', message: message(error) })),
        ]);
        if (mine !== p.token) return;
        p.inputs = loaded;
        p.sends = new Map();
        set({ signIn });
        // The lists as last planned, at once; the whole book is read and planned again behind them.
        const stored = listsOfView(view, loaded.today, inputsKey(loaded.settings, loaded.catalog), loaded.catalog);
        if (stored && bookIsFor(stored.meta, signIn)) set({ meta: stored.meta, lists: stored.lists, accounts: stored.total, phase: 'ready', today: loaded.today, adminValue: loaded.settings.salesforce.adminValue, bookSettings: loaded.settings.book });
        const found = await backend.readCache(org).catch(() => null);
        if (mine !== p.token) return;
        const cached = found && bookIsFor(found.meta, signIn) ? found : null;
        if (cached) await loadSends(cached.accounts);
        if (mine !== p.token) return;
        set({ meta: cached?.meta ?? null });
        if (!(await show(cached?.accounts ?? [], !stored, mine))) return;
        set({ phase: 'ready' });
      } catch (error) {
        if (mine === p.token) set({ phase: 'ready', error: `The book could not be opened: ${message(error)}` });
        return;
      } finally {
        settle();
      }
      let decided = false;
      // Once the background said no refresh runs: refresh when there is no book yet or it is old.
      const autoRefresh = () => {
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
      unwatch = backend.watch(org, (news) => onBookNews({ store, plans: p, backend }, org, news, autoRefresh));
    },

    async refresh() {
      const { org, refreshing } = get();
      if (!org || refreshing) return;
      set({ refreshing: { read: 0, total: null, calls: 0 }, failure: null, notice: null });
      try {
        const answer = await backend.refresh(org);
        if ('message' in answer) set({ refreshing: null, failure: { message: answer.message } });
      } catch (error) {
        set({ refreshing: null, failure: { message: `The refresh could not start: ${message(error)}` } });
      }
    },

    async cancel() {
      const { org } = get();
      if (org) await backend.cancel(org);
    },

    ...bookActions(backend, p, set, get),
  }));

  function start(): () => void {
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
      unwatch?.();
    };
  }

  return { store, start };
}
