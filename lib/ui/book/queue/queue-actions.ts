/**
 * The queue's actions on its rows: sent, snooze or skip (one row, a batch or a selection), Start, and
 * their undo entries (undo.ts), each undoable until its own time.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { IsoDate } from '../../../shared/accounts/account';
import { sendInput } from '../../../shared/planning/sequence';
import type { BookBackend } from '../book-backend';
import type { BookStore } from '../book-store';
import type { MarkKind, QueueMark, RowSnapshot } from './marks';
import { QUEUE_ANSWERED_MARK, QUEUE_WRITTEN_MARK } from './perf-marks';
import { isDone, type QueueItem } from './queue';
import type { QueueAction, QueueState } from './queue-state';
import { openEntries, stillAsLeft, untilWords, type UndoEntry } from './undo';

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

/** Entries kept from before a reload keep their ids: a new one takes the next. */
const nextId = (undo: readonly UndoEntry[]) => Math.max(0, ...undo.map((u) => u.id)) + 1;

interface ActionContext {
  backend: BookBackend;
  book: BookStore;
  /** Sets marks; answers what they were before. */
  change(changes: Map<string, QueueMark | null>): Map<string, QueueMark | null>;
  set: StoreApi<QueueState>['setState'];
  get: StoreApi<QueueState>['getState'];
  /** Re-arms the timer that drops undo entries whose time is up. */
  schedule(): void;
}

type Actions = Pick<QueueState, 'act' | 'start' | 'undoLast' | 'undoEntry' | 'expire'>;

export function queueActions({ backend, book, change, set, get, schedule }: ActionContext): Actions {
  const undoWindow = () => Number(book.getState().bookSettings.undoMinutes) * 60_000;

  /** Records the sends in one write; its undo token, once written. */
  async function writeSends(todo: readonly QueueItem[], label: string, today: IsoDate): Promise<string> {
    const inputs = todo.map(({ row }) => sendInput({ program: row!.program, account: row!.account, step: row!.step.index, sentOn: today, recipients: row!.recipients ?? [], how: 'marked' }));
    const { token } = await backend.recordSends(inputs, label);
    performance.mark(QUEUE_ANSWERED_MARK);
    await book.getState().recorded(todo.map((item) => item.row!.account.id));
    performance.mark(QUEUE_WRITTEN_MARK);
    return token;
  }


  /** A new undo entry, open until the undo window ends, and the open entries with it (newest last). */
  function opened(action: Omit<UndoEntry, 'id' | 'until'>): { entry: UndoEntry; undo: UndoEntry[] } {
    const entry: UndoEntry = { id: nextId(get().undo), until: backend.now() + undoWindow(), ...action };
    return { entry, undo: [...openEntries(get().undo, backend.now()), entry].slice(-UNDO_DEPTH) };
  }

  return {
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
      const sent = action.kind === 'sent' ? todo.map((item) => item.row!.account.id) : [];
      const written = action.kind === 'sent' ? writeSends(todo, label, today) : Promise.resolve(null);
      const { entry, undo } = opened({ label, before, after, sent, written });
      set({ selected, focusKey: next, skipping: null, undo, notice: `Done: ${label}. Undo until ${untilWords(entry.until)} (U).` });
      schedule();
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
      const before = change(after);
      // Nothing was recorded (the CTA is not saved yet), so undoing a start only takes its mark back.
      const label = `start ${item.programName} for ${item.accountName}`;
      set({ undo: opened({ label, before, after, sent: [], written: Promise.resolve(null) }).undo });
      schedule();
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
      schedule();
    },
  };
}
