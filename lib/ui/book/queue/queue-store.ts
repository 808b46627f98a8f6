/**
 * The morning queue's model beside the book's: what the CSM did with its rows (the marks, kept in
 * storage per org), how the queue is sorted and grouped, the selection, the open batches and the undo
 * entries (undo.ts: one per action, each undoable until its window ends). Actions take the queue's
 * items (queue.ts) and write through the book's backend; a mark is set before the write finishes, so
 * focus moves on at once, and taken back with a word if the write fails.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { IsoDate } from '../../../shared/accounts/account';
import { addDays } from '../../../shared/dates/iso';
import { sendInput } from '../../../shared/planning/sequence';
import type { BookBackend } from '../book-backend';
import type { BookStore } from '../book-store';
import { NO_MARKS, marksOf, pruneMarks, withMarks, type MarkKind, type QueueMark, type QueueMarks, type RowSnapshot } from './marks';
import { QUEUE_ANSWERED_MARK, QUEUE_WRITTEN_MARK } from './perf-marks';
import { isDone, type QueueGrouping, type QueueItem, type QueueSort } from './queue';
import { openEntries, stillAsLeft, untilWords, type UndoEntry } from './undo';

export type QueueAction = { kind: 'sent' } | { kind: 'snoozed'; until: IsoDate } | { kind: 'skipped'; reason: string };

export interface QueueState {
  marks: QueueMarks;
  sort: QueueSort;
  grouping: QueueGrouping;
  /** Batches opened into their rows. */
  open: ReadonlySet<string>;
  selected: ReadonlySet<string>;
  /** The row a shift-click selects from. */
  anchor: string | null;
  /** The row that takes focus once rendered (after an action: the next open row). */
  focusKey: string | null;
  /** The row in the Tab order (roving tabindex); null: the first. */
  active: string | null;
  /** The first row on screen: in the Tab order until another row had focus. */
  first: string | null;
  /** The actions that can still be undone, oldest first (each until its own time). */
  undo: UndoEntry[];
  /** How many rows and batches each section lays out (more on "Show more"): a 5,000-account book stays quick. */
  limits: Readonly<Record<string, number>>;
  showMore(section: string): void;
  /** The row, batch or selection ('selection') whose "why skip" form is open. */
  skipping: string | null;
  /** What the last action did and how to undo it (read out by a live region). */
  notice: string | null;
  setSort(sort: QueueSort): void;
  setGrouping(grouping: QueueGrouping): void;
  toggleBatch(key: string): void;
  /** Selects or clears rows; `range` (a shift-click) selects from the anchor to `key` in `order`. */
  select(key: string, on: boolean, range?: readonly string[]): void;
  selectMany(keys: readonly string[], on: boolean): void;
  focus(key: string | null): void;
  setActive(key: string): void;
  setFirst(key: string | null): void;
  /** Opens the skip form of a row, batch or the selection; null closes it, focus going back to `returnTo`. */
  askSkip(key: string | null, returnTo?: string): void;
  act(items: readonly QueueItem[], action: QueueAction, next?: string | null): Promise<void>;
  start(item: QueueItem): Promise<void>;
  /** Undoes the newest action still open. */
  undoLast(): Promise<void>;
  /** Undoes one action, by its entry's id. */
  undoEntry(id: number): Promise<void>;
  /** Drops the entries whose time is up (the store's timer calls it). */
  expire(): void;
}

export type QueueStore = StoreApi<QueueState>;

/** Rows and batches a section lays out at first, and how many more each "Show more" adds. */
export const SECTION_PAGE = 150;

/** How many actions back Undo reaches at most, whatever the window. */
const UNDO_DEPTH = 20;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

const VERBS: Record<QueueAction['kind'], string> = { sent: 'mark sent', snoozed: 'snooze', skipped: 'skip' };

const rowOf = (item: QueueItem): RowSnapshot => ({
  accountId: item.accountId, accountName: item.accountName, programId: item.programId, programName: item.programName, step: item.step, date: item.date, recipients: item.recipients, arr: item.arr, renewal: item.renewal,
});

export const describeItem = (item: Pick<QueueItem, 'step' | 'programName' | 'accountName'>) => `${item.step.name} of ${item.programName} for ${item.accountName}`;

function labelOf(items: readonly QueueItem[], action: QueueAction): string {
  const what = items.length === 1 ? describeItem(items[0]!) : `${items.length.toLocaleString()} sends`;
  const until = action.kind === 'snoozed' ? ` until ${action.until}` : '';
  return `${VERBS[action.kind]}: ${what}${until}`;
}

export function createQueueStore(backend: BookBackend, book: BookStore): QueueStore {
  let org: string | null = null;
  const save = (marks: QueueMarks) => {
    if (org) void backend.saveMarks(org, pruneMarks(marks, book.getState().today, addDays)).catch(() => undefined);
  };

  function change(changes: Map<string, QueueMark | null>): Map<string, QueueMark | null> {
    const { marks } = store.getState();
    const before = new Map([...changes.keys()].map((key) => [key, marks.marks[key] ?? null] as const));
    const next = withMarks(marks, changes);
    store.setState({ marks: next });
    save(next);
    return before;
  }

  let entries = 0;
  let expiry: ReturnType<typeof setTimeout> | undefined;
  const undoWindow = () => Number(book.getState().bookSettings.undoMinutes) * 60_000;

  /** Wakes when the earliest open undo ends, so its button goes away on time. */
  function scheduleExpiry(): void {
    clearTimeout(expiry);
    const first = store.getState().undo[0];
    if (first) expiry = setTimeout(() => store.getState().expire(), Math.max(0, first.until - backend.now()));
  }

  /** Records the sends in one write; its undo token, once written. */
  async function writeSends(todo: readonly QueueItem[], label: string, today: IsoDate): Promise<string> {
    const inputs = todo.map(({ row }) => sendInput({ program: row!.program, account: row!.account, step: row!.step.index, sentOn: today, recipients: row!.recipients ?? [], how: 'marked' }));
    const { token } = await backend.recordSends(inputs, label);
    performance.mark(QUEUE_ANSWERED_MARK);
    await book.getState().recorded(todo.map((item) => item.row!.account));
    performance.mark(QUEUE_WRITTEN_MARK);
    return token;
  }

  const store = createStore<QueueState>()((set, get) => ({
    marks: NO_MARKS,
    sort: 'due',
    grouping: 'program',
    open: new Set(),
    selected: new Set(),
    anchor: null,
    focusKey: null,
    active: null,
    first: null,
    undo: [],
    skipping: null,
    limits: {},
    showMore: (section) => set({ limits: { ...get().limits, [section]: (get().limits[section] ?? SECTION_PAGE) + SECTION_PAGE } }),
    notice: null,
    setSort: (sort) => set({ sort }),
    setGrouping: (grouping) => set({ grouping }),
    toggleBatch(key) {
      const open = new Set(get().open);
      if (!open.delete(key)) open.add(key);
      set({ open });
    },
    select(key, on, range) {
      const selected = new Set(get().selected);
      const { anchor } = get();
      const from = range && anchor ? range.indexOf(anchor) : -1;
      const to = range ? range.indexOf(key) : -1;
      const keys = from >= 0 && to >= 0 ? range!.slice(Math.min(from, to), Math.max(from, to) + 1) : [key];
      for (const k of keys) {
        if (on) selected.add(k);
        else selected.delete(k);
      }
      set({ selected, anchor: key });
    },
    selectMany(keys, on) {
      const selected = new Set(get().selected);
      for (const k of keys) {
        if (on) selected.add(k);
        else selected.delete(k);
      }
      set({ selected });
    },
    focus: (focusKey) => set({ focusKey }),
    setActive: (active) => get().active !== active && set({ active }),
    setFirst: (first) => get().first !== first && set({ first }),
    askSkip: (skipping, returnTo) => set(returnTo ? { skipping, focusKey: returnTo } : { skipping }),

    async act(items, action, next = null) {
      const { today } = book.getState();
      const todo = items.filter((item) => !isDone(item) && (action.kind !== 'sent' || item.row));
      if (!todo.length) return;
      const label = labelOf(todo, action);
      const mark = (item: QueueItem): QueueMark => ({ kind: action.kind as MarkKind, on: today, ...(action.kind === 'snoozed' ? { until: action.until } : {}), ...(action.kind === 'skipped' ? { reason: action.reason } : {}), row: rowOf(item) });
      // The marks first: the rows say what was done and focus moves on without waiting for the write.
      const after = new Map(todo.map((item) => [item.key, mark(item)] as const));
      const before = change(after);
      const selected = new Set(get().selected);
      for (const item of todo) selected.delete(item.key);
      const sent = action.kind === 'sent' ? todo.map((item) => item.row!.account) : [];
      const written = action.kind === 'sent' ? writeSends(todo, label, today) : Promise.resolve(null);
      const entry: UndoEntry = { id: ++entries, label, until: backend.now() + undoWindow(), before, after, sent, written };
      set({ selected, focusKey: next, skipping: null, undo: [...openEntries(get().undo, backend.now()), entry].slice(-UNDO_DEPTH), notice: `Done: ${label}. Undo until ${untilWords(entry.until)} (U).` });
      scheduleExpiry();
      try {
        await written;
      } catch (error) {
        change(before);
        set({ undo: get().undo.filter((u) => u !== entry), notice: `Not recorded: ${message(error)}` });
      }
    },

    async start(item) {
      if (!item.row) return;
      await book.getState().start(item.row);
      if (item.mark) return;
      const after = new Map<string, QueueMark | null>([[item.key, { kind: 'started', on: book.getState().today, row: rowOf(item) }]]);
      change(after);
      // Nothing was recorded (the CTA is not saved yet), so undoing a start only takes its mark back.
      const label = `start ${item.programName} for ${item.accountName}`;
      const entry: UndoEntry = { id: ++entries, label, until: backend.now() + undoWindow(), before: new Map([[item.key, null]]), after, sent: [], written: Promise.resolve(null) };
      set({ undo: [...openEntries(get().undo, backend.now()), entry].slice(-UNDO_DEPTH) });
      scheduleExpiry();
    },

    async undoLast() {
      const entry = openEntries(get().undo, backend.now()).at(-1);
      if (entry) await get().undoEntry(entry.id);
      else set({ notice: 'Nothing to undo.' });
    },

    async undoEntry(id) {
      const entry = get().undo.find((u) => u.id === id);
      if (!entry) return;
      const drop = () => set({ undo: get().undo.filter((u) => u !== entry) });
      if (entry.until <= backend.now()) {
        drop();
        set({ notice: `Undo of ${entry.label} ended at ${untilWords(entry.until)}.` });
        return;
      }
      if (!stillAsLeft(entry, get().marks)) {
        drop();
        set({ notice: `Cannot undo ${entry.label}: a later action changed the same rows.` });
        return;
      }
      const token = await entry.written.catch(() => null);
      if (token) {
        const result = await backend.undoSends(token).catch((error: unknown) => ({ ok: false as const, error: message(error) }));
        if (!result.ok) {
          drop();
          set({ notice: `Cannot undo ${entry.label}: ${result.error}` });
          return;
        }
      }
      change(new Map(entry.before));
      drop();
      set({ focusKey: entry.before.keys().next().value ?? null, notice: `Undone: ${entry.label}.` });
      if (entry.sent.length) await book.getState().recorded(entry.sent);
    },

    expire() {
      const open = openEntries(get().undo, backend.now());
      if (open.length !== get().undo.length) set({ undo: open });
      scheduleExpiry();
    },
  }));

  // The marks are the org's: read them when the book shows an org.
  book.subscribe((state) => {
    if (state.org === org) return;
    org = state.org;
    clearTimeout(expiry);
    store.setState({ marks: NO_MARKS, selected: new Set(), undo: [], notice: null });
    const mine = org;
    if (mine) void backend.readMarks(mine).then((value) => {
      if (org === mine) store.setState({ marks: marksOf(value) });
    }).catch(() => undefined);
  });
  return store;
}
