/**
 * What the "My book" view needs from the browser, in one place: the orgs, the cached book (read
 * straight from the repository: same origin, no wait for a sleeping worker), the planning inputs, the
 * background's refresh over a Port that reconnects, and the write actions, which go to the background.
 * Component tests pass a fake.
 */
import { browser } from 'wxt/browser';
import type { IsoDate } from '../../shared/accounts/account';
import { toIsoDate } from '../../shared/dates/local';
import { lastingPort } from '../messaging/lasting-port';
import { sendMessage } from '../messaging/send';
import { isTenantHost } from '../../shared/urls/gainsight-links';
import type { MakeAdminResult } from '../panel/panel-backend';
import type { PlanInputs } from '../../shared/planning/plan-account';
import { accountKeyOf } from '../../shared/reminders/keys';
import type { RecordSendInput, SequenceInput } from '../../shared/reminders/inputs';
import type { AccountKey } from '../../shared/reminders/records';
import type { BookReader } from '../../extension/reminders/book-cache';
import type { BookViewRecord } from '../../shared/book/book-records';
import { repository } from '../../extension/reminders/repository';
import type { RecordResult, StartResult } from '../../shared/reminders/results';
import { remedyOf } from '../../shared/salesforce/errors';
import { catalogInUse } from '../../extension/settings/custom-catalog';
import { lastBookOrgItem as lastOrgItem, lastGainsightTenantItem, onPlanInputsChanged } from '../../extension/settings/items';
import { readQueueMarks, readQueueUndo, saveQueueMarks, saveQueueUndo, type QueueOwner } from '../../extension/settings/book-queue';
import { loadSettings } from '../../extension/settings/stored-settings';
import { watchSidChanges } from '../../extension/salesforce/sid-change';
import { bookCutoff } from '../../shared/book/retention';
import { BOOK_PORT, readerFor, type BookSignIn, type CachedBook, type FromBook, type RefreshAnswer } from '../../shared/book/model';
import type { QueueMarks } from './queue/marks';
import type { StoredUndoEntry } from './queue/undo';

export interface BookOrg {
  apiHost: string;
  /** The browser holds a session for it now (a refresh can run). */
  signedIn: boolean;
}

export type BookInputs = Omit<PlanInputs, 'sends'>;
export type Sends = PlanInputs['sends'];

export interface BookBackend {
  /** Orgs with a session, and orgs with a cached book. */
  orgs(): Promise<BookOrg[]>;
  /**
   * The cached book of whoever `signIn` last said is signed in to the org (the cache is per user); the
   * org's last read one only when nobody could be named.
   */
  readCache(org: string): Promise<CachedBook | null>;
  /** The lists as last planned (view-cache.ts), and keeping them: the signed-in user's, as readCache. */
  readView(org: string): Promise<BookViewRecord | null>;
  saveView(view: BookViewRecord): Promise<void>;
  loadInputs(): Promise<BookInputs>;
  /** Recorded sends of many accounts, in one read. */
  sendsOf(accounts: readonly { source: 'gainsight' | 'salesforce'; org: string; id: string }[]): Promise<Map<AccountKey, Sends>>;
  onInputsChanged(listener: () => void): () => void;
  /** Who is signed in to the org now, asked of the org. */
  signIn(org: string): Promise<BookSignIn>;
  /** Any org's session changed (a sign-in while the view had no org to show). */
  onSessionChanged(listener: (org: string) => void): () => void;
  /** The background's news of an org's book until the returned function is called. */
  watch(org: string, onMessage: (message: FromBook) => void): () => void;
  refresh(org: string): Promise<RefreshAnswer>;
  cancel(org: string): Promise<void>;
  makeAdmin(org: string, accountId: string, contactId: string): Promise<MakeAdminResult>;
  recordSend(input: RecordSendInput): Promise<RecordResult>;
  /** Many sends in one write; `undoSends` with its token takes them all back. */
  recordSends(inputs: RecordSendInput[], label: string): Promise<{ token: string }>;
  /** Undoes one recordSends, by its token, whatever was done since (unless it changed the same records). */
  undoSends(token: string): Promise<{ ok: true } | { ok: false; error: string }>;
  /** The queue's marks of an org's user (lib/ui/book/queue/marks.ts), kept across reloads of the panel. */
  readMarks(owner: QueueOwner): Promise<unknown>;
  saveMarks(owner: QueueOwner, marks: QueueMarks): Promise<void>;
  /** The queue's open undo entries (lib/ui/book/queue/undo.ts), kept until the browser closes. */
  readUndo(owner: QueueOwner): Promise<unknown>;
  saveUndo(owner: QueueOwner, entries: StoredUndoEntry[]): Promise<void>;
  startSequence(input: SequenceInput): Promise<StartResult>;
  openTab(url: string): Promise<void>;
  /** The Gainsight tenant the user last opened a record on; null when none yet (or the stored value is not a host). */
  gainsightTenant(): Promise<string | null>;
  lastOrg(): Promise<string | null>;
  rememberOrg(org: string): Promise<void>;
  today(): IsoDate;
  /** Milliseconds since the epoch: how old the cached book is. */
  now(): number;
}

export function extensionBookBackend(): BookBackend {
  const repo = repository();
  const dropOld = async () => {
    await repo.book.dropReadBefore(bookCutoff(await loadSettings(), Date.now())).catch(() => []);
  };
  /** Who each org last said is signed in, asked once per opening: the cache is read for that user only. */
  const signedIn = new Map<string, Promise<BookSignIn>>();
  const askWho = (org: string): Promise<BookSignIn> => {
    const asking = sendMessage('book.whoAmI', { org });
    signedIn.set(org, asking);
    return asking;
  };
  const readerOf = async (org: string): Promise<BookReader> => readerFor(await (signedIn.get(org) ?? askWho(org)).catch((): BookSignIn => ({ kind: 'unknown', message: '' })));
  return {
    async orgs() {
      const [{ orgs }, cached] = await Promise.all([sendMessage('salesforce.orgs', {}).catch(() => ({ orgs: [] })), repo.book.list().catch(() => [])]);
      const all = new Map<string, BookOrg>();
      for (const o of orgs) if (o.signedIn) all.set(o.apiHost, { apiHost: o.apiHost, signedIn: true });
      for (const m of cached) if (!all.has(m.org)) all.set(m.org, { apiHost: m.org, signedIn: false });
      return [...all.values()];
    },
    // Past the retention limit (Options → Data) a book is deleted before anything of it is read.
    async readCache(org) {
      await dropOld();
      return repo.book.read(org, await readerOf(org));
    },
    async readView(org) {
      await dropOld();
      return repo.book.readView(org, await readerOf(org));
    },
    saveView: (view) => repo.book.saveView(view),
    async loadInputs() {
      const settings = await loadSettings();
      return { settings, catalog: (await catalogInUse(settings)).catalog, today: toIsoDate(new Date()) };
    },
    async sendsOf(accounts) {
      const byKey = await repo.sendsByAccount(accounts.map(accountKeyOf));
      return new Map([...byKey].map(([key, sends]) => [key, sends.map(({ programId, step, sentOn, recipients }) => ({ programId, step, sentOn, recipients }))]));
    },
    onInputsChanged: onPlanInputsChanged,
    signIn: (org) => askWho(org),
    onSessionChanged: watchSidChanges,
    watch: (org, onMessage) => lastingPort<FromBook>(BOOK_PORT, { type: 'watch', org }, onMessage),
    refresh: (org) => sendMessage('book.refresh', { org }),
    async cancel(org) {
      await sendMessage('book.cancel', { org });
    },
    async makeAdmin(org, accountId, contactId) {
      const result = await sendMessage('book.makeAdmin', { org, accountId, contactId });
      if (result.ok) return { ok: true, name: result.data.name, alreadyAdmin: result.data.alreadyAdmin, ...(result.data.note ? { note: result.data.note } : {}) };
      return { ok: false, message: result.error.message, signInAgain: remedyOf(result.error) === 'sign-in' };
    },
    recordSend: (input) => sendMessage('reminders.recordSend', input),
    async recordSends(sends, label) {
      const { token } = await sendMessage('reminders.recordSends', { sends, label });
      return { token };
    },
    async undoSends(token) {
      const result = await sendMessage('reminders.undoSends', { token });
      return result.ok ? { ok: true } : { ok: false, error: result.error };
    },
    readMarks: readQueueMarks,
    saveMarks: saveQueueMarks,
    readUndo: readQueueUndo,
    saveUndo: saveQueueUndo,
    startSequence: (input) => sendMessage('reminders.startSequence', input),
    async openTab(url) {
      await browser.tabs.create({ url });
    },
    async gainsightTenant() {
      const tenant: unknown = await lastGainsightTenantItem.getValue().catch(() => null);
      return isTenantHost(tenant) ? tenant : null;
    },
    lastOrg: async () => (await lastOrgItem.getValue().catch(() => null)) ?? null,
    rememberOrg: (org) => lastOrgItem.setValue(org),
    today: () => toIsoDate(new Date()),
    now: () => Date.now(),
  };
}
