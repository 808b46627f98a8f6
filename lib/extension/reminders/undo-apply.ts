/**
 * Applying an undo record inside the repository's transaction (it never opens one): every record the
 * action wrote goes back to its state before, unless one changed since; then nothing is restored.
 *
 * The popup's last action is kept under UNDO_KEY; each of My book's mark-sent actions under a token of
 * its own (BOOK_UNDO_PREFIX + time + random), so several can be undone, in any order.
 */
import type { StoreName } from './db/schema';
import type { WriteTx } from './journal';
import type { Reminder } from '../../shared/reminders/records';
import type { ActionResult } from '../../shared/reminders/results';
import { type Touched, type UndoSummary, unchangedSince } from '../../shared/reminders/undo';

export const BOOK_UNDO_PREFIX = 'book|';

/** How many of My book's undo records are kept: far more than its undo window ever shows. */
const BOOK_UNDO_KEPT = 50;

export const ALL_STORES: StoreName[] = ['enrollments', 'sendLog', 'reminders', 'undo'];

export function actionResult(touched: Touched[], undo: UndoSummary | null): ActionResult {
  const changed: Reminder[] = [];
  const removed: string[] = [];
  for (const entry of touched) {
    if (entry.store !== 'reminders') continue;
    if (entry.after) changed.push(entry.after);
    else removed.push(entry.key);
  }
  return { ok: true, changed, removed, undo };
}

export async function applyUndo(tx: WriteTx, key: string): Promise<ActionResult> {
  const record = await tx.objectStore('undo').get(key);
  if (!record) return { ok: false, error: 'There is nothing to undo.' };
  await tx.objectStore('undo').delete(key);
  for (const entry of record.touched) {
    const current = await tx.objectStore(entry.store).get(entry.key);
    if (!unchangedSince(current, entry.after)) {
      return { ok: false, error: `Cannot undo the ${record.label}: it changed since.` };
    }
  }
  const restored: Touched[] = [];
  for (const entry of record.touched) {
    const objectStore = tx.objectStore(entry.store);
    if (entry.before) await objectStore.put(entry.before);
    else await objectStore.delete(entry.key);
    restored.push({ ...entry, before: entry.after, after: entry.before } as Touched);
  }
  return actionResult(restored, null);
}

/** A new token for one of My book's actions: keys sort by time, so the oldest are the first. */
export function bookUndoToken(now: number): string {
  return `${BOOK_UNDO_PREFIX}${String(now).padStart(15, '0')}|${Math.random().toString(36).slice(2, 10)}`;
}

/** Drops My book's oldest undo records beyond BOOK_UNDO_KEPT: their window has long closed. */
export async function pruneBookUndo(tx: WriteTx): Promise<void> {
  const store = tx.objectStore('undo');
  const keys = await store.getAllKeys(IDBKeyRange.bound(BOOK_UNDO_PREFIX, `${BOOK_UNDO_PREFIX}\uffff`));
  await Promise.all(keys.slice(0, Math.max(0, keys.length - BOOK_UNDO_KEPT)).map((key) => store.delete(key)));
}
