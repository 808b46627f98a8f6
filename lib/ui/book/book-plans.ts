/**
 * The book's planning, beside the store (store.ts): the planning inputs, each account's recorded sends,
 * the accounts planned (in the order shown), and turning them into the lists the store publishes. An
 * opening's token tells a stale opening's work from the current one's; `whole` settles once the whole
 * book is planned (until then the rows may be the stored view's).
 */
import type { Account } from '../../shared/accounts/account';
import { accountKeyOf } from '../../shared/reminders/keys';
import type { BookBackend, BookInputs, Sends } from './book-backend';
import { bookLists, EMPTY_LISTS, planBookAccount, type PlannedAccount } from './plan-book';
import type { PastEmail } from './queue/fatigue';
import type { BookStore } from './store-types';
import { inputsKey, viewRecord } from './view-cache';

/** Accounts planned in one go before the page gets a turn: a few tens of ms, never a long task. */
const PLAN_CHUNK = 250;

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export interface BookPlans {
  inputs: BookInputs | null;
  sends: Map<string, Sends>;
  planned: Map<string, PlannedAccount>;
  /** The accounts of the refresh running or last run, and its id. */
  live: Account[];
  liveRun: number | null;
  token: number;
  whole: Promise<void>;
  /** Plans `accounts` as the book shown; false when another opening took over meanwhile. */
  show(accounts: readonly Account[], early: boolean, mine?: number): Promise<boolean>;
  /** Plans these accounts again (their sends or data changed) into the book shown. */
  add(accounts: readonly Account[]): Promise<void>;
  loadSends(accounts: readonly Account[]): Promise<void>;
  /** Plans everything again (settings, catalog or the day changed). */
  replanAll(): Promise<void>;
  /**
   * An account's past program emails: recorded sends and its Program Logs (the fatigue guard). The same
   * array until the account or its sends change, so the queue works out each account's history once.
   */
  pastEmails(accountId: string): readonly PastEmail[];
  /** Sends were recorded (or undone) for these accounts (by id): reads their sends again and plans them again. */
  recorded(accountIds: readonly string[]): Promise<void>;
}

export function createBookPlans(backend: BookBackend, store: () => BookStore): BookPlans {
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  const past = new Map<string, readonly PastEmail[]>();
  const plan = (account: Account): PlannedAccount =>
    planBookAccount(account, { ...self.inputs!, sends: self.sends.get(accountKeyOf(account)) ?? [] });

  const publish = () => {
    store().setState({
      lists: self.inputs ? bookLists(self.planned.values(), self.inputs.today) : EMPTY_LISTS,
      accounts: self.planned.size,
      ...(self.inputs ? { today: self.inputs.today, adminValue: self.inputs.settings.salesforce.adminValue, bookSettings: self.inputs.settings.book } : {}),
    });
    rememberView();
  };

  /** Keeps the lists for the next opening, once they stand for a whole saved book. */
  function rememberView(): void {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      const { meta, lists, partial } = store().getState();
      if (!meta || !self.inputs || partial || self.planned.size !== meta.total) return;
      void backend.saveView(viewRecord(meta, lists, self.planned.size, self.inputs.today, inputsKey(self.inputs.settings, self.inputs.catalog))).catch(() => undefined);
    }, 100);
  }

  /**
   * Plans `accounts` as the book shown, a chunk per turn so the page stays responsive. `early`: show
   * the first chunk's rows at once (nothing is on screen yet); otherwise the lists change once, whole.
   */
  async function show(accounts: readonly Account[], early: boolean, mine = self.token): Promise<boolean> {
    const next = new Map<string, PlannedAccount>();
    past.clear();
    for (let start = 0; start < accounts.length; start += PLAN_CHUNK) {
      for (const account of accounts.slice(start, start + PLAN_CHUNK)) next.set(account.id, plan(account));
      if (early && start === 0) {
        self.planned = new Map(next);
        publish();
        store().setState({ phase: 'ready' });
      }
      if (start + PLAN_CHUNK < accounts.length) await nextTurn();
      if (mine !== self.token) return false;
    }
    self.planned = next;
    publish();
    return true;
  }

  async function add(accounts: readonly Account[]): Promise<void> {
    await self.whole;
    for (const account of accounts) { self.planned.set(account.id, plan(account)); past.delete(account.id); }
    publish();
  }

  async function loadSends(accounts: readonly Account[]): Promise<void> {
    const found = await backend.sendsOf(accounts).catch(() => new Map<string, Sends>());
    for (const account of accounts) {
      self.sends.set(accountKeyOf(account), found.get(accountKeyOf(account)) ?? []);
      past.delete(account.id);
    }
  }

  /** Which accounts the book is: when the user changes it, the book is read again. */
  const bookKey = (i: BookInputs | null) => JSON.stringify([i?.settings.book.who, i?.settings.book.segments, i?.settings.salesforce.accountFields.csm, i?.settings.salesforce.accountFields.segment]);

  /** Plans everything again (settings, catalog or the day changed). */
  async function replanAll(): Promise<void> {
    try {
      await self.whole;
      const before = bookKey(self.inputs);
      self.inputs = await backend.loadInputs();
      if (before !== bookKey(self.inputs) && store().getState().org) void store().getState().refresh();
      await show([...self.planned.values()].map((p) => p.account), false);
    } catch (error) {
      store().setState({ error: `The book could not be planned: ${message(error)}` });
    }
  }

  function pastEmails(accountId: string): readonly PastEmail[] {
    const kept = past.get(accountId);
    if (kept) return kept;
    const account = self.planned.get(accountId)?.account;
    if (!account) return [];
    const emails = [...(self.sends.get(accountKeyOf(account)) ?? []).map((s) => ({ sentOn: s.sentOn, recipients: s.recipients ?? [] })), ...account.programLogs];
    past.set(accountId, emails);
    return emails;
  }

  async function recorded(accountIds: readonly string[]): Promise<void> {
    await self.whole;
    // Only the book's own accounts: one no longer in it (read again since) has no row to plan.
    const current = accountIds.flatMap((id) => self.planned.get(id)?.account ?? []);
    await loadSends(current);
    await add(current);
  }

  const self: BookPlans = { inputs: null, sends: new Map(), planned: new Map(), live: [], liveRun: null, token: 0, whole: Promise.resolve(), show, add, loadSends, replanAll, pastEmails, recorded };
  return self;
}
