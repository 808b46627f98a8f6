/**
 * The undo record: the exact before and after of every record one popup action wrote. It lives in the
 * database (not in the popup's memory) so "Undo" still works after the popup closes and reopens.
 */
import type { Enrollment, Reminder, SendRecord } from './records';

export type UndoableAction = 'markSent' | 'snooze' | 'skip';

export type JournaledStore = 'enrollments' | 'sendLog' | 'reminders';

export type Touched =
  | { store: 'enrollments'; key: string; before: Enrollment | null; after: Enrollment | null }
  | { store: 'sendLog'; key: string; before: SendRecord | null; after: SendRecord | null }
  | { store: 'reminders'; key: string; before: Reminder | null; after: Reminder | null };

export interface UndoRecord {
  action: UndoableAction;
  /** What the button says after "Undo ", e.g. "snooze for Acme". */
  label: string;
  touched: Touched[];
}

export interface UndoSummary {
  action: UndoableAction;
  label: string;
}

const VERBS: Record<UndoableAction, string> = { markSent: 'mark sent', snooze: 'snooze', skip: 'skip' };

export function undoLabel(action: UndoableAction, accountName: string): string {
  return `${VERBS[action]} for ${accountName}`;
}

export function summarize(record: UndoRecord): UndoSummary {
  return { action: record.action, label: record.label };
}

/**
 * Whether a record is still what the action left behind. The background may have noted a notification
 * on it since (`notifiedFor`); that is bookkeeping, not a change the user made, so it does not block undo.
 */
export function unchangedSince(current: object | undefined | null, after: object | null): boolean {
  return canonical(current ?? null) === canonical(after);
}

function canonical(value: object | null): string {
  if (value === null) return 'null';
  const { notifiedFor: _ignored, ...rest } = value as Record<string, unknown>;
  return stableJson(rest);
}

/** JSON with object keys sorted at every level, so equal records compare equal whatever their key order. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
