/**
 * What the reminders repository answers, shared by the worker that writes and the pages that show it
 * (the message protocol carries these shapes).
 */
import type { Enrollment, Reminder, SendRecord } from './records';
import type { UndoSummary } from './undo';

export type ActionResult =
  | { ok: true; changed: Reminder[]; removed: string[]; undo: UndoSummary | null }
  | { ok: false; error: string };

export interface StartResult {
  enrollment: Enrollment;
  /** The reminder of the enrollment's current step (null once it is completed). */
  reminder: Reminder | null;
  created: boolean;
}

export interface RecordResult {
  enrollment: Enrollment;
  /** The reminder scheduled for the step after the one sent; null when none (completed, or not the current step). */
  next: Reminder | null;
}

export interface AccountHistory {
  enrollments: Enrollment[];
  reminders: Reminder[];
  sends: SendRecord[];
}

export interface AllRecords {
  enrollments: Enrollment[];
  sendLog: SendRecord[];
  reminders: Reminder[];
}

export interface MergeSummary {
  added: number;
  updated: number;
  unchanged: number;
}

/** An import is all or nothing: its summary, or every reason it was refused (nothing changed). */
export type ImportResult = { ok: true; summary: MergeSummary } | { ok: false; errors: string[] };
