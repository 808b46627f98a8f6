/**
 * Component tests of My book: the real store and components over a fake backend. A test pushes what
 * the background would say over the book Port and answers the actions as the background would.
 */
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import type { Account } from '@/lib/shared/accounts/account';
import type { BookBackend, BookOrg, Sends } from '@/lib/ui/book/book-backend';
import type { QueueOwner } from '@/lib/extension/settings/book-queue';
import type { StoredUndoEntry } from '@/lib/ui/book/queue/undo';
import type { QueueMarks } from '@/lib/ui/book/queue/marks';
import { accountKeyOf } from '@/lib/shared/reminders/keys';
import type { RecordSendInput } from '@/lib/shared/reminders/inputs';
import type { AccountKey } from '@/lib/shared/reminders/records';
import type { BookMeta, BookSignIn, CachedBook, FromBook } from '@/lib/shared/book/model';
import type { BookViewRecord } from '@/lib/shared/book/book-records';
import type { MakeAdminResult } from '@/lib/ui/panel/panel-backend';
import { CURRENT_CATALOG } from '@/lib/shared/programs/catalog-current';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/shared/settings/schema';
import { createState } from '@/test/sandbox/state';
import { BookBackendContext } from './BookContext';
import { BookView } from './BookView';

export const TODAY = '2026-11-23';
export const ORG = 'gitlab.my.salesforce.com';

/** The sandbox's standard book as the REST reader gives it (Salesforce accounts of one org). */
export function sandboxAccounts(filter: (csm: string | null) => boolean = () => true): Account[] {
  const state = createState({ today: TODAY, dataDelayMs: 0, lightningDelayMs: 0, salesforcePageSize: 2000 });
  return state.accounts
    .filter((a) => filter(a.account.fields.csm ?? null))
    .map((a) => ({
      ...a.account,
      source: 'salesforce' as const,
      org: ORG,
      id: a.salesforceId,
      url: `https://gitlab.lightning.force.com/lightning/r/Account/${a.salesforceId}/view`,
      programLogs: [],
    }));
}

export function metaOf(accounts: readonly Account[], extra: Partial<BookMeta> = {}): BookMeta {
  return { org: ORG, asOf: `${TODAY}T08:00:00.000Z`, total: accounts.length, user: { id: '005000000000001AAA', name: 'Digital Success' }, notes: [], calls: 6, ...extra };
}

export interface FakeOptions {
  cached?: CachedBook | null;
  orgs?: BookOrg[];
  settings?: Settings;
  /** Milliseconds since the epoch the store takes for now (for the cache's age). */
  now?: number;
  /** The lists as a previous opening stored them. */
  view?: BookViewRecord | null;
  /** Who the org says is signed in (default: the cached book's user, Digital Success). */
  signIn?: BookSignIn;
  /**
   * Where the queue's marks (and open undo entries) are kept, by `org|user`, and the sends the worker
   * recorded: pass the same object to a second render to "reload the panel".
   */
  storage?: KeptStorage;
}

type Sent = { key: AccountKey; send: Sends[number] };

export interface KeptStorage {
  marks: Map<string, unknown>;
  undo?: Map<string, unknown>;
  writes?: Map<string, Sent[]>;
}

export function fakeBookBackend(options: FakeOptions = {}) {
  let push: (message: FromBook) => void = () => undefined;
  let cached = options.cached ?? null;
  let view: BookViewRecord | null = options.view ?? null;
  let settings = options.settings ?? DEFAULT_SETTINGS;
  let inputsChanged: () => void = () => undefined;
  let sessionChanged: (org: string) => void = () => undefined;
  const storage = options.storage ?? { marks: new Map<string, unknown>() };
  const undoKept = storage.undo ?? new Map<string, unknown>();
  const ownerKey = (owner: QueueOwner) => `${owner.org}|${owner.reader}`;
  /** The sends recorded, as the reminders repository would keep them; each write's, for its undo. */
  const writes = storage.writes ?? new Map<string, Sent[]>();
  const logSends = (inputs: RecordSendInput[]) => {
    const token = `book|${writes.size + 1}|${inputs.length}`;
    writes.set(token, inputs.map((i) => ({ key: accountKeyOf(i.account), send: { programId: i.programId, step: i.step, sentOn: i.sentOn, recipients: i.recipients } })));
    return { token, results: inputs.map(() => ({ enrollment: {} as never, next: null })) };
  };
  const backend = {
    orgs: vi.fn(async () => options.orgs ?? [{ apiHost: ORG, signedIn: true }]),
    readCache: vi.fn(async () => cached),
    readView: vi.fn(async () => view),
    saveView: vi.fn(async (record: BookViewRecord) => void (view = record)),
    loadInputs: vi.fn(async () => ({ catalog: CURRENT_CATALOG, settings, today: TODAY })),
    sendsOf: vi.fn(async () => {
      const byKey = new Map<AccountKey, Sends[number][]>();
      for (const { key, send } of [...writes.values()].flat()) byKey.set(key, [...(byKey.get(key) ?? []), send]);
      return byKey;
    }),
    onInputsChanged: (listener: () => void) => {
      inputsChanged = listener;
      return () => undefined;
    },
    signIn: vi.fn<BookBackend['signIn']>(async () => options.signIn ?? { kind: 'user', id: '005000000000001AAA', name: 'Digital Success' }),
    onSessionChanged: (listener: (org: string) => void) => {
      sessionChanged = listener;
      return () => undefined;
    },
    watch: vi.fn((org: string, onMessage: (message: FromBook) => void) => {
      push = onMessage;
      // As the background does: it first says whether a refresh runs.
      queueMicrotask(() => onMessage({ type: 'state', org, run: null, progress: null, failure: null }));
      return () => undefined;
    }),
    refresh: vi.fn<BookBackend['refresh']>(async () => ({ started: true })),
    cancel: vi.fn(async () => undefined),
    makeAdmin: vi.fn<(org: string, accountId: string, contactId: string) => Promise<MakeAdminResult>>(),
    recordSend: vi.fn<BookBackend['recordSend']>(async (input) => logSends([input]).results[0]!),
    recordSends: vi.fn<BookBackend['recordSends']>(async (inputs) => logSends(inputs)),
    undoSends: vi.fn<BookBackend['undoSends']>(async (token) => (writes.delete(token) ? { ok: true } : { ok: false, error: 'There is nothing to undo.' })),
    readMarks: vi.fn(async (owner: QueueOwner) => storage.marks.get(ownerKey(owner)) ?? null),
    saveMarks: vi.fn(async (owner: QueueOwner, marks: QueueMarks) => void storage.marks.set(ownerKey(owner), structuredClone(marks))),
    readUndo: vi.fn(async (owner: QueueOwner) => undoKept.get(ownerKey(owner)) ?? null),
    saveUndo: vi.fn(async (owner: QueueOwner, entries: StoredUndoEntry[]) => void undoKept.set(ownerKey(owner), structuredClone(entries))),
    startSequence: vi.fn<BookBackend['startSequence']>(),
    openTab: vi.fn(async () => undefined),
    gainsightTenant: vi.fn<BookBackend['gainsightTenant']>(async () => null),
    lastOrg: async () => null,
    rememberOrg: async () => undefined,
    today: () => TODAY,
    now: () => options.now ?? Date.parse(`${TODAY}T08:30:00Z`),
  } satisfies BookBackend;
  return {
    backend,
    /** What the background says next over the Port. */
    push: (message: FromBook) => push(message),
    setCache: (book: CachedBook | null) => (cached = book),
    storedView: () => view,
    /** A sid cookie of `org` changed in the browser. */
    changeSession: (org: string) => sessionChanged(org),
    storage,
    /** The user saved other settings (in the options page). */
    changeSettings: (next: Settings) => {
      settings = next;
      inputsChanged();
    },
  };
}

export function renderBook(options: FakeOptions = {}) {
  const fake = fakeBookBackend(options);
  // A new factory per render: each test gets its own book store.
  const make = () => fake.backend;
  const rendered = render(
    <BookBackendContext.Provider value={make}>
      <main aria-label="Playbook companion">
        <BookView />
      </main>
    </BookBackendContext.Provider>,
  );
  return { ...rendered, ...fake };
}
