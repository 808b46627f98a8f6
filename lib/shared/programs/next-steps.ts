/**
 * The step an entry schedules (its NextStep), kept by program, step and day: a batch of accounts schedules
 * the same few steps on the same few days (a newsletter's Friday, a lab's invitation), and an entry's
 * NextStep is never changed, so every entry scheduling one shares one frozen record.
 */
import type { IsoDate } from '../accounts/account';
import type { CompiledProgram } from './compile';
import type { NextStep } from './plan';

const SLOTS = 1024;
/** Programs and steps beyond these are not kept: their key would not be unique. */
const PROGRAMS = 4096;
const STEPS = 64;

export class NextSteps {
  /** Direct-mapped: a collision makes the record again. */
  private readonly keys = new Float64Array(SLOTS).fill(Number.NaN);
  private readonly records: (NextStep | undefined)[] = new Array<NextStep | undefined>(SLOTS);

  of(cp: CompiledProgram, step: number, day: number, date: IsoDate): NextStep {
    if (cp.index >= PROGRAMS || step >= STEPS) return { index: step, step: cp.steps[step]!, dueDate: date };
    const key = (day * PROGRAMS + cp.index) * STEPS + step;
    const slot = (day * 31 + cp.index * 7 + step) & (SLOTS - 1);
    if (this.keys[slot] === key) return this.records[slot]!;
    const record: NextStep = Object.freeze({ index: step, step: cp.steps[step]!, dueDate: date });
    this.keys[slot] = key;
    this.records[slot] = record;
    return record;
  }
}
