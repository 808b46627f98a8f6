/** The morning queue's state and actions, as its store holds them (queue-store.ts). */
import type { StoreApi } from 'zustand/vanilla';
import type { IsoDate } from '../../../shared/accounts/account';
import type { QueueMarks } from './marks';
import type { QueueGrouping, QueueItem, QueueSort } from './queue';
import type { UndoEntry } from './undo';

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
