/**
 * The morning queue's model beside the book's: what the CSM did with its rows (the marks, kept in
 * storage per org and Salesforce user), how the queue is sorted and grouped, the selection, the open batches and the undo
 * entries (undo.ts: one per action, each undoable until its window ends, kept across a reload). Actions take the queue's
 * items (queue.ts) and write through the book's backend; a mark is set before the write finishes, so
 * focus moves on at once, and taken back with a word if the write fails.
 */
import { createStore } from 'zustand/vanilla';
import { addDays } from '../../../shared/dates/iso';
import type { BookBackend } from '../book-backend';
import type { BookStore } from '../book-store';
import type { QueueOwner } from '../../../extension/settings/book-queue';
import { readerOf } from '../../../shared/book/book-records';
import type { BookState } from '../store-types';
import { NO_MARKS, marksOf, pruneMarks, withMarks, type QueueMark, type QueueMarks } from './marks';
import { queueActions } from './queue-actions';
import type { QueueState, QueueStore } from './queue-state';
import { entriesOf, storedEntry } from './undo';

/** Rows and batches a section lays out at first, and how many more each "Show more" adds. */
export const SECTION_PAGE = 150;

/**
 * Whose queue the book shows: the org's signed-in user, or, when the org names nobody (signed out), the
 * user the book shown was read for; null until one is known.
 */
function ownerOf({ org, signIn, meta }: Pick<BookState, 'org' | 'signIn' | 'meta'>): QueueOwner | null {
  const user = signIn?.kind === 'user' ? signIn.id : meta?.user.id;
  return org && user ? { org, reader: readerOf(user) } : null;
}

const sameOwner = (a: QueueOwner | null, b: QueueOwner | null) => a === b || (!!a && !!b && a.org === b.org && a.reader === b.reader);

export function createQueueStore(backend: BookBackend, book: BookStore): QueueStore {
  let owner: QueueOwner | null = null;
  const save = (marks: QueueMarks) => {
    if (owner) void backend.saveMarks(owner, pruneMarks(marks, book.getState().today, addDays)).catch(() => undefined);
  };

  function change(changes: Map<string, QueueMark | null>): Map<string, QueueMark | null> {
    const { marks } = store.getState();
    const before = new Map([...changes.keys()].map((key) => [key, marks.marks[key] ?? null] as const));
    const next = withMarks(marks, changes);
    store.setState({ marks: next });
    save(next);
    return before;
  }

  let expiry: ReturnType<typeof setTimeout> | undefined;
  /** Wakes when the earliest open undo ends, so its button goes away on time. */
  function schedule(): void {
    clearTimeout(expiry);
    const first = store.getState().undo[0];
    if (first) expiry = setTimeout(() => store.getState().expire(), Math.max(0, first.until - backend.now()));
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

    ...queueActions({ backend, book, change, set, get, schedule }),
  }));

  // The marks and undo entries are the org's user's: read them once the book knows who that is.
  book.subscribe((state) => {
    const next = ownerOf(state);
    if (sameOwner(next, owner)) return;
    // No owner while the queue is emptied: the empty list is not the next owner's to keep.
    owner = null;
    clearTimeout(expiry);
    store.setState({ marks: NO_MARKS, selected: new Set(), undo: [], notice: null });
    owner = next;
    const mine = owner;
    if (!mine) return;
    void Promise.all([backend.readMarks(mine), backend.readUndo(mine).catch(() => null)]).then(([marks, undo]) => {
      if (owner !== mine) return;
      store.setState({ marks: marksOf(marks), undo: entriesOf(undo, backend.now()) });
      schedule();
    }).catch(() => undefined);
  });

  keepUndo(store, backend, () => owner);
  return store;
}

/** Keeps each change of the open entries, once their writes are done; a later change wins. */
function keepUndo(store: QueueStore, backend: BookBackend, ownerNow: () => QueueOwner | null): void {
  let kept = 0;
  store.subscribe((state, previous) => {
    const to = ownerNow();
    if (state.undo === previous.undo || !to) return;
    const mine = ++kept;
    void Promise.all(state.undo.map(storedEntry)).then((entries) => {
      if (mine === kept && ownerNow() === to) return backend.saveUndo(to, entries.filter((e) => e !== null));
    }).catch(() => undefined);
  });
}
