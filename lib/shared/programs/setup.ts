/**
 * Work done once per catalog and settings pair rather than once per account: the words naming fields
 * (they follow the tenant's labels), reasons already phrased, and team choices in words. Cached per
 * compiled catalog and settings.
 */
import { SEGMENTS, type AccountSource, type Segment } from '../accounts/account';
import type { CompiledCatalog, CompiledPolicy } from './compile';
import { FieldNames } from './fields';
import { NextSteps } from './next-steps';
import type { MissingField, Recipient } from './plan';
import { MEMO_LIMIT, ReasonMemo, type Reason } from './reason-memo';
import { nobodyReason, type ResolvedRecipients } from './recipients';
import type { ResolvedSettings } from './settings';
import { Spellings } from './spelling';
import { teamChoicesOf } from './team-choices';
import type { TodayContext } from './today';

const NO_RECIPIENTS: readonly Recipient[] = Object.freeze([]);
const NO_WARNINGS: readonly string[] = Object.freeze([]);

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
  /**
   * Missed-window reasons by program, then by whole days since the anchor: an array slot is cheaper than a map
   * entry. Each list is made at its full length (MISSED_DAYS), so it stays a plain array rather than a sparse one.
   */
  readonly missed: ((Reason | undefined)[] | undefined)[];
  /** One memo per check, per source (reasons name fields as the account's source does). */
  readonly memos: Readonly<Record<AccountSource, readonly ReasonMemo[]>>;
  /** An unknown entry's lists for one shared missing field (conditions.ts' sharedMissing). */
  private readonly unknowns = new Map<MissingField, { missing: readonly MissingField[]; reasons: Reason }>();
  /** Reasons that do not depend on account data (who to send to, control groups), as lists. */
  private readonly singles = new Map<string, Reason>();
  private readonly nobody: (ResolvedRecipients | undefined)[];
  /** Segment spellings met so far, with what was phrased and built for each. */
  readonly spellings: Spellings;
  /** The steps entries schedule, shared. */
  readonly nextSteps = new NextSteps();

  constructor(readonly catalog: CompiledCatalog, readonly settings: ResolvedSettings) {
    this.names = {
      gainsight: new FieldNames(settings.source, 'gainsight'),
      salesforce: new FieldNames(settings.source, 'salesforce'),
    };
    this.disabled = catalog.programs.map((cp) => settings.disabled.has(cp.id));
    this.teamChoices = catalog.programs.map((cp) => teamChoicesOf(cp.program, settings.source.labels));
    this.missed = catalog.programs.map(() => undefined);
    this.spellings = new Spellings(settings);
    const memos = (): ReasonMemo[] => Array.from({ length: catalog.checkSlots }, () => new ReasonMemo());
    this.memos = { gainsight: memos(), salesforce: memos() };
    this.nobody = new Array<ResolvedRecipients | undefined>(catalog.policies.length * 8);
  }

  unknownLists(missing: MissingField): { missing: readonly MissingField[]; reasons: Reason } {
    let lists = this.unknowns.get(missing);
    if (lists === undefined) {
      if (this.unknowns.size >= MEMO_LIMIT) this.unknowns.clear();
      lists = { missing: Object.freeze([missing]), reasons: Object.freeze([missing.message]) };
      this.unknowns.set(missing, lists);
    }
    return lists;
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
}

const setups = new WeakMap<CompiledCatalog, WeakMap<ResolvedSettings, Setup>>();

export function setupFor(catalog: CompiledCatalog, settings: ResolvedSettings): Setup {
  let bySettings = setups.get(catalog);
  if (!bySettings) setups.set(catalog, (bySettings = new WeakMap()));
  let setup = bySettings.get(settings);
  if (!setup) bySettings.set(settings, (setup = new Setup(catalog, settings)));
  return setup;
}
