/**
 * The morning queue's model beside the book's: what the CSM did with its rows (the marks, kept in
 * storage per org), how the queue is sorted and grouped, the selection, the open batches and the undo
 * entries (undo.ts: one per action, each undoable until its window ends). Actions take the queue's
 * items (queue.ts) and write through the book's backend; a mark is set before the write finishes, so
 * focus moves on at once, and taken back with a word if the write fails.
 */
import { createStore } from 'zustand/vanilla';
import { addDays } from '../../../shared/dates/iso';
import type { BookBackend } from '../book-backend';
import type { BookStore } from '../book-store';
import { NO_MARKS, marksOf, pruneMarks, withMarks, type QueueMark, type QueueMarks } from './marks';
import { queueActions } from './queue-actions';
import type { QueueState, QueueStore } from './queue-state';

/** Rows and batches a section lays out at first, and how many more each "Show more" adds. */
export const SECTION_PAGE = 150;

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
