/**
 * The eligibility engine: catalog + account + today + what was sent → a plan with exactly one state per
 * program. Pure: no clock, no DOM, no I/O. Missing data becomes an "unknown" entry naming the field,
 * never an exception and never a silent "not eligible".
 *
 * It runs over whole books of business, so the hot path allocates little: one entry object per program
 * (fewer where entries are shared), and its working state reused from one account to the next. What does
 * not depend on the account is worked out once: per catalog (compile.ts), per catalog and settings
 * (setup.ts), per day (today.ts).
 */
import type { AbGroup, Account, IsoDate, Segment } from '../accounts/account';
import { dayFromIso } from '../dates/days';
import { AccountView } from './account-view';
import { dayText } from './day-text';
import { compiled, type CompiledCatalog, type CompiledPolicy, type CompiledProgram } from './compile';
import { checkEligibility, failedReasons, missingFields, sharedMissing } from './conditions';
import { latestClosedLost } from './deals';
import { indexSends, type Send, type SentRecord } from './history';
import { PlanOrder } from './plan-order';
import { contactKeys, lastDayOf, progressOf } from './send-progress';
import type { EntryFix, EntryState, MissingField, Plan, PlanEntry, Recipient } from './plan';
import {
  accountWarnings, groupContacts, resolveRecipients, type ContactGroups, type RecipientContext, type ResolvedRecipients,
} from './recipients';
import { resolveSettings, type EngineSettings, type ResolvedSettings } from './settings';
import { setupFor, type Setup } from './setup';
import { missedReason, timingOf, type Timing } from './timing';
import { todayContextFor, type TodayContext } from './today';
import type { Catalog } from './types';

const NO_STRINGS: readonly string[] = [];
/** What a reused Evaluation points at before its first account. */
const NO_ACCOUNT: Account = Object.freeze({
  source: 'gainsight', org: '', id: '', name: '', fields: {}, unreadable: {}, contacts: undefined, opportunities: [], programLogs: [],
});
const NO_MISSING: readonly MissingField[] = [];
const TURNED_OFF: readonly string[] = ['Turned off in settings'];
const NO_SCHEDULE: readonly string[] = ['No date in the next ten years matches its schedule'];
/**
 * Event follow-ups go to an event's registrants, whom no page the extension reads shows: it cannot tell
 * when one is due, so it says how to track it instead of asking every account for data it cannot have.
 */
const NOT_TRACKED: readonly string[] = [
  "Goes to those who registered for or attended an event, within 24 hours of its end. Registrations are not on the account's pages, so the panel cannot track it: work from the event's attendee list.",
];
/** The registrants receive event follow-ups, and they are not in the snapshot. */
const REGISTRANTS: ResolvedRecipients = { recipients: null, warnings: NO_STRINGS, nobody: null };

/**
 * What the rules decided for one program, before recipients and display fields are attached. One per
 * evaluation, overwritten for each program: see Evaluation.decide for why that is safe.
 */
interface Outcome {
  state: EntryState;
  /** Day number behind the entry's date. */
  day: number | null;
  /** Index of the next (or held-back) step. */
  step: number | null;
  reasons: readonly string[];
  missing: readonly MissingField[];
  stepsSent: number;
  /** Notes for the entry's warnings. */
  notes: readonly string[];
  /** Recipients of this entry when they are not the policy's (a per-contact program's next group). */
  recipients: readonly Recipient[] | null | undefined;
  fix: EntryFix | null;
}

/**
 * One account's evaluation. A batch evaluates thousands of accounts in a row, so one Evaluation (and its
 * AccountView) per setup is pointed at each account in turn (start) rather than made anew: evaluate()
 * never re-enters itself, and nothing of it outlives the call but the entries it built.
 */
class Evaluation implements RecipientContext {
  /**
   * The entries by catalog index, and the recipients by policy. Made anew for each account: the young objects
   * an evaluation stores in them then need no old-to-new write barrier, which storing them in long-lived
   * arrays would.
   */
  entries: (PlanEntry | undefined)[] = [];
  private resolved: (ResolvedRecipients | undefined)[] = [];
  private readonly view: AccountView;
  account: Account = NO_ACCOUNT;
  private today!: TodayContext;
  private sends: (Send[] | undefined)[] | null = null;
  private groupsRead = false;
  /** Why the account is no longer a customer (seed 001's churn row holds), or null while it is one. */
  private churned: readonly string[] | null = null;
  private groupsValue: ContactGroups | null = null;
  private plainRecipients: readonly Recipient[] | null = null;
  private plainResolved: ResolvedRecipients | null = null;
  private readonly out: Outcome = {
    state: 'not-eligible', day: null, step: null, reasons: NO_STRINGS, missing: NO_MISSING, stepsSent: 0, notes: NO_STRINGS,
    recipients: undefined, fix: null,
  };
  private readonly order: PlanOrder;
  /** By catalog index: 1 while the program is being evaluated (programs with exclusions only, see entry()). */
  private readonly evaluating: Uint8Array;

  constructor(readonly setup: Setup) {
    const n = setup.catalog.programs.length;
    this.order = new PlanOrder(n);
    this.evaluating = new Uint8Array(n);
    this.view = new AccountView(NO_ACCOUNT, setup.spellings, setup.names.gainsight, setup.memos.gainsight);
  }

  start(today: TodayContext, account: Account, history: readonly SentRecord[]): void {
    const { setup } = this;
    const n = setup.catalog.programs.length;
    // Holes read as undefined; filling them would call into the runtime.
    this.entries = new Array<PlanEntry | undefined>(n);
    this.resolved = new Array<ResolvedRecipients | undefined>(setup.catalog.policies.length);
    this.order.reset();
    this.today = today;
    this.account = account;
    this.groupsRead = false;
    this.groupsValue = null;
    this.plainRecipients = null;
    this.plainResolved = null;
    const source = account.source === 'salesforce' ? 'salesforce' : 'gainsight';
    this.view.read(account, setup.names[source], setup.memos[source]);
    this.sends = indexSends(setup.catalog, history, account.programLogs);
    this.churned = this.churnedBecause();
  }

  /**
   * A churned account, as seed 001's Post Churn Survey row says: "Opportunity marked Closed-Lost, Active
   * Subscription = 0". It is no longer a customer, and "programs follow the lifecycle of the customer"
   * (seed 000): the customer programs stop. An Active Subscription not read is no proof: never churned then.
   */
  private churnedBecause(): readonly string[] | null {
    const { account } = this;
    if (account.fields.activeSubscription !== false) return null;
    const lost = latestClosedLost(account.opportunities);
    if (lost === undefined) return null;
    const label = this.view.names.label.activeSubscription;
    return [`Churned: ${label} is No and "${lost.name}" is Closed Lost, so the customer programs have stopped`];
  }

  get adminRole(): string {
    return this.setup.settings.adminRole;
  }

  get segment() {
    return this.view.segment();
  }

  plain(recipients: readonly Recipient[]): ResolvedRecipients {
    if (this.plainRecipients !== recipients) {
      this.plainRecipients = recipients;
      this.plainResolved = { recipients, warnings: NO_STRINGS, nobody: null };
    }
    return this.plainResolved!;
  }

  nobody(policy: CompiledPolicy, noAdmin: boolean, adminRequired: boolean, segment: Segment | null | undefined): ResolvedRecipients {
    return this.setup.nobodyResolved(policy, noAdmin, adminRequired, segment);
  }

  get groups(): ContactGroups | null {
    if (!this.groupsRead) {
      const { adminRole, adminRoleKey } = this.setup.settings;
      this.groupsValue = groupContacts(this.account, adminRole, adminRoleKey, this.account.fields.deployment === 'SaaS');
      this.groupsRead = true;
    }
    return this.groupsValue;
  }

  entry(index: number): PlanEntry {
    let entry = this.entries[index];
    if (!entry) {
      const cp = this.setup.catalog.programs[index]!;
      // Only evaluating a program with exclusions can lead to another: no other can be asked about mid-way, so no other is marked.
      const marked = cp.exclusions.length !== 0;
      if (marked) this.evaluating[index] = 1;
      entry = this.evaluateProgram(cp);
      if (marked) this.evaluating[index] = 0;
      this.entries[index] = entry;
    }
    return entry;
  }

  warnings() {
    const { settings } = this.setup;
    const warnings = accountWarnings(this.account, this.groups, settings.adminRole, settings.approvalTypes, this.view.segment());
    // Said once for the account, not only in each program's folded reason.
    if (this.churned !== null) warnings.unshift({ code: 'churned', severity: 'warning', message: this.churned[0]! });
    return warnings;
  }

  /** The entries in plan order (plan-order.ts). */
  sorted(): PlanEntry[] {
    return this.order.sorted(this.entries as PlanEntry[]); // every program has its entry once evaluate() asked for each
  }

  /** After an error half-way: entry() could not clear the marks of the programs it was evaluating. */
  clearMarks(): void {
    this.evaluating.fill(0);
  }

  private recipientsFor(cp: CompiledProgram): ResolvedRecipients {
    if (cp.registrants) return REGISTRANTS;
    const { policy } = cp;
    let resolved = this.resolved[policy.index];
    if (!resolved) {
      const { groups } = this;
      const enrolled = policy.enrollmentKey === null ? null : this.view.enrolled(policy.enrollmentKey);
      // Enrolled-only programs nobody is enrolled in say the same on every account: said once.
      resolved = policy.perContact && enrolled?.length === 0 && groups !== null && groups.incomplete === null
        ? this.setup.nobodyEnrolled(policy)
        : resolveRecipients(policy, this, enrolled);
      this.resolved[policy.index] = resolved;
    }
    return resolved;
  }

  private evaluateProgram(cp: CompiledProgram): PlanEntry {
    const sends = this.sends?.[cp.index];
    // Enrolled-only programs nobody on a fully read account is enrolled in, and event follow-ups: the same
    // entry on every account that spells its segment alike.
    // A churned account's reason names its own deal: never shared.
    if (this.churned !== null && !cp.afterChurn) return this.build(cp, sends);
    if (sends === undefined && (cp.registrantsOnly || (cp.enrolledOnly && this.nobodyEnrolled(cp)))) return this.sharedEntry(cp);
    return this.build(cp, sends);
  }

  private build(cp: CompiledProgram, sends: readonly Send[] | undefined): PlanEntry {
    const result = this.decide(cp, sends);
    const resolved = this.recipientsFor(cp);
    const { nobody } = resolved;
    if (result.state === 'due' && result.recipients === undefined && nobody !== null) {
      // Due, but nobody may receive it: it cannot be sent, so it is held back with the fix.
      result.state = 'held-back';
      result.reasons = nobody.reasons;
      result.fix = nobody.fix;
    }
    const { state, day, step } = result;
    const date = day === null ? null : dayText(day);
    this.order.place(cp.index, state, day ?? 0);
    let warnings = resolved.warnings;
    if (state === 'upcoming' && nobody !== null) {
      // Coming up, but nobody may receive it yet: said beside it. Alone, the reason is the list made once.
      warnings = warnings.length === 0 && result.notes.length === 0 ? nobody.reasons : [...warnings, ...result.notes, nobody.reason];
    } else if (result.notes.length !== 0) {
      warnings = [...warnings, ...result.notes];
    }
    // One object literal for every state: a single shape, and no `{ ...spread, more }`, which V8 runs slowly.
    return {
      state,
      program: cp.program,
      programId: cp.id,
      date,
      nextStep: step === null ? null : this.setup.nextSteps.of(cp, step, day!, date!),
      reasons: result.reasons,
      missing: result.missing,
      recipients: result.recipients === undefined ? resolved.recipients : result.recipients,
      warnings,
      stepsSent: result.stepsSent,
      lastSentOn: sends ? dayText(lastDayOf(sends)) : null,
      // An account is only in the experiment of a program that applies to it.
      abGroup: cp.abTested && state !== 'not-eligible' && state !== 'unknown' && state !== 'untracked' ? this.abGroup() : null,
      fix: result.fix,
      teamChoices: this.setup.teamChoices[cp.index]!,
    } as PlanEntry; // decide() pairs each state with the fields its entry type requires
  }

  private nobodyEnrolled(cp: CompiledProgram): boolean {
    const { account } = this;
    return account.contacts !== undefined && !account.contactsIncomplete && account.contactFieldNotes?.enablementEnrollment === undefined
      && this.view.enrolled(cp.policy.enrollmentKey!).length === 0;
  }

  /**
   * The shared entry when there is one; otherwise the entry is made and kept for the next such account. Kept
   * by segment as spelled (empty and unmapped segments are worded apart; any text is its own key) and source.
   */
  private sharedEntry(cp: CompiledProgram): PlanEntry {
    const bySource = this.view.spelling().shared;
    if (bySource === null) return this.build(cp, undefined);
    const shared = bySource[this.view.names.sourceIndex];
    let entry = shared[cp.index];
    if (entry) {
      this.order.place(cp.index, entry.state, 0);
      return entry;
    }
    entry = this.build(cp, undefined);
    if (entry.state === 'not-eligible' || entry.state === 'unknown' || entry.state === 'untracked') shared[cp.index] = Object.freeze(entry);
    return entry;
  }

  /** The customer's A/B group, as the account records it: one group per customer, never computed. */
  private abGroup(): AbGroup | null {
    const group = this.account.fields.abGroup;
    return group === 'A' || group === 'B' ? group : null;
  }

  /** Writes one outcome into the evaluation's single Outcome record. */
  private set(
    state: EntryState, reasons: readonly string[], missing: readonly MissingField[] = NO_MISSING,
    day: number | null = null, step: number | null = null, stepsSent = 0,
  ): Outcome {
    const out = this.out;
    out.state = state;
    out.reasons = reasons;
    out.missing = missing;
    out.day = day;
    out.step = step;
    out.stepsSent = stepsSent;
    out.notes = NO_STRINGS;
    out.recipients = undefined;
    out.fix = null;
    return out;
  }

  private unknown(missing: readonly MissingField[]): Outcome {
    return this.set('unknown', missing.map((m) => m.message), missing);
  }

  private decide(cp: CompiledProgram, sends: readonly Send[] | undefined): Outcome {
    // Programs this one must not overlap are decided first, so deciding them never overwrites this outcome.
    if (cp.exclusions.length !== 0) for (const index of cp.exclusions) if (!this.evaluating[index]) this.entry(index);
    const today = this.today.day;
    if (this.setup.disabled[cp.index]) return this.set('not-eligible', TURNED_OFF);
    if (this.churned !== null && !cp.afterChurn) return this.set('not-eligible', this.churned);
    if (cp.registrants) return this.set('untracked', NOT_TRACKED);
    if (cp.anchorOnly && sends === undefined) {
      const decided = this.anchored(cp);
      if (decided !== null) return decided;
    }
    const eligibility = checkEligibility(cp.checks, this.view, today, this.setup);
    if (eligibility === 'not-eligible') return this.set('not-eligible', failedReasons());
    if (eligibility === 'unknown') {
      const shared = sharedMissing();
      if (shared === null) return this.unknown(missingFields());
      const lists = this.setup.unknownLists(shared);
      return this.set('unknown', lists.reasons, lists.missing);
    }

    const timing = timingOf(cp, this.view, this.today, this.setup);
    if (!timing) return this.set('not-eligible', NO_SCHEDULE);
    const planned = cp.policy.perContact ? this.perContact(cp, sends, timing) : this.schedule(cp, sends, timing);
    if (planned.state !== 'due' && planned.state !== 'upcoming') return planned;

    if (planned.state === 'due' && planned.stepsSent === 0 && cp.exclusions.length > 0 && this.excluded(cp)) return this.out;
    if (cp.pilot && planned.stepsSent === 0) this.controlGroup(planned);
    return planned;
  }

  /** Where an account-wide sequence stands: sent, due, upcoming, or its start missed for good. */
  private schedule(cp: CompiledProgram, sends: readonly Send[] | undefined, timing: Timing): Outcome {
    const today = this.today.day;
    let maxStep = -1;
    let maxStepDay = 0;
    if (sends) {
      const progress = progressOf(sends, timing.cycleStart);
      if (progress.unknown !== null) return this.unknown([this.unknownStep(cp, progress.unknown)]);
      ({ maxStep, maxStepDay } = progress);
    }
    const lastStep = cp.steps.length - 1;
    if (maxStep >= lastStep) {
      if (!(timing.repeats && timing.next !== null && today > timing.windowEnd)) {
        return this.set('sent', NO_STRINGS, NO_MISSING, maxStepDay, null, maxStep + 1);
      }
      return this.set('upcoming', NO_STRINGS, NO_MISSING, timing.next, 0); // this cycle is done; the next starts from step 1
    }
    if (maxStep >= 0) {
      // Later steps follow the step before, not the cycle start: a late send shifts the rest of the sequence.
      const step = maxStep + 1;
      const day = maxStepDay + cp.stepGaps[step]!;
      return this.set(day <= today ? 'due' : 'upcoming', NO_STRINGS, NO_MISSING, day, step, step);
    }
    return this.notStarted(cp, timing.start, timing.windowEnd, timing.next);
  }

  /** A sequence not started in this cycle: upcoming, due from its start, or its start missed (for good when `next` is null). */
  private notStarted(cp: CompiledProgram, start: number, windowEnd: number, next: number | null): Outcome {
    const today = this.today.day;
    if (today < start) return this.set('upcoming', NO_STRINGS, NO_MISSING, start, 0);
    if (today <= windowEnd) return this.set('due', NO_STRINGS, NO_MISSING, start, 0);
    if (next !== null) return this.set('upcoming', NO_STRINGS, NO_MISSING, next, 0);
    return this.set('not-eligible', missedReason(cp, this.view, today, this.setup));
  }

  /**
   * The most common program of all, decided without the general checks and timing: one anchored on a date,
   * checked for its segment and that date alone, nothing sent yet. The outcome is the one checkEligibility,
   * timingOf and schedule reach. null when only the general path can tell: the date unusable, or a failure
   * worded for the first time, or two at once.
   */
  private anchored(cp: CompiledProgram): Outcome | null {
    const { view } = this;
    const day = view.dayAt(cp.anchorIndex);
    const spelling = view.spelling();
    if (cp.segmentMask !== 0 && (cp.segmentMask & spelling.bits) === 0) {
      // Not for this segment: the one reason when the date is there, phrased for earlier accounts so spelled.
      const said = typeof day === 'number' && spelling.segment !== undefined ? spelling.reasons[view.names.sourceIndex][cp.segmentSlot] : undefined;
      return said === undefined ? null : this.set('not-eligible', said);
    }
    if (typeof day !== 'number') {
      const said = day === null ? view.memos[cp.anchorSlot]!.get(null) : undefined;
      return said === undefined ? null : this.set('not-eligible', said);
    }
    const start = day + cp.offsetDays;
    const planned = this.notStarted(cp, start, start + cp.windowDays, null);
    if (cp.pilot && (planned.state === 'due' || planned.state === 'upcoming')) this.controlGroup(planned);
    return planned;
  }

  /**
   * A program sent to enrolled contacts, tracked per contact: a contact enrolled after the others finished
   * is due for it. The entry is the step due soonest, for the contacts it is due to.
   */
  private perContact(cp: CompiledProgram, sends: readonly Send[] | undefined, timing: Timing): Outcome {
    const enrolled = this.view.enrolled(cp.policy.enrollmentKey!);
    if (enrolled.length === 0) return this.schedule(cp, sends, timing);
    const today = this.today.day;
    if (sends === undefined) {
      // Nothing sent yet: every enrolled contact starts at the first email, on the same day.
      const day = Math.max(timing.start, today);
      const planned = this.set(day <= today ? 'due' : 'upcoming', NO_STRINGS, NO_MISSING, day, 0, 0);
      planned.recipients = enrolled;
      return planned;
    }
    const lastStep = cp.steps.length - 1;
    let best: { step: number; day: number; who: Recipient[] } | null = null;
    let doneDay = -Infinity;
    const later: string[] = [];
    /** Contacts whose sends name a step this catalog lacks: undecided for them alone; the others go on. */
    const undecided: string[] = [];
    let firstUnknown: string | null = null;
    for (const recipient of enrolled) {
      const { contact } = recipient;
      const keys = contactKeys(contact);
      const progress = progressOf(sends, timing.cycleStart, keys);
      if (progress.unknown !== null) {
        firstUnknown ??= progress.unknown;
        undecided.push(contact.name);
        continue;
      }
      if (progress.maxStep >= lastStep) {
        doneDay = Math.max(doneDay, progress.maxStepDay);
        continue;
      }
      const step = progress.maxStep + 1;
      const day = progress.maxStep < 0 ? Math.max(timing.start, today) : progress.maxStepDay + cp.stepGaps[step]!;
      if (best === null || day < best.day || (day === best.day && step < best.step)) {
        if (best) for (const r of best.who) later.push(`${r.contact.name} (${cp.steps[best.step]!.name}, ${dayText(best.day)})`);
        best = { step, day, who: [recipient] };
      } else if (day === best.day && step === best.step) {
        best.who.push(recipient);
      } else {
        later.push(`${contact.name} (${cp.steps[step]!.name}, ${dayText(day)})`);
      }
    }
    if (best === null) {
      // Nobody left to decide for but those whose step cannot be told: the program is unknown, as for one contact.
      if (firstUnknown !== null && doneDay === -Infinity) return this.unknown([this.unknownStep(cp, firstUnknown)]);
      const done = this.set('sent', NO_STRINGS, NO_MISSING, doneDay, null, cp.steps.length);
      if (undecided.length) done.notes = [this.undecidedNote(cp, undecided, firstUnknown!)];
      return done;
    }
    const planned = this.set(best.day <= today ? 'due' : 'upcoming', NO_STRINGS, NO_MISSING, best.day, best.step, best.step);
    planned.recipients = best.who;
    const notes: string[] = [];
    if (later.length) notes.push(`Also enrolled, at another step: ${later.join('; ')}`);
    if (undecided.length) notes.push(this.undecidedNote(cp, undecided, firstUnknown!));
    if (notes.length) planned.notes = notes;
    return planned;
  }

  private undecidedNote(cp: CompiledProgram, names: readonly string[], what: string): string {
    return `Cannot tell which email of ${cp.program.name} ${names.join(', ')} received (${what}, and this catalog has no such step): check before sending to them`;
  }

  private unknownStep(cp: CompiledProgram, what: string): MissingField {
    return {
      field: 'history', label: 'Sent emails',
      message: `Which email of ${cp.program.name} went out cannot be told: ${what}, and this catalog has no such step`,
    };
  }

  /** A program waits while one it must not overlap is due or under way for this account; writes why. */
  private excluded(cp: CompiledProgram): boolean {
    for (const index of cp.exclusions) {
      if (this.evaluating[index]) continue; // programs excluding each other (imported data): neither waits
      const other = this.entries[index]!;
      const name = other.program.name;
      if (other.state === 'unknown') {
        this.set('unknown', [`Whether ${name} runs for this account cannot be told (this program waits while it does): ${other.reasons.join('; ')}`], other.missing);
        return true;
      }
      if (other.state === 'due' && other.stepsSent === 0) {
        this.set('not-eligible', [`${name} is due for this account; this program waits until it ends`]);
        return true;
      }
      if ((other.state === 'due' || other.state === 'upcoming') && other.stepsSent > 0) {
        this.set('not-eligible', [`${name} is running (${other.stepsSent} of ${other.program.steps.length} emails sent); this program waits until it ends`]);
        return true;
      }
    }
    return false;
  }

  /**
   * Accounts the tenant flags Control Group are held back from a pilot's onboarding or enablement content,
   * in seed 001's own words; the flag is data. Other programs reach them as any account.
   */
  private controlGroup(planned: Outcome): void {
    const flag = this.account.fields.controlGroup;
    if (flag === false || flag === null) return;
    if (flag === true) {
      planned.state = 'held-back';
      planned.step = 0;
      planned.reasons = this.setup.single(
        `In the control group (${this.view.names.label.controlGroup}: Yes): a control group may not receive "onboarding or enablement content during pilot programs" (seed 001), and this is one`,
      );
      return;
    }
    const missing = this.view.missing('controlGroup');
    planned.notes = [...planned.notes, `${missing.message}: check the account is not in a control group before sending`];
  }
}

/** The last day evaluated, as given and as a day number. */
const lastToday: { text: IsoDate | null; day: number | null } = { text: null, day: null };

/** The evaluation reused for the next account while the setup stays the same. */
let evaluation: Evaluation | null = null;

/** The last catalog and settings evaluated, and their setup: a batch evaluates many accounts with the same. */
let last: { catalog: Catalog; settings: EngineSettings; compiled: CompiledCatalog; resolved: ResolvedSettings; setup: Setup } | null = null;

function setupOf(catalog: Catalog, settings: EngineSettings): Setup {
  if (last === null || last.catalog !== catalog || last.settings !== settings) {
    const compiledCatalog = compiled(catalog);
    const resolved = resolveSettings(settings);
    last = { catalog, settings, compiled: compiledCatalog, resolved, setup: setupFor(compiledCatalog, resolved) };
  }
  return last.setup;
}

/**
 * Evaluates every program of `catalog` for one account on `today` (the user's local calendar date).
 * `history` is what was sent, per step and, when known, per recipient; the account's Program Logs are read
 * as well. Throws only for an invalid `today`, which is a caller's bug, not page data.
 */
export function evaluate(
  catalog: Catalog, account: Account, today: IsoDate, history: readonly SentRecord[], settings: EngineSettings,
): Plan {
  // A batch plans every account for the same day: the text is parsed once.
  const day = today === lastToday.text ? lastToday.day : dayFromIso(today);
  lastToday.text = today;
  lastToday.day = day;
  if (day === null) throw new RangeError(`today must be a calendar date (YYYY-MM-DD), got ${JSON.stringify(today)}`);
  const setup = setupOf(catalog, settings);
  if (evaluation === null || evaluation.setup !== setup) evaluation = new Evaluation(setup);
  const run = evaluation;
  run.start(todayContextFor(setup, day), account, history);
  const n = setup.catalog.programs.length;
  try {
    for (let i = 0; i < n; i++) run.entry(i);
  } catch (error) {
    run.clearMarks();
    throw error;
  }
  return {
    accountId: account.id, today, edition: catalog.edition, entries: run.sorted(), warnings: run.warnings(),
  };
}
