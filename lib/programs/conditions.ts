/**
 * The one evaluator for every program's checks. Programs differ only in the data they hand it.
 * A check passes, fails with a reason in words, or cannot be decided because a field is missing.
 */
import type { Contact, Opportunity } from '../accounts/account';
import { addMonthsToDay } from '../dates/days';
import type { AccountView } from './account-view';
import { remember, type CompiledCheck } from './compile';
import { FIELD_LABELS, PERCENT_FIELDS, DATE_PHRASES, describeDateFromToday, plural } from './fields';
import type { MissingField } from './plan';
import type { Comparison } from './types';

export interface Verdict {
  reasons: string[];
  missing: MissingField[];
}

const COMPARE_WORDS: Readonly<Record<Comparison, string>> = {
  '<': 'less than', '<=': 'at most', '>': 'more than', '>=': 'at least',
};

const CONTACTS_MISSING: MissingField = { field: 'contacts', label: 'Contacts', message: 'Contacts could not be read' };
const EVENTS_MISSING: MissingField = {
  field: 'eventRegistrations',
  label: 'Event registrations',
  message: "Event registrations and attendance are not part of the account snapshot; check the event's attendee list",
};

const CLOSED_LOST = /closed\s*lost/i;

export const isClosedLost = (opportunity: Opportunity): boolean => CLOSED_LOST.test(opportunity.stage ?? '');

/** The most recent Closed Lost opportunity; those without a close date come last. */
export function latestClosedLost(opportunities: readonly Opportunity[]): Opportunity | undefined {
  let latest: Opportunity | undefined;
  for (const opportunity of opportunities) {
    if (!isClosedLost(opportunity)) continue;
    if (!latest || (opportunity.closeDate ?? '') > (latest.closeDate ?? '')) latest = opportunity;
  }
  return latest;
}

function compare(value: number, op: Comparison, limit: number): boolean {
  switch (op) {
    case '<': return value < limit;
    case '<=': return value <= limit;
    case '>': return value > limit;
    case '>=': return value >= limit;
  }
}

const show = (field: keyof typeof FIELD_LABELS, value: number): string =>
  PERCENT_FIELDS.has(field) ? `${value}%` : `${value}`;

const yesNo = (value: boolean | null): string => (value === null ? 'empty' : value ? 'Yes' : 'No');

const ageWindow = (minDays?: number, maxDays?: number): string =>
  minDays !== undefined && maxDays !== undefined ? `days ${minDays}–${maxDays}`
    : minDays !== undefined ? `day ${minDays} onward` : `the first ${plural(maxDays ?? 0, 'day')}`;

/** Enablement Enrollment values are typed by hand in picklists: compare ignoring case and stray spaces. */
export function isEnrolled(contact: Contact, campaign: string): boolean {
  const wanted = campaign.trim().toLowerCase();
  return contact.enablementEnrollment.some((value) => value.trim().toLowerCase() === wanted);
}

/** undefined: passes; a string: the reason it fails; a MissingField: cannot tell. */
function evaluateCheck(compiled: CompiledCheck, view: AccountView, today: number): string | MissingField | undefined {
  const { account } = view;
  const { reasons } = compiled;
  switch (compiled.kind) {
    case 'segment': {
      const check = compiled.check;
      const segment = account.fields.segment;
      if (segment === undefined || (segment !== null && typeof segment !== 'string')) return view.missing('segment');
      if (segment !== null && check.segments.has(segment)) return undefined;
      return reasons.get(segment) ?? remember(reasons, segment, `Segment is ${segment ?? 'empty'}; this program is for ${check.listed} only`);
    }
    case 'has-date': {
      const check = compiled.check;
      const day = view.day(check.field);
      if (day === undefined) return view.missing(check.field);
      return day === null ? DATE_PHRASES[check.field].none : undefined;
    }
    case 'has-closed-lost': {
      const latest = latestClosedLost(account.opportunities);
      if (!latest) return 'No closed-lost opportunity';
      return latest.closeDate === null
        ? { field: 'opportunities', label: 'Close Date', message: `Close Date of the closed-lost opportunity "${latest.name}" is empty` }
        : undefined;
    }
    case 'has-event-registrations':
      return EVENTS_MISSING;
    case 'one-of': {
      const check = compiled.check;
      const value = account.fields[check.field];
      if (value === undefined || (value !== null && typeof value !== 'string')) return view.missing(check.field);
      if (value !== null && (check.values as readonly string[]).includes(value)) return undefined;
      return reasons.get(value) ?? remember(reasons, value, `${FIELD_LABELS[check.field]} is ${value ?? 'empty'}; this program needs ${check.values.join(' or ')}`);
    }
    case 'compare': {
      const check = compiled.check;
      const value = account.fields[check.field];
      if (value === undefined || (value !== null && !Number.isFinite(value))) return view.missing(check.field);
      if (value !== null && compare(value, check.op, check.value)) return undefined;
      return reasons.get(value) ?? remember(reasons, value,
        `${FIELD_LABELS[check.field]} is ${value === null ? 'empty' : show(check.field, value)}; this program needs ${COMPARE_WORDS[check.op]} ${show(check.field, check.value)}`);
    }
    case 'flag': {
      const check = compiled.check;
      const value = account.fields[check.field];
      if (value === undefined || (value !== null && typeof value !== 'boolean')) return view.missing(check.field);
      if (value === check.value) return undefined;
      return reasons.get(value) ?? remember(reasons, value, `${FIELD_LABELS[check.field]} is ${yesNo(value)}; this program needs ${yesNo(check.value)}`);
    }
    case 'age': {
      const check = compiled.check;
      const since = view.day(check.field);
      if (since === undefined) return view.missing(check.field);
      if (since === null) return DATE_PHRASES[check.field].none;
      const age = today - since;
      const { minDays, maxDays, underYears } = check;
      const outsideDays = (minDays !== undefined && age < minDays) || (maxDays !== undefined && age > maxDays);
      // An anniversary is a calendar test (leap days), not a day count.
      const pastYears = underYears !== undefined && today >= addMonthsToDay(since, 12 * underYears);
      if (!outsideDays && !pastYears) return undefined;
      const key = age * 2 + (pastYears ? 1 : 0);
      const known = reasons.get(key);
      if (known !== undefined) return known;
      const problems: string[] = [];
      if (outsideDays) problems.push(`this program is for ${ageWindow(minDays, maxDays)}`);
      if (pastYears) problems.push(`this program is for the first ${plural(underYears, 'year')}`);
      return remember(reasons, key, `${describeDateFromToday(check.field, age)}; ${problems.join('; ')}`);
    }
    case 'enrolled': {
      const check = compiled.check;
      const contacts = account.contacts;
      if (contacts === undefined) return CONTACTS_MISSING;
      if (contacts.some((c) => isEnrolled(c, check.campaign))) return undefined;
      return reasons.get(null) ?? remember(reasons, null, `No contact is enrolled in ${check.campaign} (Enablement Enrollment)`);
    }
  }
}

/** null when every check passes. Every failing check is listed, and every field that could not be read. */
export function checkEligibility(checks: readonly CompiledCheck[], view: AccountView, today: number): Verdict | null {
  let verdict: Verdict | null = null;
  for (const check of checks) {
    const outcome = evaluateCheck(check, view, today);
    if (outcome === undefined) continue;
    verdict ??= { reasons: [], missing: [] };
    if (typeof outcome === 'string') verdict.reasons.push(outcome);
    else verdict.missing.push(outcome);
  }
  return verdict;
}
