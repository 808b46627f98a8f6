/**
 * The popup's state: the pending sends, the filter, the last action's undo, and what to announce.
 * Loading is two steps so the first rows paint from one small index read before the rest arrives.
 */
import { createStore } from 'zustand/vanilla';
import type { IsoDate } from '@/lib/shared/accounts/account';
import { addDays } from '@/lib/shared/dates/iso';
import { remindersErrorText } from '@/lib/shared/reminders/errors';
import type { PopupBackend } from './popup-backend';
import type { PopupState, PopupStore } from './popup-state';
import { formatDate } from './format';
import { popupWrites } from './popup-store-writes';

/** Enough rows to fill the popup's first screen (about five rows tall) several times over. */
export const FIRST_ROWS = 20;


/** How long the full read waits for the first rows to be painted, should the UI never say so. */
const FIRST_PAINT_WAIT_MS = 300;

export function createPopupStore(backend: PopupBackend, today: IsoDate): PopupStore {
  let reportPainted: () => void = () => undefined;
  const firstRowsPainted = new Promise<void>((resolve) => {
    reportPainted = resolve;
    setTimeout(resolve, FIRST_PAINT_WAIT_MS);
  });

  return createStore<PopupState>()((set, get) => {
    const { act, readAllSettled } = popupWrites(backend, set);

    return {
      today,
      phase: 'loading',
      reminders: [],
      counts: null,
      filter: '',
      undo: null,
      announcement: '',
      error: null,
      setAside: null,

      async load(firstRows = backend.listPending(FIRST_ROWS)) {
        try {
          const { rows: first, setAside } = await firstRows;
          // Counted as read: a row set aside still means more may follow.
          const complete = first.length + (setAside ? 1 : 0) < FIRST_ROWS;
          set({ reminders: first, setAside, phase: complete ? 'ready' : 'first-rows' });
          const undo = backend.lastUndo().then((summary) => set({ undo: summary }));
          if (!complete) {
            // Reading and rendering 10,000 rows holds the main thread for a while: not before the first rows are on screen.
            await firstRowsPainted;
            const counts = backend.countPending(today).then((c) => get().phase === 'first-rows' && set({ counts: c }));
            const all = await readAllSettled();
            set({ reminders: all.rows, setAside: all.setAside, phase: 'ready', counts: null });
            await counts;
          }
          await undo;
        } catch (error) {
          set({ phase: 'error', error: remindersErrorText(error) });
        }
      },

      firstRowsPainted() {
        reportPainted();
      },

      setFilter(filter) {
        set({ filter });
      },

      markSent(reminder) {
        return act(backend.markSent(reminder.key), `Marked sent: ${reminder.account.name}, ${reminder.stepName}.`);
      },

      snooze(reminder, until) {
        return act(backend.snooze(reminder.key, until), `Snoozed ${reminder.account.name} until ${formatDate(until)}.`);
      },

      snoozeDays(reminder, days) {
        return get().snooze(reminder, addDays(get().today, days));
      },

      skip(reminder, reason) {
        return act(backend.skip(reminder.key, reason), `Skipped ${reminder.stepName} for ${reminder.account.name}.`);
      },

      async undoLast() {
        const undo = get().undo;
        if (!undo) return false;
        const ok = await act(backend.undo(), `Undone: ${undo.label}.`);
        // A refused undo is gone from the database too; keep the button only while it can work.
        set({ undo: null });
        return ok;
      },

      async openAccount(reminder) {
        if (reminder.account.url) await backend.openAccount(reminder.account.url);
      },
    };
  });
}
