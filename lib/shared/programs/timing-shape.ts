/**
 * The shape of a program's timing (timing.ts computes it), apart from the computation so the day's
 * context (today.ts) can cache timings without importing the code that makes them.
 */
export interface Timing {
  /** Sends on or after this day belong to the current cycle (-Infinity: any send counts). */
  cycleStart: number;
  /** Day the first step is due in this cycle. */
  start: number;
  /** Last day the first step may still start (Infinity: no end). */
  windowEnd: number;
  /** Start of the next cycle, for triggers that come round again; null when a missed start is final. */
  next: number | null;
  /** A finished cycle is followed by a new one (newsletters, surveys twice a year). */
  repeats: boolean;
}

/** Timings of one program on one day, by anchor day (timing.ts's RecurringTimings). */
export interface TimingCache {
  get(anchor: number): Timing | null;
  keep(anchor: number, found: Timing): Timing;
}
