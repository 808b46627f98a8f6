/**
 * The eligibility engine: catalog + account + today + what was sent → a plan with exactly one state per
 * program. Pure: no clock, no DOM, no I/O. Missing data becomes an "unknown" entry naming the field,
 * never an exception and never a silent "not eligible".
 */
import type { Account, IsoDate } from '../accounts/account';
import { dayFromIso, isoFromDay } from '../dates/days';
import { AccountView } from './account-view';
import { compiled, type CompiledCatalog, type CompiledProgram } from './compile';
import { checkEligibility } from './conditions';
import { abGroupOf, accountHashPrefix, CONTROL_GROUP_REASON, experimentHash, inControlShare } from './experiments';
import { describeMissing } from './fields';
import { indexSends, type Send, type SentRecord } from './history';
import type { EntryState, MissingField, Plan, PlanEntry } from './plan';
import { accountWarnings, groupContacts, resolveRecipients, type ContactGroups, type ResolvedRecipients } from './recipients';
import { resolveSettings, type EngineSettings, type ResolvedSettings } from './settings';
import { missedReason, timingOf, todayContextFor, type TodayContext } from './timing';
import type { Catalog } from './types';

/**
 * Evaluating many accounts on one day repeats the same few hundred dates: a small direct-mapped cache
 * formats each once (a collision just formats again).
 */
const ISO_SLOTS = 1024;
const cachedDays = new Float64Array(ISO_SLOTS).fill(Number.NaN);
const cachedIsos: IsoDate[] = new Array<IsoDate>(ISO_SLOTS).fill('');
function iso(day: number): IsoDate {
  const slot = day & (ISO_SLOTS - 1);
  if (cachedDays[slot] !== day) {
    cachedDays[slot] = day;
    cachedIsos[slot] = isoFromDay(day);
  }
  return cachedIsos[slot]!;
}

const NO_WARNINGS: readonly string[] = [];
const NO_REASONS: readonly string[] = [];
const NO_MISSING: readonly MissingField[] = [];
const TURNED_OFF: readonly string[] = ['Turned off in settings'];
const NO_SCHEDULE: readonly string[] = ['No date in the next ten years matches its schedule'];
/** The registrants receive event follow-ups, and they are not in the snapshot. */
const REGISTRANTS: ResolvedRecipients = { recipients: null, warnings: NO_WARNINGS };
const NOT_STARTED = { maxStep: -1, maxStepDay: 0, lastDay: -Infinity };

/** Progress of one program's sequence in the current cycle, and its latest send in any cycle. */
function progressOf(sends: readonly Send[] | undefined, cycleStart: number) {
  if (!sends) return NOT_STARTED;
  let maxStep = -1;
  let maxStepDay = 0;
  let lastDay = -Infinity;
  for (const { step, day } of sends) {
    if (day > lastDay) lastDay = day;
    if (day < cycleStart) continue;
    if (step > maxStep || (step === maxStep && day > maxStepDay)) {
      maxStep = step;
      maxStepDay = day;
    }
  }
  return { maxStep, maxStepDay, lastDay };
}

/** What the rules decided for one program, before recipients and display fields are attached. */
interface Outcome {
  state: EntryState;
  /** Day number behind the entry's date. */
  day: number | null;
  /** Index of the next (or held-back) step. */
  step: number | null;
  reasons: readonly string[];
  missing: readonly MissingField[];
  stepsSent: number;
  /** A note for the entry's warnings. */
  note: string | null;
}

function outcome(
  state: EntryState, reasons: readonly string[], missing: readonly MissingField[] = NO_MISSING,
  day: number | null = null, step: number | null = null, stepsSent = 0, note: string | null = null,
): Outcome {
  return { state, day, step, reasons, missing, stepsSent, note };
}

/** Due first, then upcoming, unknown, held back, sent, not eligible. */
function rankOf(state: EntryState): number {
  switch (state) {
    case 'due': return 0;
    case 'upcoming': return 1;
    case 'unknown': return 2;
    case 'held-back': return 3;
    case 'sent': return 4;
    case 'not-eligible': return 5;
  }
}

/** Room for every day number up to the year 25,000 between two ranks. */
const RANK_SPAN = 1e7;

class Evaluation {
  // Sized up front: growing arrays one element at a time showed up in profiles.
  readonly entries: PlanEntry[];
  /** Sort key per program index: rank, then date. */
  readonly keys: number[];
  private readonly evaluating: boolean[];
  private readonly resolved: (ResolvedRecipients | undefined)[];
  private readonly view: AccountView;
  private readonly sends: (Send[] | undefined)[] | null;
  private groupsRead = false;
  private groupsValue: ContactGroups | null = null;
  private hashPrefix: number | undefined;
  private readonly hashes: (number | undefined)[];

  constructor(
    private readonly catalog: CompiledCatalog,
    private readonly settings: ResolvedSettings,
    private readonly today: TodayContext,
    private readonly account: Account,
    history: readonly SentRecord[],
  ) {
    const n = catalog.programs.length;
    this.entries = new Array<PlanEntry>(n);
    this.keys = new Array<number>(n);
    this.evaluating = new Array<boolean>(n);
    this.hashes = new Array<number | undefined>(n);
    this.resolved = new Array<ResolvedRecipients | undefined>(catalog.policies.length);
    this.view = new AccountView(account);
    this.sends = indexSends(catalog, history, account.programLogs);
  }

  get groups(): ContactGroups | null {
    if (!this.groupsRead) {
      const { contacts, fields } = this.account;
      this.groupsValue = contacts === undefined ? null : groupContacts(contacts, this.settings.adminRole, fields.deployment === 'SaaS');
      this.groupsRead = true;
    }
    return this.groupsValue;
  }

  entry(index: number): PlanEntry {
    let entry = this.entries[index];
    if (!entry) {
      this.evaluating[index] = true;
      entry = this.evaluateProgram(this.catalog.programs[index]!);
      this.evaluating[index] = false;
      this.entries[index] = entry;
    }
    return entry;
  }

  warnings() {
    return accountWarnings(this.account, this.groups, this.settings.adminRole, this.settings.approvalTypes);
  }

  /** Pilots that are also A/B tested need the hash twice; it is computed once. */
  private hash(cp: CompiledProgram): number {
    let hash = this.hashes[cp.index];
    if (hash === undefined) {
      this.hashPrefix ??= accountHashPrefix(this.account.id);
      hash = this.hashes[cp.index] = experimentHash(this.account.id, cp.id, this.hashPrefix);
    }
    return hash;
  }

  private recipientsFor(cp: CompiledProgram): ResolvedRecipients {
    let resolved = this.resolved[cp.policyIndex];
    if (!resolved) {
      const policy = this.catalog.policies[cp.policyIndex]!;
      resolved = resolveRecipients(policy, this.account, this.groups, this.settings.adminRole);
      this.resolved[cp.policyIndex] = resolved;
    }
    return resolved;
  }

  private evaluateProgram(cp: CompiledProgram): PlanEntry {
    const { program } = cp;
    const sends = this.sends?.[cp.index];
    const result = this.decide(cp, sends);
    const resolved = cp.when.kind === 'event-registration' ? REGISTRANTS : this.recipientsFor(cp);
    const date = result.day === null ? null : iso(result.day);
    this.keys[cp.index] = rankOf(result.state) * RANK_SPAN + (result.day ?? 0);
    // One object literal for every state: a single shape, and no `{ ...spread, more }`, which V8 runs slowly.
    return {
      state: result.state,
      program,
      programId: cp.id,
      date,
      nextStep: result.step === null ? null : { index: result.step, step: cp.steps[result.step]!, dueDate: date! },
      reasons: result.reasons,
      missing: result.missing,
      recipients: resolved.recipients,
      warnings: result.note === null ? resolved.warnings : [...resolved.warnings, result.note],
      stepsSent: result.stepsSent,
      lastSentOn: sends ? iso(progressOf(sends, Infinity).lastDay) : null,
      // An account is only in the experiment of a program that applies to it.
      abGroup: cp.abTested && result.state !== 'not-eligible' && result.state !== 'unknown' ? abGroupOf(this.hash(cp)) : null,
    } as PlanEntry; // decide() pairs each state with the fields its entry type requires
  }

  private decide(cp: CompiledProgram, sends: readonly Send[] | undefined): Outcome {
    const today = this.today.day;
    if (this.settings.disabled.size > 0 && this.settings.disabled.has(cp.id)) return outcome('not-eligible', TURNED_OFF);
    const verdict = checkEligibility(cp.checks, this.view, today);
    if (verdict?.reasons.length) return outcome('not-eligible', verdict.reasons);
    if (verdict) return outcome('unknown', verdict.missing.map((m) => m.message), verdict.missing);

    const timing = timingOf(cp, this.view, this.today);
    if (!timing) return outcome('not-eligible', NO_SCHEDULE);

    const { maxStep, maxStepDay } = progressOf(sends, timing.cycleStart);
    const lastStep = cp.steps.length - 1;
    let state: 'due' | 'upcoming';
    let day: number;
    let step = 0;
    if (maxStep >= lastStep) {
      if (!(timing.repeats && timing.next !== null && today > timing.windowEnd)) {
        return outcome('sent', NO_REASONS, NO_MISSING, maxStepDay, null, maxStep + 1);
      }
      state = 'upcoming';
      day = timing.next; // this cycle is done; the next one starts from step 1
    } else if (maxStep >= 0) {
      // Later steps follow the step before, not the cycle start: a late send shifts the rest of the sequence.
      step = maxStep + 1;
      day = maxStepDay + cp.stepGaps[step]!;
      state = day <= today ? 'due' : 'upcoming';
    } else if (today < timing.start) {
      state = 'upcoming';
      day = timing.start;
    } else if (today <= timing.windowEnd) {
      state = 'due';
      day = timing.start;
    } else if (timing.next !== null) {
      state = 'upcoming';
      day = timing.next;
    } else {
      return outcome('not-eligible', [missedReason(cp, this.view, today)]);
    }
    const stepsSent = step;

    if (state === 'due') {
      const blocked = this.exclusionReason(cp);
      if (blocked) return outcome('not-eligible', [blocked], NO_MISSING, null, null, stepsSent);
    }
    let note: string | null = null;
    if (cp.pilot && stepsSent === 0) {
      const heldBack = this.controlReason(cp);
      if (heldBack) return outcome('held-back', [heldBack], NO_MISSING, day, 0);
      note = this.controlFlagNote();
    }
    return outcome(state, NO_REASONS, NO_MISSING, day, step, stepsSent, note);
  }

  /** A program waits while one it must not overlap is due or under way. */
  private exclusionReason(cp: CompiledProgram): string | null {
    for (const index of cp.exclusions) {
      if (this.evaluating[index]) continue; // programs excluding each other (imported data): neither waits
      const other = this.entry(index);
      const name = other.program.name;
      if (other.state === 'due' && other.stepsSent === 0) return `${name} is due for this account; this program waits until it ends`;
      if ((other.state === 'due' || other.state === 'upcoming') && other.stepsSent > 0) {
        return `${name} is running (${other.stepsSent} of ${other.program.steps.length} emails sent); this program waits until it ends`;
      }
    }
    return null;
  }

  private controlReason(cp: CompiledProgram): string | null {
    if (this.account.fields.controlGroup === true) return `${CONTROL_GROUP_REASON} (the account is flagged Control Group)`;
    const share = this.settings.controlShare;
    if (inControlShare(this.hash(cp), share)) {
      return `${CONTROL_GROUP_REASON} (a fixed rule holds back ${Math.round(share * 1000) / 10}% of accounts from each pilot)`;
    }
    return null;
  }

  /** Without the Control Group field only the hash rule applies; say so rather than assume. */
  private controlFlagNote(): string | null {
    const flag = this.account.fields.controlGroup;
    if (flag === true || flag === false || flag === null) return null;
    const missing: MissingField = describeMissing(this.account, 'controlGroup', flag === undefined ? undefined : String(flag));
    return `${missing.message}; only the hash-based control share applies`;
  }
}

/** Insertion sort, in place, on the precomputed keys: a plan holds a few dozen entries, and ties keep catalog order. */
function sortByKeys(entries: PlanEntry[], keys: number[]): PlanEntry[] {
  for (let i = 1; i < entries.length; i++) {
    const entry = entries[i]!;
    const key = keys[i]!;
    let j = i - 1;
    for (; j >= 0 && keys[j]! > key; j--) {
      entries[j + 1] = entries[j]!;
      keys[j + 1] = keys[j]!;
    }
    entries[j + 1] = entry;
    keys[j + 1] = key;
  }
  return entries;
}

/**
 * Evaluates every program of `catalog` for one account on `today` (the user's local calendar date).
 * `history` is what the extension recorded; the account's Program Logs are read as well.
 * Throws only for an invalid `today`, which is a caller's bug, not page data.
 */
export function evaluate(
  catalog: Catalog, account: Account, today: IsoDate, history: readonly SentRecord[], settings: EngineSettings,
): Plan {
  const day = dayFromIso(today);
  if (day === null) throw new RangeError(`today must be a calendar date (YYYY-MM-DD), got ${JSON.stringify(today)}`);
  const compiledCatalog = compiled(catalog);
  const run = new Evaluation(compiledCatalog, resolveSettings(settings), todayContextFor(compiledCatalog, day), account, history);
  for (let i = 0; i < compiledCatalog.programs.length; i++) run.entry(i);
  // Sorting reorders the evaluation's own arrays; it is not used afterwards.
  return {
    accountId: account.id, today, edition: catalog.edition, entries: sortByKeys(run.entries, run.keys), warnings: run.warnings(),
  };
}
