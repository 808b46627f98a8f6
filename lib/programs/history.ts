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
  /** Lower-cased recipients; null when the send did not record them. */
  to: readonly string[] | null;
  /** For a step that cannot be told: what was recorded, for the message. */
  unknown: string | null;
}

const normalized = new Map<string, string>();

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
}

const NO_RECIPIENTS: readonly string[] = [];

function recipientKeys(list: readonly string[] | undefined): readonly string[] | null {
  if (!list || list.length === 0) return null;
  const keys: string[] = [];
  for (const item of list) {
    const key = item.trim().toLowerCase();
    if (key) keys.push(key);
  }
  return keys.length ? keys : NO_RECIPIENTS;
}

/**
 * Sends per program index (sparse; undefined = none). Rows with an unreadable date or a program not in
 * this catalog are skipped: they cannot change what is due.
 */
export function indexSends(
  index: HistoryIndex, history: readonly SentRecord[], logs: readonly ProgramLogEntry[],
): (Send[] | undefined)[] | null {
  if (history.length === 0 && logs.length === 0) return null;
  const byProgram: (Send[] | undefined)[] = [];
  for (const record of history) {
    const programIndex = index.programIndex.get(record.programId);
    if (programIndex === undefined) continue;
    const day = dayFromIso(record.sentOn);
    if (day === null) continue;
    const step = stepOf(index, programIndex, record.stepId);
    const unknown = step < 0 ? `the extension recorded ${record.stepId === null ? 'a send without its step' : `step "${record.stepId}"`} on ${record.sentOn}` : null;
    (byProgram[programIndex] ??= []).push({ step, day, to: recipientKeys(record.recipients), unknown });
  }
  for (const log of logs) {
    const programs = index.logNames.get(normalizeName(log.program));
    if (!programs) continue;
    const day = dayFromIso(log.sentOn);
    if (day === null) continue;
    for (const programIndex of programs) {
      const step = stepOf(index, programIndex, log.step);
      const unknown = step < 0 ? `Program Logs list "${log.program}"${log.step === null ? ' without a step' : ` step "${log.step}"`} on ${log.sentOn}` : null;
      (byProgram[programIndex] ??= []).push({ step, day, to: recipientKeys(log.recipients), unknown });
    }
  }
  return byProgram;
}

/** A one-email program's sends are that email; a sequence's step must be named, and known to the catalog. */
function stepOf(index: HistoryIndex, programIndex: number, stepName: string | null): number {
  if (stepName === null || stepName.trim() === '') return index.stepCounts[programIndex] === 1 ? 0 : -1;
  return index.stepIndex[programIndex]?.get(normalizeName(stepName)) ?? -1;
}
