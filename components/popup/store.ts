/**
 * The popup's state: the pending sends, the filter, the last action's undo, and what to announce.
 * Loading is two steps so the first rows paint from one small index read before the rest arrives.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { IsoDate } from '@/lib/accounts/account';
import { addDays } from '@/lib/dates/iso';
import type { CheckedRows } from './checked-rows';
import type { Reminder } from '@/lib/reminders/records';
import type { ActionResult, GroupCounts } from '@/lib/reminders/repository';
import { remindersErrorText } from '@/lib/reminders/errors';
import type { UndoSummary } from '@/lib/reminders/undo';
import type { PopupBackend } from './backend';
import { formatDate } from './format';

/** Enough rows to fill the popup's first screen (about five rows tall) several times over. */
export const FIRST_ROWS = 20;

export type Phase = 'loading' | 'first-rows' | 'ready' | 'error';

export interface PopupState {
  today: IsoDate;
  phase: Phase;
  /** Pending reminders in queue order (date they come up, then key), as far as loaded. */
  reminders: Reminder[];
  /** Per-group totals from the index, known before every row is loaded. */
  counts: GroupCounts | null;
  filter: string;
  undo: UndoSummary | null;
  /** Said by the status live region after each action. */
  announcement: string;
  error: string | null;
  /** The report naming malformed records set aside (checked-rows.ts), or null. */
  setAside: string | null;
  /** `firstRows`: the bounded first read, when the page started it before the store existed. */
  load(firstRows?: Promise<CheckedRows>): Promise<void>;
  /** The UI calls this once the first rows are on screen; the full read waits for it. */
  firstRowsPainted(): void;
  setFilter(filter: string): void;
  markSent(reminder: Reminder): Promise<boolean>;
  snooze(reminder: Reminder, until: IsoDate): Promise<boolean>;
  snoozeDays(reminder: Reminder, days: number): Promise<boolean>;
  skip(reminder: Reminder, reason: string): Promise<boolean>;
  undoLast(): Promise<boolean>;
  openAccount(reminder: Reminder): Promise<void>;
}

export type PopupStore = StoreApi<PopupState>;

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

/** How long the full read waits for the first rows to be painted, should the UI never say so. */
const FIRST_PAINT_WAIT_MS = 300;

export function createPopupStore(backend: PopupBackend, today: IsoDate): PopupStore {
  let reportPainted: () => void = () => undefined;
  const firstRowsPainted = new Promise<void>((resolve) => {
    reportPainted = resolve;
    setTimeout(resolve, FIRST_PAINT_WAIT_MS);
  });

  return createStore<PopupState>()((set, get) => {
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
