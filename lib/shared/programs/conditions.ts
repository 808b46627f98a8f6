/**
 * The one evaluator for every program's checks. Programs differ only in the data they hand it.
 * A check passes, fails with a reason in words, or cannot be decided because something is missing.
 */
import { isoFromDay } from '../dates/days';
import type { AccountView } from './account-view';
import type { CompiledCheck } from './compile';
import { DATE_PHRASES, describeDateFromToday, plural } from './fields';
import type { MissingField } from './plan';
import type { Setup } from './setup';
import { latestClosedLost } from './deals';
import { COMPARE_WORDS, OUTSIDE_DAYS, PAST_YEARS, ageProblems, ageWindow, compares, nextEventDay, oneOf, show, yesNo } from './check-values';

export interface Verdict {
  reasons: string[];
  missing: MissingField[];
}

const NO_MISSING: readonly MissingField[] = [];
const NO_CLOSED_LOST: readonly string[] = ['No closed-lost opportunity'];
const CONTACTS_MISSING: MissingField = Object.freeze({ field: 'contacts', label: 'Contacts', message: 'Contacts could not be read' });
const EVENTS_MISSING: MissingField = Object.freeze({
  field: 'eventRegistrations',
  label: 'Event registrations',
  message: "Event registrations and attendance are not part of the account snapshot; check the event's attendee list",
});

type CheckOf<K extends CompiledCheck['kind']> = Extract<CompiledCheck, { kind: K }>;

/** An event's follow-up needs a date of that event ahead: the same for every account on one day, so decided once per day. */
function eventDateInto(compiled: CheckOf<'has-event-date'>, today: number, setup: Setup, verdict: Verdict): boolean {
  // The same for every account on one day: decided once per day.
  const known = setup.today!.events[compiled.slot];
  if (known !== undefined) return known === null || fail(verdict, known);
  const { event, name } = compiled.check;
  const days = setup.settings.events.get(event);
  if (nextEventDay(days, today) !== undefined) {
    setup.today!.events[compiled.slot] = null;
    return true;
  }
  const last = days?.at(-1);
  const message = last === undefined
    ? `No date is entered for the ${name}: add the next one under Options → Programs → Event dates`
    : `The last ${name} date entered (${isoFromDay(last)}) has passed: add the next one under Options → Programs → Event dates`;
  return fail(verdict, (setup.today!.events[compiled.slot] = Object.freeze({ field: 'eventDates', label: `${name} date`, message })));
}

/** An age window in days, or a limit in years since a date. */
function ageInto(compiled: CheckOf<'age'>, view: AccountView, today: number, setup: Setup, verdict: Verdict): boolean {
  const { names } = view;
  const reasons = view.memos[compiled.slot]!;
  const check = compiled.check;
  const since = view.dayAt(check.index);
  if (since === undefined) return fail(verdict, view.missing(check.field));
  if (since === null) return fail(verdict, reasons.get(null) ?? reasons.add(null, DATE_PHRASES[check.field].none(names.label[check.field])));
  const age = today - since;
  const { minDays, maxDays, underYears } = check;
  const problems = ageProblems(check, since, today, setup);
  if (problems === 0) return true;
  const outsideDays = (problems & OUTSIDE_DAYS) !== 0;
  const pastYears = (problems & PAST_YEARS) !== 0;
  const key = age * 2 + (pastYears ? 1 : 0);
  const known = reasons.get(key);
  if (known !== undefined) return fail(verdict, known);
  const said: string[] = [];
  if (outsideDays) said.push(`this program is for ${ageWindow(minDays, maxDays)}`);
  if (pastYears) said.push(`this program is for the first ${plural(underYears!, 'year')}`);
  return fail(verdict, reasons.add(key, `${describeDateFromToday(check.field, age)}; ${said.join('; ')}`));
}

/** A contact enrolled in the campaign, said apart when the contacts could not all be read. */
function enrolledInto(compiled: CheckOf<'enrolled'>, view: AccountView, verdict: Verdict): boolean {
  const { account } = view;
  const reasons = view.memos[compiled.slot]!;
  const { campaign, key } = compiled.check;
  if (account.contacts === undefined) return fail(verdict, CONTACTS_MISSING);
  if (view.enrolled(key).length > 0) return true;
  const noField = account.contactFieldNotes?.enablementEnrollment;
  if (noField) return fail(verdict, { field: 'contacts', label: 'Enablement Enrollment', message: noField });
  if (account.contactsIncomplete) {
    return fail(verdict, {
      field: 'contacts', label: 'Contacts',
      message: `Only part of the contacts could be read (${account.contactsIncomplete}) and none of them is enrolled in ${campaign}`,
    });
  }
  return fail(verdict, reasons.get(null) ?? reasons.add(null, `No contact is enrolled in ${campaign} (Enablement Enrollment)`));
}

/**
 * Adds one check's outcome to `verdict`: nothing when it passes, a reason when it fails, a missing field
 * when it cannot be decided. Returns whether it passed.
 */
function checkInto(compiled: CompiledCheck, view: AccountView, today: number, setup: Setup, verdict: Verdict): boolean {
  const { account, names } = view;
  const reasons = view.memos[compiled.slot]!;
  switch (compiled.kind) {
    case 'segment': {
      const check = compiled.check;
      const spelling = view.spelling();
      const { segment } = spelling;
      if (segment === undefined) return fail(verdict, view.missing('segment'));
      if ((check.mask & spelling.bits) !== 0) return true;
      // By the spelling shown: "Scaled CSM (Scale)" and "Scale" are worded apart.
      const spelled = spelling.spelled ?? null;
      const said = spelling.reasons[names.sourceIndex];
      return fail(verdict, said[compiled.slot] ??= Object.freeze([
        `${names.label.segment} is ${spelled === null ? 'empty' : spelled === segment ? segment : `${spelled} (${segment})`}; this program is for ${check.listed} only`,
      ]));
    }
    case 'has-date': {
      const { field, index } = compiled.check;
      const day = view.dayAt(index);
      if (day === undefined) return fail(verdict, view.missing(field));
      if (day !== null) return true;
      return fail(verdict, reasons.get(null) ?? reasons.add(null, DATE_PHRASES[field].none(names.label[field])));
    }
    case 'has-closed-lost': {
      const latest = latestClosedLost(account.opportunities);
      if (!latest) return fail(verdict, NO_CLOSED_LOST);
      if (latest.closeDate !== null) return true;
      return fail(verdict, { field: 'opportunities', label: 'Close Date', message: `Close Date of the closed-lost opportunity "${latest.name}" is empty` });
    }
    case 'has-event-registrations':
      return fail(verdict, EVENTS_MISSING);
    case 'has-event-date':
      return eventDateInto(compiled, today, setup, verdict);
    case 'one-of': {
      const check = compiled.check;
      const value = check.read(account.fields);
      if (value === undefined || (value !== null && typeof value !== 'string')) return fail(verdict, view.missing(check.field));
      if (oneOf(check.values, value)) return true;
      return fail(verdict, reasons.get(value) ?? reasons.add(value,
        `${names.label[check.field]} is ${value ?? 'empty'}; this program needs ${check.values.join(' or ')}`));
    }
    case 'compare': {
      const check = compiled.check;
      const value = view.number(check.field, check.read(account.fields));
      if (value === undefined) return fail(verdict, view.missing(check.field));
      if (compares(value, check.op, check.value)) return true;
      return fail(verdict, reasons.get(value) ?? reasons.add(value,
        `${names.label[check.field]} is ${value === null ? 'empty' : show(check.field, value)}; this program needs ${COMPARE_WORDS[check.op]} ${show(check.field, check.value)}`));
    }
    case 'flag': {
      const check = compiled.check;
      const value = check.read(account.fields);
      if (value === undefined || (value !== null && typeof value !== 'boolean')) return fail(verdict, view.missing(check.field));
      if (value === check.value) return true;
      return fail(verdict, reasons.get(value) ?? reasons.add(value, `${names.label[check.field]} is ${yesNo(value)}; this program needs ${yesNo(check.value)}`));
    }
    case 'age':
      return ageInto(compiled, view, today, setup, verdict);
    case 'enrolled':
      return enrolledInto(compiled, view, verdict);
    case 'any-of': {
      const inner: Verdict = { reasons: [], missing: [] };
      for (const child of compiled.check.conditions) if (checkInto(child, view, today, setup, inner)) return true;
      // None qualifies: it is unknown while any of them cannot be decided, else each reason stands.
      if (inner.missing.length) verdict.missing.push(...inner.missing);
      else fail(verdict, [inner.reasons.join('; and ')]);
      return false;
    }
  }
}

/**
 * Whether a check passes, by its quick test alone: most checks pass, and need none of the general
 * evaluator's words. false when it fails, or when only checkInto can tell (it is then asked).
 */
function passes(compiled: CompiledCheck, view: AccountView, today: number, setup: Setup): boolean {
  switch (compiled.kind) {
    case 'segment': return (compiled.check.mask & view.segmentBits()) !== 0;
    case 'has-date': return typeof view.dayAt(compiled.check.index) === 'number';
    // Decided once a day (checkInto); until then, not known here.
    case 'has-event-date': return setup.today!.events[compiled.slot] === null;
    case 'one-of': return oneOf(compiled.check.values, compiled.check.read(view.account.fields));
    case 'compare': {
      const { check } = compiled;
      return compares(view.number(check.field, check.read(view.account.fields)), check.op, check.value);
    }
    case 'flag': return compiled.check.read(view.account.fields) === compiled.check.value;
    case 'age': {
      const since = view.dayAt(compiled.check.index);
      return typeof since === 'number' && ageProblems(compiled.check, since, today, setup) === 0;
    }
    case 'enrolled': return view.account.contacts !== undefined && view.enrolled(compiled.check.key).length > 0;
    case 'any-of': {
      for (const child of compiled.check.conditions) if (passes(child, view, today, setup)) return true;
      return false;
    }
    default: return false;
  }
}

/** The last reason list a check failed with, so a single failure hands on its shared list. */
const last: { reason: readonly string[] | null } = { reason: null };

function fail(verdict: Verdict, outcome: readonly string[] | MissingField): false {
  if (isReason(outcome)) {
    verdict.reasons.push(outcome[0]!);
    last.reason = outcome;
  } else {
    verdict.missing.push(outcome);
  }
  return false;
}

const isReason = (outcome: readonly string[] | MissingField): outcome is readonly string[] => Array.isArray(outcome);

/** Most checks pass: failures are gathered here, and only copied out when there are some. */
const scratch: { reasons: string[]; missing: MissingField[] } = { reasons: [], missing: [] };

export type Eligibility = 'eligible' | 'not-eligible' | 'unknown';

/**
 * Whether every check passes; when not, failedReasons() lists every failing check and missingFields()
 * everything that could not be decided (read them before the next call). A known failure wins over missing
 * data: "not eligible" is certain whatever the missing field holds.
 */
export function checkEligibility(checks: readonly CompiledCheck[], view: AccountView, today: number, setup: Setup): Eligibility {
  // Emptied by pop: setting an array's length is a runtime call, and this runs for every program of every account.
  while (scratch.reasons.length > 0) scratch.reasons.pop();
  while (scratch.missing.length > 0) scratch.missing.pop();
  last.reason = null;
  let passed = true;
  for (let i = 0; i < checks.length; i++) {
    const check = checks[i]!;
    if (!passes(check, view, today, setup) && !checkInto(check, view, today, setup, scratch)) passed = false;
  }
  if (passed) return 'eligible';
  return scratch.reasons.length > 0 ? 'not-eligible' : 'unknown';
}

/** The reasons of the last checkEligibility: one reason (the usual case) is a list shared by every account failing so. */
export function failedReasons(): readonly string[] {
  const { reasons } = scratch;
  return reasons.length === 1 && last.reason !== null && last.reason[0] === reasons[0] ? last.reason : reasons.slice();
}

/**
 * The one thing the last checkEligibility could not decide on, when it is one shared by every account
 * missing it (frozen: said the same for all of them); null otherwise.
 */
export function sharedMissing(): MissingField | null {
  const { missing } = scratch;
  return missing.length === 1 && Object.isFrozen(missing[0]) ? missing[0]! : null;
}

export function missingFields(): readonly MissingField[] {
  return scratch.missing.length ? scratch.missing.slice() : NO_MISSING;
}
