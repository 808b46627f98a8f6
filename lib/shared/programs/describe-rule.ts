/**
 * A program's rule in words, from the catalog data itself, for Options → Programs to show beside the
 * seed sentences it rests on: so what the engine does and what the seed says can be read side by side.
 */
import type { AccountFieldKey } from '../accounts/registry';
import { PERCENT_FIELDS } from '../accounts/registry';
import { plural } from './fields';
import type { Catalog, Condition, Program, RecipientPolicy } from './types';

type Labels = Readonly<Record<AccountFieldKey, string>>;

const ORDINALS = ['', '1st', '2nd', '3rd', '4th', '5th'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const list = (items: readonly string[], last = 'and'): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)!}`;

function when(program: Program, labels: Labels): string {
  const { trigger } = program;
  switch (trigger.kind) {
    case 'anchor': {
      const { offsetDays: o, windowDays: w } = trigger;
      const anchor = labels[trigger.anchor];
      if (o < 0) return `${-o} days before ${anchor}${w ? `, or up to ${plural(w, 'day')} later` : ''}`;
      return `Day ${o} from ${anchor}${w ? `, or up to day ${o + w}` : ''}`;
    }
    case 'monthly': {
      const months = trigger.months ? ` in ${list(trigger.months.map((m) => MONTHS[m - 1] ?? String(m)))}` : '';
      const late = trigger.windowDays ? `, or up to ${plural(trigger.windowDays, 'day')} later` : '';
      return `The ${ORDINALS[trigger.nth] ?? `${trigger.nth}th`} ${capital(trigger.weekday)} of each month${months}${late}${trigger.oncePerAccount ? ', once per account' : ''}`;
    }
    case 'every-months':
      return `Every ${plural(trigger.months, 'month')} from ${labels[trigger.anchor]}, due for ${plural(trigger.windowDays, 'day')} each time`;
    case 'when-eligible':
      return 'As soon as its conditions hold';
    case 'closed-lost':
      return `Within ${plural(trigger.windowDays, 'day')} of the latest Closed Lost opportunity's close date`;
    case 'event-registration':
      return `Within ${plural(trigger.withinHours, 'hour')} after an event, to those who registered or attended`;
    case 'event':
      return `From ${plural(trigger.inviteDays, 'day')} before each ${trigger.name} until its day (dates under Event dates)`;
  }
}

function condition(c: Condition, labels: Labels): string {
  switch (c.kind) {
    case 'one-of':
      return `${labels[c.field]} is ${list(c.values, 'or')}`;
    case 'compare': {
      const unit = PERCENT_FIELDS.has(c.field) ? '%' : '';
      const words = { '<': 'under', '<=': 'at most', '>': 'over', '>=': 'at least' }[c.op];
      return `${labels[c.field]} ${words} ${c.value}${unit}`;
    }
    case 'flag':
      return `${labels[c.field]} is ${c.value ? 'Yes' : 'No'}`;
    case 'age': {
      const parts: string[] = [];
      if (c.minDays !== undefined || c.maxDays !== undefined) {
        parts.push(c.minDays !== undefined && c.maxDays !== undefined ? `days ${c.minDays}–${c.maxDays}` : c.minDays !== undefined ? `from day ${c.minDays}` : `within ${plural(c.maxDays ?? 0, 'day')}`);
      }
      if (c.underYears !== undefined) parts.push(`within the first ${plural(c.underYears, 'year')}`);
      return `${list(parts)} from ${labels[c.field]}`;
    }
    case 'enrolled':
      return `a contact's Enablement Enrollment lists ${c.campaign}`;
    case 'any-of':
      return `either ${c.conditions.map((inner) => condition(inner, labels)).join(', or ')}`;
  }
}

export function recipientsRule(policy: RecipientPolicy, adminRole: string): string {
  const parts: string[] = [];
  if (policy.admins) parts.push(`${adminRole} contacts`);
  if (policy.soldTo === 'always') parts.push('the Sold-To contact');
  if (policy.saasOwnersMaintainers) parts.push('on SaaS, Owners and Maintainers');
  if (policy.enrollment) parts.push(`contacts enrolled in ${policy.enrollment}`);
  let text = parts.length ? `To ${list(parts)}` : 'To those who registered or attended';
  if (policy.soldTo === 'if-no-admin') {
    const except = policy.adminRequiredSegments?.length ? ` (not on ${list(policy.adminRequiredSegments)} accounts, which require one)` : '';
    text += `; the Sold-To contact when there is no ${adminRole}${except}`;
  }
  if (policy.soldTo === 'never' && policy.admins) text += '; never the Sold-To contact';
  return text;
}

/** The rule in a few short lines: who, when, on what condition, to whom. */
export function describeRule(program: Program, catalog: Catalog, labels: Labels, adminRole: string): string[] {
  const lines = [
    program.segments.length === 3 ? 'All segments' : `Segments: ${list(program.segments)}`,
    when(program, labels),
  ];
  if (program.conditions.length) lines.push(`When ${program.conditions.map((c) => condition(c, labels)).join('; and ')}`);
  for (const exclusion of program.exclusions) {
    const other = catalog.programs.find((p) => p.id === exclusion.programId);
    lines.push(`Not while ${other?.name ?? exclusion.programId} runs for the account`);
  }
  lines.push(recipientsRule(program.recipients, adminRole));
  if (program.pilot) lines.push(`Not to accounts whose ${labels.controlGroup} says Yes`);
  return lines;
}
