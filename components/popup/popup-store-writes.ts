/**
 * The popup's writes: each action's result folded into the list, and the full read that must not bring
 * back a row an action removed meanwhile.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { Reminder } from '@/lib/shared/reminders/records';
import type { ActionResult } from '@/lib/shared/reminders/results';
import { remindersErrorText } from '@/lib/shared/reminders/errors';
import type { PopupBackend } from './popup-backend';
import type { CheckedRows } from './checked-rows';
import type { PopupState } from './popup-state';

/** Queue order, as the byDueDate index returns it: by date, then by key in code-unit order. */
function inQueueOrder(a: Reminder, b: Reminder): number {
  const da = a.pendingDue ?? a.dueDate;
  const db = b.pendingDue ?? b.dueDate;
  if (da !== db) return da < db ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

function applyChanges(reminders: Reminder[], changed: Reminder[], removed: string[]): Reminder[] {
  const gone = new Set([...removed, ...changed.map((r) => r.key)]);
  const kept = reminders.filter((r) => !gone.has(r.key));
  return [...kept, ...changed.filter((r) => r.status === 'pending')].sort(inQueueOrder);
}

export function popupWrites(backend: PopupBackend, set: StoreApi<PopupState>['setState']) {
  let writes = 0;

  /** The full list; read again if an action landed meanwhile, or the stale read would bring its row back. */
  async function readAllSettled(): Promise<CheckedRows> {
    for (;;) {
      const started = writes;
      const all = await backend.listPending();
      if (writes === started) return all;
    }
  }

  /** Runs one write and folds its result in; the counts are then stale, the full list is not. */
  async function act(run: Promise<ActionResult>, done: string): Promise<boolean> {
    try {
      const result = await run;
      writes += 1;
      if (!result.ok) {
        set({ error: result.error, announcement: '' });
        return false;
      }
      set((state) => ({
        reminders: applyChanges(state.reminders, result.changed, result.removed),
        counts: null,
        undo: result.undo,
        announcement: done,
        error: null,
      }));
      return true;
    } catch (error) {
      // A full disk or an unreadable database is said in plain words; anything else as it came.
      set({ error: remindersErrorText(error), announcement: '' });
      return false;
    }
  }

  return { act, readAllSettled };
}
