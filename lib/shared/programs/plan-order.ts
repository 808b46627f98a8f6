/**
 * The plan's order: due first (oldest first), then upcoming by date, unknown, held back, sent, not eligible, untracked;
 * within a state, catalog order unless dated. Entries are noted as they are made (place), then laid out in
 * one pass (sorted): a counting sort by state, an insertion sort by day within one (a state holds a few
 * entries, and most share day 0).
 */
import type { EntryState, PlanEntry } from './plan';

/** Due first, then upcoming, unknown, held back, sent, not eligible, and last what the extension cannot track. */
function rankOf(state: EntryState): number {
  switch (state) {
    case 'due': return 0;
    case 'upcoming': return 1;
    case 'unknown': return 2;
    case 'held-back': return 3;
    case 'sent': return 4;
    case 'not-eligible': return 5;
    case 'untracked': return 6;
  }
}

const RANKS = 7;

/** One per catalog size, reused for every account: typed arrays, so noting an entry stores no object. */
export class PlanOrder {
  /** By catalog index: each entry's rank and the day behind its date (0 when undated). */
  private readonly ranks: Uint8Array;
  private readonly days: Int32Array;
  /** The days of the entries laid out so far, by position. */
  private readonly laidDays: Int32Array;
  /** Each rank's count while entries are noted; then where its next entry goes. */
  private readonly next = new Int32Array(RANKS + 1);
  /** Where each rank's entries begin. */
  private readonly first = new Int32Array(RANKS + 1);

  constructor(size: number) {
    this.ranks = new Uint8Array(size);
    this.days = new Int32Array(size);
    this.laidDays = new Int32Array(size);
  }

  /** Forgets the last account's entries. Plain loops: TypedArray fill calls into the runtime, dear for arrays of seven. */
  reset(): void {
    for (let rank = 0; rank <= RANKS; rank++) this.next[rank] = 0;
  }

  place(index: number, state: EntryState, day: number): void {
    const rank = rankOf(state);
    this.ranks[index] = rank;
    this.days[index] = day;
    this.next[rank + 1]!++;
  }

  /** The entries (by catalog index, every one placed) in plan order, in an array made at its final size. */
  sorted(entries: readonly PlanEntry[]): PlanEntry[] {
    const n = entries.length;
    const out = new Array<PlanEntry>(n);
    const { next, first, ranks, days, laidDays } = this;
    for (let rank = 1; rank <= RANKS; rank++) next[rank]! += next[rank - 1]!;
    for (let rank = 0; rank <= RANKS; rank++) first[rank] = next[rank]!;
    for (let i = 0; i < n; i++) {
      const rank = ranks[i]!;
      const entry = entries[i]!;
      const day = days[i]!;
      const from = first[rank]!;
      let j = next[rank]!++ - 1;
      for (; j >= from && laidDays[j]! > day; j--) {
        out[j + 1] = out[j]!;
        laidDays[j + 1] = laidDays[j]!;
      }
      out[j + 1] = entry;
      laidDays[j + 1] = day;
    }
    return out;
  }
}
