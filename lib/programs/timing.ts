/**
 * When a program's current cycle starts, how long it may start late, and when the next cycle begins.
 * All in day numbers; the engine compares integers, never parses or formats dates here.
 */
import { addMonthsToCivil, addMonthsToDay, civilFromDay, dayFromIso, nthWeekdayDay, type CivilDate } from '../dates/days';
import type { AccountView } from './account-view';
import { MISSED_DAYS, type CompiledCatalog, type CompiledProgram } from './compile';
import { latestClosedLost } from './conditions';
import { DATE_PHRASES, describeDateFromToday, plural } from './fields';

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

export interface TodayContext {
  day: number;
  civil: CivilDate;
  /** Monthly timings do not depend on the account: computed once per program per day. */
  monthly: (Timing | null | undefined)[];
}

const todayCache = new WeakMap<CompiledCatalog, TodayContext>();

/** The context for `day`, kept per catalog while the day stays the same (a batch, a session). */
export function todayContextFor(catalog: CompiledCatalog, day: number): TodayContext {
  let context = todayCache.get(catalog);
  if (context?.day !== day) {
    context = { day, civil: civilFromDay(day), monthly: [] };
    todayCache.set(catalog, context);
  }
  return context;
}

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

/** null: the trigger never fires (a monthly rule with no occurrence in ten years). */
export function timingOf(cp: CompiledProgram, view: AccountView, today: TodayContext): Timing | null {
  const { when } = cp;
  switch (when.kind) {
    case 'anchor': {
      const trigger = when.trigger;
      // Eligibility checks ran first, so the anchor is a known date here.
      const anchor = view.day(trigger.anchor) ?? 0;
      const start = anchor + trigger.offsetDays;
      // Before a date (next renewal): last year's sends belong to last year's renewal.
      const cycleStart = trigger.offsetDays >= 0 ? anchor : addMonthsToDay(anchor, -12) + 1;
      return { cycleStart, start, windowEnd: start + trigger.windowDays, next: null, repeats: false };
    }
    case 'monthly': {
      let timing = today.monthly[cp.index];
      if (timing === undefined) timing = today.monthly[cp.index] = monthlyTiming(cp, today);
      return timing;
    }
    case 'every-months': {
      const trigger = when.trigger;
      const anchor = view.day(trigger.anchor) ?? 0;
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
        return { cycleStart: anchor, start, windowEnd: start + trigger.windowDays, next: null, repeats: true };
      }
      const next = addMonthsToCivil(since, (k + 1) * trigger.months);
      return { cycleStart: start, start, windowEnd: start + trigger.windowDays, next, repeats: true };
    }
    case 'when-eligible':
      return { cycleStart: -Infinity, start: today.day, windowEnd: Infinity, next: null, repeats: false };
    case 'closed-lost': {
      const trigger = when.trigger;
      const closed = dayFromIso(latestClosedLost(view.account.opportunities)?.closeDate ?? '') ?? today.day;
      return { cycleStart: closed, start: closed, windowEnd: closed + trigger.windowDays, next: null, repeats: false };
    }
    case 'event-registration':
      return null;
  }
}

const dayRange = (from: number, to: number): string => (from === to ? `${from}` : `${from}–${to}`);

/** Why a start window that has passed is final, e.g. "Subscription started 10 days ago; sent on day 2". */
export function missedReason(cp: CompiledProgram, view: AccountView, today: number): string {
  const { when } = cp;
  if (when.kind === 'anchor') {
    const trigger = when.trigger;
    const since = today - (view.day(trigger.anchor) ?? today);
    const slot = since >= 0 && since < MISSED_DAYS ? since : -1;
    const known = slot < 0 ? undefined : cp.missedByDays[slot];
    if (known !== undefined) return known;
    const { offsetDays: o, windowDays: w } = trigger;
    const rule = o >= 0
      ? `sent on day${w ? 's' : ''} ${dayRange(o, o + w)}`
      : `sent ${dayRange(-o, Math.max(0, -o - w))} days before ${DATE_PHRASES[trigger.anchor].noun}`;
    const reason = `${describeDateFromToday(trigger.anchor, since)}; ${rule}`;
    if (slot >= 0) cp.missedByDays[slot] = reason;
    return reason;
  }
  if (when.kind === 'closed-lost') {
    const trigger = when.trigger;
    const latest = latestClosedLost(view.account.opportunities);
    const closed = dayFromIso(latest?.closeDate ?? '') ?? today;
    return `Opportunity "${latest?.name ?? ''}" closed lost ${plural(today - closed, 'day')} ago; sent within ${plural(trigger.windowDays, 'day')}`;
  }
  return 'Its start window has passed';
}
