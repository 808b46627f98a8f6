/**
 * How far a program's sequence got, from the sends recorded for it (history.ts): the latest step of the
 * current cycle, overall or to one contact.
 */
import type { Contact } from '../accounts/account';
import { sentTo, type Send } from './history';

export interface Progress {
  maxStep: number;
  maxStepDay: number;
  /** A send in the cycle whose step cannot be told. */
  unknown: string | null;
}

/** Progress of one program's sequence in the current cycle, to `keys`' contact only when given. */
export function progressOf(sends: readonly Send[] | undefined, cycleStart: number, keys?: readonly string[]): Progress {
  let maxStep = -1;
  let maxStepDay = 0;
  let unknownStep: string | null = null;
  for (const send of sends ?? []) {
    const { step, day, unknown: what } = send;
    if (day < cycleStart) continue;
    if (keys) {
      const to = sentTo(send);
      if (to !== null && !to.some((t) => keys.includes(t))) continue;
    }
    if (step < 0) unknownStep ??= what;
    else if (step > maxStep || (step === maxStep && day > maxStepDay)) {
      maxStep = step;
      maxStepDay = day;
    }
  }
  return { maxStep, maxStepDay, unknown: unknownStep };
}

/** How sends may name a contact: email, id or name, compared as history.ts keeps them. */
export function contactKeys(contact: Contact): string[] {
  const keys: string[] = [];
  for (const key of [contact.email, contact.id, contact.name]) if (key) keys.push(key.trim().toLowerCase());
  return keys;
}

export function lastDayOf(sends: readonly Send[]): number {
  let last = -Infinity;
  for (const send of sends) if (send.day > last) last = send.day;
  return last;
}
