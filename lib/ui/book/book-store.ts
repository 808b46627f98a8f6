/**
 * The "My book" view's one model: which org, the book shown (the cache at once, or a refresh's accounts
 * as they come when there is no cache yet), the refresh's progress and outcome, the lists planned from
 * it, and the actions. The UI reads this store and calls its actions; it never talks to the browser.
 *
 * A refresh over a cached book keeps the cached book on screen until the new one is whole; a refresh
 * that stops leaves it there and says why.
 */
import { createStore } from 'zustand/vanilla';
import { GITLAB_ADMIN_ROLE, type IsoDate } from '../../shared/accounts/account';
import type { BookBackend } from './book-backend';
import { onBookNews } from './book-news';
import { bookActions } from './book-actions';
import { autoRefresher } from './auto-refresh';
import { createBookPlans } from './book-plans';
import { startBook } from './book-start';
import { DEFAULT_SETTINGS } from '../../shared/settings/schema';
import { bookIsFor, type BookSignIn } from '../../shared/book/model';
import { EMPTY_LISTS } from './plan-book';
import type { BookState, BookStore } from './store-types';
import { inputsKey, listsOfView } from './view-cache';

export type { BookPhase, BookState, BookStore } from './store-types';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));


/** The store before any org is open: nothing shown, the default settings. */
const initialState = (today: IsoDate) => ({
  phase: 'starting' as const, orgs: [], org: null, meta: null, accounts: 0, lists: EMPTY_LISTS, refreshing: null, failure: null, partial: false, lastCalls: null,
  notice: null, error: null, today, adminValue: GITLAB_ADMIN_ROLE, bookSettings: DEFAULT_SETTINGS.book, filter: '', signIn: null,
});

export function createBookStore(backend: BookBackend): { store: BookStore; start(): () => void } {
  let unwatch: (() => void) | null = null;

  const p = createBookPlans(backend, () => store);
  const { show, loadSends, replanAll } = p;

  const store = createStore<BookState>()((set, get) => ({
    ...initialState(backend.today()),
    pastEmails: p.pastEmails,
    recorded: p.recorded,
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
      const autoRefresh = autoRefresher(backend, p, get, set, org, afterSessionChange);
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

  return { store, start: () => startBook(backend, store, replanAll, () => unwatch?.()) };
}
