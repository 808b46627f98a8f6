/**
 * What was already sent: the extension's own records plus the account's Program Logs, folded into one
 * list per program so the engine can tell a finished program from a running sequence, and, for programs
 * sent to enrolled contacts, how far each contact got.
 */
import type { IsoDate, ProgramLogEntry } from '../accounts/account';
import { dayFromIso } from '../dates/days';
import type { Program } from './types';

/** A send the extension recorded (by program and step id). */
export interface SentRecord {
  programId: string;
  /**
   * The step's id. null when only the program is known: that is its step for a one-email program, and
   * cannot be told for a sequence (the engine then says so rather than count it as the first email).
   */
  stepId: string | null;
  sentOn: IsoDate;
  /** Who received it (email addresses or contact ids); absent or empty when not recorded. */
  recipients?: readonly string[];
}

export interface Send {
  /** Index of the step; -1 when the record does not tell which step it was. */
  step: number;
  day: number;
  /** The recipients as recorded (sentTo compares them); undefined or empty when not recorded. */
  recipients: readonly string[] | undefined;
  /** For a step that cannot be told: what was recorded, for the message. */
  unknown: string | null;
}

const normalized = new Map<string, string>();
/** Keeps the look-ups by names as written from growing without bound. */
const NAMES_LIMIT = 10_000;

/**
 * Program Logs spell names their own way ("Net-New  Onboarding"); compare letters and digits only.
 * The same few names recur on every account, so results are kept (up to a bound).
 */
export function normalizeName(name: string): string {
  let key = normalized.get(name);
  if (key === undefined) {
    if (normalized.size > 10_000) normalized.clear();
    key = name.toLowerCase().replace(/[^a-z0-9]+/g, '');
    normalized.set(name, key);
  }
  return key;
}

/** Names a Program Log row may use for a program: its id, name, playbook and aliases. */
export function programLogNames(program: Program): string[] {
  return [program.id, program.name, program.playbook, ...(program.aliases ?? [])].map(normalizeName);
}

/** Names a Program Log row may use for a step: its id, its name, or its number ("2", "Email 2", "Step 2"). */
export function stepLookup(program: Program): Map<string, number> {
  const lookup = new Map<string, number>();
  program.steps.forEach((step, i) => {
    for (const name of [step.id, step.name, `${i + 1}`, `email${i + 1}`, `step${i + 1}`]) {
      const key = normalizeName(name);
      if (!lookup.has(key)) lookup.set(key, i);
    }
  });
  return lookup;
}

export interface HistoryIndex {
  programIndex: ReadonlyMap<string, number>;
  logNames: ReadonlyMap<string, readonly number[]>;
  stepIndex: readonly ReadonlyMap<string, number>[];
  stepCounts: readonly number[];
  /**
   * The same look-ups by names as Program Logs and records write them, filled as names are met: a book repeats
   * a few names, and normalizing one is the dear part. Programs by log name (null: none); steps by program.
   */
  logNamesAsWritten: Map<string, readonly number[] | null>;
  stepsAsWritten: readonly Map<string, number>[];
}

const NO_RECIPIENTS: readonly string[] = [];

/**
 * Who a send went to, lower-cased; null when it did not record them. Worked out when asked: only programs
 * tracked per contact compare recipients.
 */
export function sentTo(send: Send): readonly string[] | null {
  const list = send.recipients;
  if (!list || list.length === 0) return null;
  const keys: string[] = [];
  for (const item of list) {
    const key = item.trim().toLowerCase();
    if (key) keys.push(key);
  }
  return keys.length ? keys : NO_RECIPIENTS;
}

/** The programs a Program Logs name may mean (logNames), by the name as written. */
function programsOfLog(index: HistoryIndex, name: string): readonly number[] | null {
  let programs = index.logNamesAsWritten.get(name);
  if (programs === undefined) {
    if (index.logNamesAsWritten.size >= NAMES_LIMIT) index.logNamesAsWritten.clear();
    programs = index.logNames.get(normalizeName(name)) ?? null;
    index.logNamesAsWritten.set(name, programs);
  }
  return programs;
}

/**
 * Sends per program index (sparse; undefined = none). Rows with an unreadable date or a program not in
 * this catalog are skipped: they cannot change what is due.
 */
export function indexSends(
  index: HistoryIndex, history: readonly SentRecord[], logs: readonly ProgramLogEntry[],
): (Send[] | undefined)[] | null {
  if (history.length === 0 && logs.length === 0) return null;
  // At its full length from the start: filling a few slots of an empty array would grow it slot by slot.
  const byProgram = new Array<Send[] | undefined>(index.stepCounts.length);
  for (const record of history) {
    const programIndex = index.programIndex.get(record.programId);
    if (programIndex === undefined) continue;
    const day = dayFromIso(record.sentOn);
    if (day === null) continue;
    const step = stepOf(index, programIndex, record.stepId);
    const unknown = step < 0 ? `the extension recorded ${record.stepId === null ? 'a send without its step' : `step "${record.stepId}"`} on ${record.sentOn}` : null;
    (byProgram[programIndex] ??= []).push({ step, day, recipients: record.recipients, unknown });
  }
  for (const log of logs) {
    const programs = programsOfLog(index, log.program);
    if (programs === null) continue;
    const day = dayFromIso(log.sentOn);
    if (day === null) continue;
    for (const programIndex of programs) {
      const step = stepOf(index, programIndex, log.step);
      const unknown = step < 0 ? `Program Logs list "${log.program}"${log.step === null ? ' without a step' : ` step "${log.step}"`} on ${log.sentOn}` : null;
      (byProgram[programIndex] ??= []).push({ step, day, recipients: log.recipients, unknown });
    }
  }
  return byProgram;
}

/** A one-email program's sends are that email; a sequence's step must be named, and known to the catalog. */
function stepOf(index: HistoryIndex, programIndex: number, stepName: string | null): number {
  if (stepName === null) return index.stepCounts[programIndex] === 1 ? 0 : -1;
  const asWritten = index.stepsAsWritten[programIndex]!;
  let step = asWritten.get(stepName);
  if (step === undefined) {
    if (asWritten.size >= NAMES_LIMIT) asWritten.clear();
    step = stepName.trim() === '' ? (index.stepCounts[programIndex] === 1 ? 0 : -1) : (index.stepIndex[programIndex]?.get(normalizeName(stepName)) ?? -1);
    asWritten.set(stepName, step);
  }
  return step;
}
