/**
 * How a queue section is sorted and grouped: by due date, ARR (largest first) or renewal date (soonest
 * first); grouped by program, where a step due for many accounts on one day becomes one batch, or by
 * account. Every order ends on the row's key, so equal rows never trade places between renders.
 */
import type { QueueItem } from './item';

export type QueueSort = 'due' | 'arr' | 'renewal';
export type QueueGrouping = 'program' | 'account';

/** A campaign step due for at least this many accounts on one day is a batch (the team's choice). */
export const BATCH_MIN = 3;

export interface QueueBatch {
  key: string;
  programName: string;
  stepName: string;
  dueOn: string;
  items: QueueItem[];
}

export type QueueEntry = { kind: 'item'; item: QueueItem } | { kind: 'batch'; batch: QueueBatch };

export interface QueueGroup {
  key: string;
  title: string;
  /** Every row of the group, batches' included, in order. */
  items: QueueItem[];
  entries: QueueEntry[];
}

const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** localeCompare's order from one collator: the queue is sorted again on every action. */
const collate = new Intl.Collator().compare;
const nullsLast = <T>(a: T | null, b: T | null, order: (a: T, b: T) => number) => (a === null ? (b === null ? 0 : 1) : b === null ? -1 : order(a, b));

const ORDERS: Record<QueueSort, (a: QueueItem, b: QueueItem) => number> = {
  due: (a, b) => text(a.dueOn, b.dueOn),
  arr: (a, b) => nullsLast(a.arr, b.arr, (x, y) => y - x) || text(a.dueOn, b.dueOn),
  renewal: (a, b) => nullsLast(a.renewal, b.renewal, text) || text(a.dueOn, b.dueOn),
};

export function sortItems(items: QueueItem[], sort: QueueSort): QueueItem[] {
  const order = ORDERS[sort];
  return items.sort((a, b) => order(a, b) || collate(a.accountName, b.accountName) || text(a.key, b.key));
}

function byProgram(items: readonly QueueItem[]): QueueGroup[] {
  const groups = new Map<string, QueueGroup>();
  for (const item of items) {
    let group = groups.get(item.programId);
    if (!group) groups.set(item.programId, (group = { key: `program:${item.programId}`, title: item.programName, items: [], entries: [] }));
    group.items.push(item);
  }
  for (const group of groups.values()) group.entries = withBatches(group);
  return [...groups.values()].sort((a, b) => collate(a.title, b.title));
}

/** The group's rows, each step due on one day for BATCH_MIN accounts or more folded into a batch where its first row was. */
function withBatches(group: QueueGroup): QueueEntry[] {
  const bySend = new Map<string, QueueItem[]>();
  for (const item of group.items) {
    const send = `${item.step.index}|${item.dueOn}`;
    const same = bySend.get(send);
    if (same) same.push(item);
    else bySend.set(send, [item]);
  }
  const entries: QueueEntry[] = [];
  const placed = new Set<string>();
  for (const item of group.items) {
    const send = `${item.step.index}|${item.dueOn}`;
    const same = bySend.get(send)!;
    if (same.length < BATCH_MIN) entries.push({ kind: 'item', item });
    else if (!placed.has(send)) {
      placed.add(send);
      entries.push({ kind: 'batch', batch: { key: `batch:${item.programId}|${send}`, programName: item.programName, stepName: item.step.name, dueOn: item.dueOn, items: same } });
    }
  }
  return entries;
}

function byAccount(items: readonly QueueItem[]): QueueGroup[] {
  const groups = new Map<string, QueueGroup>();
  // Items come sorted: an account's group sits where its first row would.
  for (const item of items) {
    let group = groups.get(item.accountId);
    if (!group) groups.set(item.accountId, (group = { key: `account:${item.accountId}`, title: item.accountName, items: [], entries: [] }));
    group.items.push(item);
    group.entries.push({ kind: 'item', item });
  }
  return [...groups.values()];
}

export function groupEntries(sorted: readonly QueueItem[], grouping: QueueGrouping): QueueGroup[] {
  return grouping === 'program' ? byProgram(sorted) : byAccount(sorted);
}
