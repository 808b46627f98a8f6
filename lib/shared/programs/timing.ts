/**
 * When a program's current cycle starts, how long it may start late, and when the next cycle begins.
 * All in day numbers; the engine compares integers, never parses or formats dates here.
 */
import { addMonthsToCivil, addMonthsToDay, civilFromDay, dayFromIso, nthWeekdayDay } from '../dates/days';
import type { AccountView } from './account-view';
import type { CompiledProgram } from './compile';
import { nextEventDay } from './check-values';
import { latestClosedLost } from './deals';
import { DATE_PHRASES, describeDateFromToday, plural } from './fields';
import type { Reason } from './reason-memo';
import { MISSED_DAYS, type Setup } from './setup';
import type { Timing, TimingCache } from './timing-shape';
import type { TodayContext } from './today';

export type { Timing } from './timing-shape';

/** How far to look for a monthly occurrence; a 5th weekday limited to a few months can be years apart. */
const SEARCH_MONTHS = 120;

function monthlyOccurrence(cp: CompiledProgram, today: TodayContext, direction: 1 | -1): number | null {
  if (cp.when.kind !== 'monthly') return null;
  const { nth, months } = cp.when.trigger;
  let index = today.civil.year * 12 + today.civil.month - 1;
  for (let i = 0; i < SEARCH_MONTHS; i++, index += direction) {
    const year = Math.floor(index / 12);
    const month = index - year * 12 + 1;
    if (months && !months.includes(month)) continue;
    const day = nthWeekdayDay(year, month, nth, cp.weekday);
    if (day !== null && (direction === 1 ? day > today.day : day <= today.day)) return day;
  }
  return null;
}

function monthlyTiming(cp: CompiledProgram, today: TodayContext): Timing | null {
  if (cp.when.kind !== 'monthly') return null;
  const { windowDays, oncePerAccount = false } = cp.when.trigger;
  const previous = monthlyOccurrence(cp, today, -1);
  const next = monthlyOccurrence(cp, today, 1);
  const start = previous ?? next;
  if (start === null) return null;
  return {
    cycleStart: oncePerAccount ? -Infinity : start,
    start,
    windowEnd: start + windowDays,
    next: start === next ? null : next,
    repeats: !oncePerAccount,
  };
}

/**
 * An event's invitation: from `inviteDays` before the next entered date until that date. Sends since the
 * previous event belong to this one. The eligibility checks made sure a next date exists.
 */
function eventTiming(cp: CompiledProgram, setup: Setup, today: TodayContext): Timing | null {
  if (cp.when.kind !== 'event') return null;
  const { event, inviteDays } = cp.when.trigger;
  const days = setup.settings.events.get(event);
  const day = nextEventDay(days, today.day);
  if (!days || day === undefined) return null;
  const at = days.indexOf(day);
  const previous = days[at - 1];
  const following = days[at + 1];
  const start = day - inviteDays;
  return {
    cycleStart: previous === undefined ? start : Math.max(start, previous + 1),
    start,
    windowEnd: day,
    next: following === undefined ? null : following - inviteDays,
    repeats: true,
  };
}

/**
 * The timing of account-dependent triggers, written into one record: a caller reads it before asking for
 * the next (the engine decides one program at a time).
 */
const scratch: Timing = { cycleStart: 0, start: 0, windowEnd: 0, next: null, repeats: false };

function timing(cycleStart: number, start: number, windowEnd: number, next: number | null, repeats: boolean): Timing {
  scratch.cycleStart = cycleStart;
  scratch.start = start;
  scratch.windowEnd = windowEnd;
  scratch.next = next;
  scratch.repeats = repeats;
  return scratch;
}

/** Every `months` months from the anchor: the round that started last, or the first one still to come. */
function recurringTiming(cp: CompiledProgram, anchor: number, today: TodayContext): Timing {
  if (cp.when.kind !== 'every-months') return timing(-Infinity, today.day, Infinity, null, false);
  const trigger = cp.when.trigger;
  const since = civilFromDay(anchor);
  const monthsSince = (today.civil.year - since.year) * 12 + today.civil.month - since.month;
  // The k-th occurrence, counted from the anchor each time so Aug 31 → Feb 28 → Aug 31 never drifts to the 28th.
  let k = Math.floor(monthsSince / trigger.months);
  let start = addMonthsToCivil(since, k * trigger.months);
  if (start > today.day) {
    k -= 1; // this month's occurrence is later in the month than today
    start = addMonthsToCivil(since, k * trigger.months);
  }
  if (k < 1) {
    start = addMonthsToCivil(since, trigger.months);
    return timing(anchor, start, start + trigger.windowDays, null, true);
  }
  const next = addMonthsToCivil(since, (k + 1) * trigger.months);
  return timing(start, start, start + trigger.windowDays, next, true);
}

const SLOTS = 1024;
/** Per slot: the anchor, the start of the round, the next round's start (NaN: none yet, the first round). */
const STRIDE = 4;

/**
 * Recurring timings by anchor day, for one program on one day: a book repeats anchors (Customer Since), and
 * the calendar arithmetic behind each is dearer than a look-up. Direct-mapped, one slot's values side by
 * side; a collision just computes again.
 */
export class RecurringTimings implements TimingCache {
  private readonly slots = new Float64Array(SLOTS * STRIDE).fill(Number.NaN);

  constructor(private readonly windowDays: number) {}

  get(anchor: number): Timing | null {
    const at = (anchor & (SLOTS - 1)) * STRIDE;
    const { slots } = this;
    if (slots[at] !== anchor) return null;
    const start = slots[at + 1]!;
    const next = slots[at + 2]!;
    // The first round counts every send since the anchor; a later one, those since its start.
    return Number.isNaN(next)
      ? timing(anchor, start, start + this.windowDays, null, true)
      : timing(start, start, start + this.windowDays, next, true);
  }

  keep(anchor: number, found: Timing): Timing {
    const at = (anchor & (SLOTS - 1)) * STRIDE;
    this.slots[at] = anchor;
    this.slots[at + 1] = found.start;
    this.slots[at + 2] = found.next ?? Number.NaN;
    return found;
  }
}

/** null: the trigger never fires (a monthly rule with no occurrence in ten years). */
export function timingOf(cp: CompiledProgram, view: AccountView, today: TodayContext, setup: Setup): Timing | null {
  const { when } = cp;
  switch (when.kind) {
    case 'anchor': {
      const trigger = when.trigger;
      // Eligibility checks ran first, so the anchor is a known date here.
      const anchor = view.dayAt(cp.anchorIndex) ?? 0;
      const start = anchor + trigger.offsetDays;
      // Before a date (next renewal): last year's sends belong to last year's renewal.
      const cycleStart = trigger.offsetDays >= 0 ? anchor : addMonthsToDay(anchor, -12) + 1;
      return timing(cycleStart, start, start + trigger.windowDays, null, false);
    }
    case 'monthly': {
      let timing = today.shared[cp.index];
      if (timing === undefined) timing = today.shared[cp.index] = monthlyTiming(cp, today);
      return timing;
    }
    case 'event': {
      let timing = today.shared[cp.index];
      if (timing === undefined) timing = today.shared[cp.index] = eventTiming(cp, setup, today);
      return timing;
    }
    case 'every-months': {
      const anchor = view.dayAt(cp.anchorIndex) ?? 0;
      const known = (today.recurring[cp.index] ??= new RecurringTimings(when.trigger.windowDays));
      return known.get(anchor) ?? known.keep(anchor, recurringTiming(cp, anchor, today));
    }
    case 'when-eligible':
      return timing(-Infinity, today.day, Infinity, null, false);
    case 'closed-lost': {
      const trigger = when.trigger;
      const closed = dayFromIso(latestClosedLost(view.account.opportunities)?.closeDate ?? '') ?? today.day;
      return timing(closed, closed, closed + trigger.windowDays, null, false);
    }
    case 'event-registration':
      return null;
  }
}

const PASSED: readonly string[] = ['Its start window has passed'];

const dayRange = (from: number, to: number): string => (from === to ? `${from}` : `${from}–${to}`);

/** Why an anchored program's start window has passed, `since` whole days after its anchor date. */
function missedAnchor(cp: CompiledProgram, since: number, setup: Setup): Reason {
  const slot = since >= 0 && since < MISSED_DAYS ? since : -1;
  const missed = (setup.missed[cp.index] ??= new Array<Reason | undefined>(MISSED_DAYS));
  const known = slot < 0 ? undefined : missed[slot];
  if (known !== undefined) return known;
  if (cp.when.kind !== 'anchor') return PASSED;
  const trigger = cp.when.trigger;
  const { offsetDays: o, windowDays: w } = trigger;
  const rule = o >= 0
    ? `sent on day${w ? 's' : ''} ${dayRange(o, o + w)}`
    : `sent ${dayRange(-o, Math.max(0, -o - w))} days before ${DATE_PHRASES[trigger.anchor].noun}`;
  const reason = Object.freeze([`${describeDateFromToday(trigger.anchor, since)}; ${rule}`]);
  if (slot >= 0) missed[slot] = reason;
  return reason;
}

/** Why a start window that has passed is final, e.g. "Subscription started 10 days ago; sent on day 2", as an entry's list. */
export function missedReason(cp: CompiledProgram, view: AccountView, today: number, setup: Setup): readonly string[] {
  const { when } = cp;
  if (when.kind === 'anchor') return missedAnchor(cp, today - (view.dayAt(cp.anchorIndex) ?? today), setup);
  if (when.kind === 'closed-lost') {
    const trigger = when.trigger;
    const latest = latestClosedLost(view.account.opportunities);
    const closed = dayFromIso(latest?.closeDate ?? '') ?? today;
    return [`Opportunity "${latest?.name ?? ''}" closed lost ${plural(today - closed, 'day')} ago; sent within ${plural(trigger.windowDays, 'day')}`];
  }
  return PASSED;
}
