/**
 * A segment as accounts spell it, read once per spelling rather than once per account: what it maps to,
 * and what the engine phrased or built for accounts that spell it so (reasons of failed segment checks,
 * the entries every account so spelled shares). Books use a handful of spellings.
 */
import type { Segment } from '../accounts/account';
import type { PlanEntry } from './plan';
import { MEMO_LIMIT, type Reason } from './reason-memo';
import { segmentBit } from './segments';
import { segmentOf, type ResolvedSettings } from './settings';

/** Accounts from Gainsight (0) or Salesforce (1): reasons name fields as the account's source does. */
export type SourceIndex = 0 | 1;

export class Spelling {
  /** The segment as a bit (segmentBit); 0 when empty, missing or not mapped. */
  readonly bits: number;
  /** Reasons of segment checks failing on this spelling, by source, then check slot. */
  readonly reasons: [(Reason | undefined)[], (Reason | undefined)[]] = [[], []];
  /**
   * Entries that depend on nothing but the segment as spelled (enrolled-only programs nobody is enrolled in,
   * event follow-ups), by source, then program. Never kept for a segment not shown: why it is missing (the
   * text that could not be read, the adapter's note) is the account's own.
   */
  readonly shared: [(PlanEntry | undefined)[], (PlanEntry | undefined)[]] | null;

  /**
   * `spelled`: the text shown, null when the field is empty, undefined when it is not there (or not text).
   * `segment`: null for an empty field, undefined when missing or a spelling no setting maps.
   */
  constructor(readonly spelled: string | null | undefined, readonly segment: Segment | null | undefined) {
    this.bits = segment ? segmentBit(segment) : 0;
    this.shared = spelled === undefined ? null : [[], []];
  }
}

/** The spellings met so far under one set of settings; a field that is not there, or not text, is one more. */
export class Spellings {
  private readonly known = new Map<string | null, Spelling>();
  private readonly missing = new Spelling(undefined, undefined);

  constructor(private readonly settings: ResolvedSettings) {}

  of(value: unknown): Spelling {
    if (typeof value !== 'string' && value !== null) return this.missing;
    let spelling = this.known.get(value);
    if (spelling === undefined) {
      if (this.known.size >= MEMO_LIMIT) this.known.clear();
      spelling = new Spelling(value, value === null ? null : (segmentOf(this.settings, value) ?? undefined));
      this.known.set(value, spelling);
    }
    return spelling;
  }
}
