import type { AbGroup, Account, Segment } from '../accounts/account';
import type { CompiledPolicy, CompiledProgram } from './compile';
import { checkEligibility, failedReasons, missingFields, sharedMissing } from './conditions';
import { dayText } from './day-text';
import { latestClosedLost } from './deals';
import { Decisions } from './decisions';
import { indexSends, type Send, type SentRecord } from './history';
import { NO_SCHEDULE, NO_STRINGS, NOT_TRACKED, REGISTRANTS, TURNED_OFF, type Outcome } from './outcome';
import type { PlanEntry, Recipient } from './plan';
import { PlanOrder } from './plan-order';
import {
  accountWarnings, groupContacts, resolveRecipients, type ContactGroups, type RecipientContext, type ResolvedRecipients,
} from './recipients';
import { lastDayOf } from './send-progress';
import type { Setup } from './setup';
import { timingOf } from './timing';
import type { TodayContext } from './today';

/**
 * One account's evaluation. A batch evaluates thousands of accounts in a row, so one Evaluation (and its
 * AccountView) per setup is pointed at each account in turn (start) rather than made anew: evaluate()
 * never re-enters itself, and nothing of it outlives the call but the entries it built.
 */
export class Evaluation extends Decisions implements RecipientContext {
  /** The recipients by policy, made anew for each account (as the entries are, see Decisions). */
  private resolved: (ResolvedRecipients | undefined)[] = [];
  private sends: (Send[] | undefined)[] | null = null;
  private groupsRead = false;
  /** Why the account is no longer a customer (seed 001's churn row holds), or null while it is one. */
  private churned: readonly string[] | null = null;
  private groupsValue: ContactGroups | null = null;
  private plainRecipients: readonly Recipient[] | null = null;
  private plainResolved: ResolvedRecipients | null = null;
  private readonly order: PlanOrder;

  constructor(setup: Setup) {
    super(setup);
    this.order = new PlanOrder(setup.catalog.programs.length);
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
}
