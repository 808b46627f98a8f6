/**
 * The rules' decisions for one program: its schedule, per-contact progress, the programs it must not
 * overlap, and the control group. Each is written into the evaluation's single Outcome record. The base of
 * Evaluation (evaluation.ts), which adds the account's entries and their recipients.
 */
import type { Account } from '../accounts/account';
import { AccountView } from './account-view';
import type { CompiledProgram } from './compile';
import { dayText } from './day-text';
import type { Send } from './history';
import { NO_ACCOUNT, NO_MISSING, NO_STRINGS, type Outcome } from './outcome';
import type { EntryState, MissingField, PlanEntry, Recipient } from './plan';
import { contactKeys, progressOf } from './send-progress';
import type { Setup } from './setup';
import { missedReason, type Timing } from './timing';
import type { TodayContext } from './today';

export abstract class Decisions {
  /**
   * The entries by catalog index. Made anew for each account: the young objects an evaluation stores in
   * them then need no old-to-new write barrier, which storing them in a long-lived array would.
   */
  entries: (PlanEntry | undefined)[] = [];
  account: Account = NO_ACCOUNT;
  protected readonly view: AccountView;
  protected today!: TodayContext;
  protected readonly out: Outcome = {
    state: 'not-eligible', day: null, step: null, reasons: NO_STRINGS, missing: NO_MISSING, stepsSent: 0, notes: NO_STRINGS,
    recipients: undefined, fix: null,
  };
  /** By catalog index: 1 while the program is being evaluated (programs with exclusions only, see Evaluation.entry). */
  protected readonly evaluating: Uint8Array;

  constructor(readonly setup: Setup) {
    this.evaluating = new Uint8Array(setup.catalog.programs.length);
    this.view = new AccountView(NO_ACCOUNT, setup.spellings, setup.names.gainsight, setup.memos.gainsight);
  }

  /** Writes one outcome into the evaluation's single Outcome record. */
  protected set(
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

  protected unknown(missing: readonly MissingField[]): Outcome {
    return this.set('unknown', missing.map((m) => m.message), missing);
  }

  /** Where an account-wide sequence stands: sent, due, upcoming, or its start missed for good. */
  protected schedule(cp: CompiledProgram, sends: readonly Send[] | undefined, timing: Timing): Outcome {
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
  protected notStarted(cp: CompiledProgram, start: number, windowEnd: number, next: number | null): Outcome {
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
  protected anchored(cp: CompiledProgram): Outcome | null {
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
  protected perContact(cp: CompiledProgram, sends: readonly Send[] | undefined, timing: Timing): Outcome {
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

  protected undecidedNote(cp: CompiledProgram, names: readonly string[], what: string): string {
    return `Cannot tell which email of ${cp.program.name} ${names.join(', ')} received (${what}, and this catalog has no such step): check before sending to them`;
  }

  protected unknownStep(cp: CompiledProgram, what: string): MissingField {
    return {
      field: 'history', label: 'Sent emails',
      message: `Which email of ${cp.program.name} went out cannot be told: ${what}, and this catalog has no such step`,
    };
  }

  /** A program waits while one it must not overlap is due or under way for this account; writes why. */
  protected excluded(cp: CompiledProgram): boolean {
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
  protected controlGroup(planned: Outcome): void {
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
