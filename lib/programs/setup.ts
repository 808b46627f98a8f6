/**
 * Work done once per catalog and settings pair rather than once per account: the words naming fields
 * (they follow the tenant's labels), reasons already phrased, and team choices in words. Cached per
 * compiled catalog and settings.
 */
import { SEGMENTS, type AccountSource, type Segment } from '../accounts/account';
import type { CompiledCatalog, CompiledPolicy } from './compile';
import { FieldNames } from './fields';
import type { MissingField, PlanEntry, Recipient } from './plan';
import { nobodyReason, type ResolvedRecipients } from './recipients';
import type { ResolvedSettings } from './settings';
import { teamChoicesOf } from './team-choices';
import type { TodayContext } from './today';

export type ReasonKey = string | number | boolean | null;
/** A reason alone as the list an entry holds ([reason]), shared by every account that fails the same way. */
export type Reason = readonly string[];
export type ReasonMemo = Map<ReasonKey, Reason>;

const NO_RECIPIENTS: readonly Recipient[] = Object.freeze([]);
const NO_WARNINGS: readonly string[] = Object.freeze([]);

/** Keeps a memo from growing without bound on data with many distinct values. */
const MEMO_LIMIT = 4096;

/** Missed-window reasons are kept for anchors up to about eleven years back. */
export const MISSED_DAYS = 4096;

export class Setup {
  readonly names: Readonly<Record<AccountSource, FieldNames>>;
  /** Timings shared by every account on one day (timing.ts). */
  today: TodayContext | null = null;
  /** Programs the user turned off, by catalog index. */
  readonly disabled: readonly boolean[];
  /** Each program's team choices in words, shared by all its entries. */
  readonly teamChoices: readonly (readonly string[])[];
  /** Missed-window reasons by program, then by whole days since the anchor: an array slot is cheaper than a map entry. */
  readonly missed: (Reason | undefined)[][];
  /** One memo per check, per source (reasons name fields as the account's source does). */
  readonly memos: Readonly<Record<AccountSource, readonly ReasonMemo[]>>;
  private readonly events: (Map<number, MissingField> | undefined)[];
  /** Reasons that do not depend on account data (who to send to, control groups), as lists. */
  private readonly singles = new Map<string, Reason>();
  private readonly nobody: (ResolvedRecipients | undefined)[];
  /**
   * Entries of enrolled-only programs on accounts nobody is enrolled in, by source (reasons name fields as it
   * does), program, and segment as spelled.
   */
  private readonly notEnrolled: Record<AccountSource, (Map<string | null, PlanEntry> | undefined)[]> = { gainsight: [], salesforce: [] };

  constructor(readonly catalog: CompiledCatalog, readonly settings: ResolvedSettings) {
    this.names = {
      gainsight: new FieldNames(settings.source, 'gainsight'),
      salesforce: new FieldNames(settings.source, 'salesforce'),
    };
    this.disabled = catalog.programs.map((cp) => settings.disabled.has(cp.id));
    this.teamChoices = catalog.programs.map((cp) => teamChoicesOf(cp.program, settings.source.labels));
    this.missed = catalog.programs.map(() => []);
    const memos = (): ReasonMemo[] => Array.from({ length: catalog.checkSlots }, () => new Map());
    this.memos = { gainsight: memos(), salesforce: memos() };
    this.events = new Array<Map<number, MissingField> | undefined>(catalog.checkSlots);
    this.nobody = new Array<ResolvedRecipients | undefined>(catalog.policies.length * 8);
  }

  remember(memo: ReasonMemo, key: ReasonKey, reason: string): Reason {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    const list = Object.freeze([reason]);
    memo.set(key, list);
    return list;
  }

  single(reason: string): Reason {
    let list = this.singles.get(reason);
    if (!list) {
      if (this.singles.size >= MEMO_LIMIT) this.singles.clear();
      list = Object.freeze([reason]);
      this.singles.set(reason, list);
    }
    return list;
  }

  /**
   * Nobody to send to and no other warning, shared by every account where it happens: by policy, whether the
   * account has an admin, and the segment when it requires one.
   */
  nobodyResolved(policy: CompiledPolicy, noAdmin: boolean, adminRequired: boolean, segment: Segment | null | undefined): ResolvedRecipients {
    // adminRequired implies a known segment, the only case whose words name it.
    const slot = ((policy.index * 2 + (noAdmin ? 1 : 0)) * 4) + (adminRequired ? 1 + SEGMENTS.indexOf(segment!) : 0);
    return (this.nobody[slot] ??= Object.freeze({
      recipients: NO_RECIPIENTS, warnings: NO_WARNINGS,
      nobody: Object.freeze(nobodyReason(policy, noAdmin, adminRequired, this.settings.adminRole, adminRequired ? segment : null)),
    }));
  }

  /** An enrolled-only program on an account whose complete contact list has nobody enrolled in it. */
  nobodyEnrolled(policy: CompiledPolicy): ResolvedRecipients {
    return this.nobodyResolved(policy, true, false, null);
  }

  /** The entry every account nobody is enrolled in shares for an enrolled-only program (compile.ts). */
  notEnrolledEntry(source: AccountSource, program: number, spelled: string | null): PlanEntry | undefined {
    return this.notEnrolled[source][program]?.get(spelled);
  }

  shareNotEnrolled(source: AccountSource, program: number, spelled: string | null, entry: PlanEntry): PlanEntry {
    const memo = (this.notEnrolled[source][program] ??= new Map());
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(spelled, Object.freeze(entry));
    return entry;
  }

  eventMemo(slot: number, lastDay: number): MissingField | undefined {
    return this.events[slot]?.get(lastDay);
  }

  rememberEvent(slot: number, lastDay: number, missing: MissingField): MissingField {
    const memo = (this.events[slot] ??= new Map());
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(lastDay, missing);
    return missing;
  }
}

const setups = new WeakMap<CompiledCatalog, WeakMap<ResolvedSettings, Setup>>();

export function setupFor(catalog: CompiledCatalog, settings: ResolvedSettings): Setup {
  let bySettings = setups.get(catalog);
  if (!bySettings) setups.set(catalog, (bySettings = new WeakMap()));
  let setup = bySettings.get(settings);
  if (!setup) bySettings.set(settings, (setup = new Setup(catalog, settings)));
  return setup;
}
