/** The popup's state and actions, as its store holds them and its components read them. */
import type { StoreApi } from 'zustand/vanilla';
import type { IsoDate } from '@/lib/shared/accounts/account';
import type { Reminder } from '@/lib/shared/reminders/records';
import type { CheckedRows } from './checked-rows';
import type { GroupCounts } from '@/lib/extension/reminders/repository';
import type { UndoSummary } from '@/lib/shared/reminders/undo';

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
