/**
 * The "My book" view's one model: which org, the book shown (the cache at once, or a refresh's accounts
 * as they come when there is no cache yet), the refresh's progress and outcome, the lists planned from
 * it, and the actions. The UI reads this store and calls its actions; it never talks to the browser.
 *
 * A refresh over a cached book keeps the cached book on screen until the new one is whole; a refresh
 * that stops leaves it there and says why.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { GITLAB_ADMIN_ROLE, type Account, type IsoDate } from '../accounts/account';
import type { MakeAdminResult } from '../panel/backend';
import { c360AccountUrl } from '../pages/gainsight-links';
import { sentSentence } from '../planning/notices';
import { sendInput } from '../planning/sequence';
import { accountKeyOf } from '../reminders/keys';
import type { BookBackend, BookInputs, BookOrg, Sends } from './backend';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import { bookIsFor, type BookFailure, type BookMeta, type BookSignIn, type FromBook, type RefreshProgress } from './model';
import type { PastEmail } from './queue/fatigue';
import { bookLists, EMPTY_LISTS, planBookAccount, type BookLists, type DueRow, type PlannedAccount } from './plan-book';
import { inputsKey, listsOfView, viewRecord } from './view-cache';

export type BookPhase = 'starting' | 'no-org' | 'loading' | 'ready';

export interface BookState {
  phase: BookPhase;
  orgs: BookOrg[];
  org: string | null;
  /** The cached book's facts (as-of time, user, notes, calls); null when none is shown. */
  meta: BookMeta | null;
  /** How many accounts the lists are made from. */
  accounts: number;
  lists: BookLists;
  /** A refresh running now: its progress. */
  refreshing: RefreshProgress | null;
  /** How the last refresh stopped, when it did not finish. */
  failure: BookFailure | null;
  /** The accounts shown are a stopped refresh's, not a saved book: the view says so. */
  partial: boolean;
  /** API calls of the last refresh, when it did not save a book (a saved one's are in `meta`). */
  lastCalls: number | null;
  /** What the last action did, in words (read out by a live region). */
  notice: string | null;
  /** Planning failed: the words to show. */
  error: string | null;
  /** The day the plans are made for, and the admin role value, from the planning inputs. */
  today: IsoDate;
  adminValue: string;
  /** The book's settings the plans were made with (the queue's calendar and fatigue guard). */
  bookSettings: Settings['book'];
  /** An account's past program emails: recorded sends and its Program Logs (the fatigue guard). */
  pastEmails(accountId: string): PastEmail[];
  /** Sends were recorded (or undone) for these accounts: read their sends again and plan them again. */
  recorded(accounts: readonly Account[]): Promise<void>;
  filter: string;
  /** Who the org said is signed in when the book opened; null until it answered. */
  signIn: BookSignIn | null;
  setFilter(filter: string): void;
  /** Opens the org's book; `afterSessionChange`: its session just changed, so it is read again when signed in. */
  chooseOrg(org: string, afterSessionChange?: boolean): Promise<void>;
  refresh(): Promise<void>;
  cancel(): Promise<void>;
  markSent(row: DueRow): Promise<void>;
  start(row: DueRow): Promise<void>;
  makeAdmin(account: Account, contactId: string): Promise<MakeAdminResult>;
  openAccount(account: Account): Promise<void>;
}

export type BookStore = StoreApi<BookState>;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** `settings.book.refreshAfter` in ms; null: only on demand. */
function refreshAfterMs(inputs: BookInputs): number | null {
  const value = inputs.settings.book.refreshAfter;
  return value === 'never' ? null : Number(value) * 60_000;
}

/** Accounts planned in one go before the page gets a turn: a few tens of ms, never a long task. */
const PLAN_CHUNK = 250;

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createBookStore(backend: BookBackend): { store: BookStore; start(): () => void } {
  let inputs: BookInputs | null = null;
  let sends = new Map<string, Sends>();
  /** Planned accounts in the order they were shown, by id. */
  let planned = new Map<string, PlannedAccount>();
  /** The accounts of the refresh running or last run, and its id. */
  let live: Account[] = [];
  let liveRun: number | null = null;
  let unwatch: (() => void) | null = null;
  let token = 0;
  /** Settled once the whole book is planned: until then the rows may be the stored view's. */
  let whole: Promise<void> = Promise.resolve();
  let saveTimer: ReturnType<typeof setTimeout> | undefined;

  const plan = (account: Account): PlannedAccount =>
    planBookAccount(account, { ...inputs!, sends: sends.get(accountKeyOf(account)) ?? [] });

  const publish = () => {
    store.setState({
      lists: inputs ? bookLists(planned.values(), inputs.today) : EMPTY_LISTS,
      accounts: planned.size,
      ...(inputs ? { today: inputs.today, adminValue: inputs.settings.salesforce.adminValue, bookSettings: inputs.settings.book } : {}),
    });
    rememberView();
  };

  /** Keeps the lists for the next opening, once they stand for a whole saved book. */
  function rememberView(): void {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      const { meta, lists, partial } = store.getState();
      if (!meta || !inputs || partial || planned.size !== meta.total) return;
      void backend.saveView(viewRecord(meta, lists, planned.size, inputs.today, inputsKey(inputs.settings, inputs.catalog))).catch(() => undefined);
    }, 100);
  }

  /**
   * Plans `accounts` as the book shown, a chunk per turn so the page stays responsive. `early`: show
   * the first chunk's rows at once (nothing is on screen yet); otherwise the lists change once, whole.
   */
  async function show(accounts: readonly Account[], early: boolean, mine = token): Promise<boolean> {
    const next = new Map<string, PlannedAccount>();
    for (let start = 0; start < accounts.length; start += PLAN_CHUNK) {
      for (const account of accounts.slice(start, start + PLAN_CHUNK)) next.set(account.id, plan(account));
      if (early && start === 0) {
        planned = new Map(next);
        publish();
        store.setState({ phase: 'ready' });
      }
      if (start + PLAN_CHUNK < accounts.length) await nextTurn();
      if (mine !== token) return false;
    }
    planned = next;
    publish();
    return true;
  }

  async function add(accounts: readonly Account[]): Promise<void> {
    await whole;
    for (const account of accounts) planned.set(account.id, plan(account));
    publish();
  }

  async function loadSends(accounts: readonly Account[]): Promise<void> {
    const found = await backend.sendsOf(accounts).catch(() => new Map<string, Sends>());
    for (const account of accounts) sends.set(accountKeyOf(account), found.get(accountKeyOf(account)) ?? []);
  }

  /** Which accounts the book is: when the user changes it, the book is read again. */
  const bookKey = (i: BookInputs | null) => JSON.stringify([i?.settings.book.who, i?.settings.book.segments, i?.settings.salesforce.accountFields.csm, i?.settings.salesforce.accountFields.segment]);

  /** Plans everything again (settings, catalog or the day changed). */
  async function replanAll(): Promise<void> {
    try {
      await whole;
      const before = bookKey(inputs);
      inputs = await backend.loadInputs();
      if (before !== bookKey(inputs) && store.getState().org) void store.getState().refresh();
      await show([...planned.values()].map((p) => p.account), false);
    } catch (error) {
      store.setState({ error: `The book could not be planned: ${message(error)}` });
    }
  }

  function onBackground(org: string, news: FromBook, autoRefresh: () => void): void {
    if (store.getState().org !== org || news.org !== org) return;
    const { meta } = store.getState();
    switch (news.type) {
      case 'state':
        if (news.run === null && store.getState().refreshing) {
          // The background restarted mid-refresh: that refresh is gone, the shown book stays.
          store.setState({ refreshing: null, failure: { message: 'The refresh stopped when the extension restarted. The book shown is unchanged; refresh again.' } });
        }
        if (news.run !== null) store.setState({ refreshing: news.progress, failure: null });
        else if (news.failure && !store.getState().failure) store.setState({ failure: news.failure });
        if (news.run === null) autoRefresh();
        return;
      case 'accounts':
        if (liveRun !== news.run) {
          liveRun = news.run;
          live = [];
        }
        live.push(...news.accounts);
        store.setState({ refreshing: news.progress, failure: null });
        // With a cached book on screen the new one is shown once whole; without one, as it comes.
        if (!meta) void loadSends(news.accounts).then(() => add(news.accounts));
        return;
      case 'finished':
        if (news.outcome === 'saved') {
          const accounts = live.length === news.meta.total ? live : null;
          store.setState({ meta: news.meta, refreshing: null, failure: null, partial: false, lastCalls: null, notice: `Book refreshed: ${news.meta.total.toLocaleString()} accounts.` });
          void (accounts ? Promise.resolve(accounts) : backend.readCache(org).then((b) => b?.accounts ?? [])).then(async (fresh) => {
            await loadSends(fresh);
            await whole;
            await show(fresh, false);
          });
        } else {
          const stopped = news.outcome === 'cancelled' ? { failure: null, notice: 'Refresh cancelled. The book shown is unchanged.' } : { failure: news.failure };
          store.setState({ refreshing: null, ...stopped, lastCalls: news.calls, partial: !meta && planned.size > 0 });
        }
        return;
      case 'session':
        // Signed in, out, or as someone else: who is signed in is asked again, and the book shown follows.
        void backend.orgs().then((orgs) => store.setState({ orgs }), () => undefined);
        void store.getState().chooseOrg(org, true);
        return;
      case 'account': {
        live = live.map((a) => (a.id === news.account.id ? news.account : a));
        if (planned.has(news.account.id)) void add([news.account]);
        return;
      }
    }
  }

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
      const account = planned.get(accountId)?.account;
      if (!account) return [];
      return [...(sends.get(accountKeyOf(account)) ?? []).map((s) => ({ sentOn: s.sentOn, recipients: s.recipients ?? [] })), ...account.programLogs];
    },
    async recorded(accounts) {
      await whole;
      const current = accounts.map((a) => planned.get(a.id)?.account ?? a);
      await loadSends(current);
      await add(current);
    },
    filter: '',
    signIn: null,
    setFilter: (filter) => set({ filter }),

    async chooseOrg(org, afterSessionChange = false) {
      const mine = ++token;
      unwatch?.();
      unwatch = null;
      planned = new Map();
      live = [];
      liveRun = null;
      set({ org, phase: 'loading', meta: null, accounts: 0, lists: EMPTY_LISTS, refreshing: null, failure: null, partial: false, lastCalls: null, notice: null, error: null, signIn: null });
      void backend.rememberOrg(org).catch(() => undefined);
      let settle = () => undefined as void;
      whole = new Promise<void>((resolve) => (settle = resolve));
      try {
        // Who is signed in is asked every time the book opens: a book is shown only to its own user.
        const [view, loaded, signIn] = await Promise.all([
          backend.readView(org).catch(() => null),
          backend.loadInputs(),
          backend.signIn(org).catch((error: unknown): BookSignIn => ({ kind: 'unknown', message: message(error) })),
        ]);
        if (mine !== token) return;
        inputs = loaded;
        sends = new Map();
        set({ signIn });
        // The lists as last planned, at once; the whole book is read and planned again behind them.
        const stored = listsOfView(view, loaded.today, inputsKey(loaded.settings, loaded.catalog), loaded.catalog);
        if (stored && bookIsFor(stored.meta, signIn)) set({ meta: stored.meta, lists: stored.lists, accounts: stored.total, phase: 'ready', today: loaded.today, adminValue: loaded.settings.salesforce.adminValue, bookSettings: loaded.settings.book });
        const found = await backend.readCache(org).catch(() => null);
        if (mine !== token) return;
        const cached = found && bookIsFor(found.meta, signIn) ? found : null;
        if (cached) await loadSends(cached.accounts);
        if (mine !== token) return;
        set({ meta: cached?.meta ?? null });
        if (!(await show(cached?.accounts ?? [], !stored, mine))) return;
        set({ phase: 'ready' });
      } catch (error) {
        if (mine === token) set({ phase: 'ready', error: `The book could not be opened: ${message(error)}` });
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
        const after = inputs ? refreshAfterMs(inputs) : null;
        const stale = !meta || (after !== null && backend.now() - Date.parse(meta.asOf) >= after);
        const signedIn = get().signIn;
        if (afterSessionChange && signedIn?.kind === 'signed-out') {
          set({ failure: { message: `You are signed out of ${org}.`, signInUrl: `https://${org}/` } });
          return;
        }
        // After a sign-in the book is read again with the new session, old or not.
        if ((stale || (afterSessionChange && signedIn?.kind === 'user')) && get().orgs.find((o) => o.apiHost === org)?.signedIn !== false) void get().refresh();
      };
      unwatch = backend.watch(org, (news) => onBackground(org, news, autoRefresh));
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

    async markSent(row) {
      if (!inputs) return;
      const { program, step } = row;
      try {
        const result = await backend.recordSend(sendInput({ program, account: row.account, step: step.index, sentOn: inputs.today, recipients: row.recipients ?? [], how: 'marked' }));
        await whole;
        const account = planned.get(row.account.id)?.account ?? row.account;
        await loadSends([account]);
        await add([account]);
        set({ notice: `${row.account.name}: ${sentSentence(program, step.index, result)}` });
      } catch (error) {
        set({ notice: `Not recorded: ${message(error)}` });
      }
    },

    // Nothing is recorded here: the sequence starts when its CTA is saved (seed 002), from the account's panel.
    async start(row) {
      if (!inputs) return;
      try {
        const where = await startPage(row.account, inputs.settings.book.startIn);
        if (where) await backend.openTab(where.url);
        const opened = where ? ` The account opened in ${where.site} in a new tab: start ${row.program.name} in its panel and save the CTA.` : '';
        set({ notice: `${row.account.name}: started, not saved yet. The reminders begin once the CTA is saved.${opened}` });
      } catch (error) {
        set({ notice: `Not started: ${message(error)}` });
      }
    },

    async makeAdmin(account, contactId) {
      const { org } = get();
      if (!org) return { ok: false, message: 'Choose an org first.', signInAgain: false };
      const result = await backend.makeAdmin(org, account.id, contactId);
      if (result.ok) set({ notice: `${result.name} is ${result.alreadyAdmin ? 'already' : 'now'} ${get().adminValue}: ${account.name} is no longer without one.` });
      return result;
    },

    async openAccount(account) {
      if (account.url) await backend.openTab(account.url);
    },
  }));

  /**
   * Where Start opens the account: Customer360 on the tenant last used, whose panel starts the playbook
   * in Cockpit, when the setting asks for it and a tenant is known; else the account in Lightning.
   */
  async function startPage(account: Account, startIn: 'gainsight' | 'salesforce'): Promise<{ url: string; site: string } | null> {
    const c360 = startIn === 'gainsight' ? c360AccountUrl(await backend.gainsightTenant(), account.id) : null;
    if (c360) return { url: c360, site: 'Gainsight' };
    return account.url ? { url: account.url, site: 'Salesforce' } : null;
  }

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
