/**
 * What was already sent: the extension's own records plus the account's Program Logs, folded into one
 * list per program so the engine can tell a finished program from a running sequence.
 */
import type { IsoDate, ProgramLogEntry } from '../accounts/account';
import { dayFromIso } from '../dates/days';
import type { Program } from './types';

/** A send the extension recorded (by program and step id). */
export interface SentRecord {
  programId: string;
  /** null when only the program is known; counts as its first step. */
  stepId: string | null;
  sentOn: IsoDate;
}

export interface Send {
  step: number;
  day: number;
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
    if (programIndex !== undefined) addSend(byProgram, index, programIndex, record.stepId, record.sentOn);
  }
  for (const log of logs) {
    for (const programIndex of index.logNames.get(normalizeName(log.program)) ?? []) {
      addSend(byProgram, index, programIndex, log.step, log.sentOn);
    }
  }
  return byProgram;
}

function addSend(
  byProgram: (Send[] | undefined)[], index: HistoryIndex, programIndex: number, stepName: string | null, sentOn: string,
): void {
  const day = dayFromIso(sentOn);
  if (day === null) return;
  const step = stepName === null ? 0 : (index.stepIndex[programIndex]?.get(normalizeName(stepName)) ?? 0);
  (byProgram[programIndex] ??= []).push({ step, day });
}
