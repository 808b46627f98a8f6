/**
 * Work done once per catalog rather than once per account: lookups, the list of checks each program
 * runs, shared recipient policies. Catalogs are treated as immutable values; the compiled form is cached
 * per catalog object. What depends on the user's settings as well (words naming fields) is in setup.ts.
 */
import { SEGMENTS, type Segment } from '../accounts/account';
import type { Weekday } from '../dates/days';
import { dateIndex, enrollmentKey } from './account-view';
import { FIELD_READERS, type FieldReader } from './field-readers';
import { segmentBit } from './segments';
import { programLogNames, stepLookup, type HistoryIndex } from './history';
import {
  WEEKDAY_NAMES, type Catalog, type Category, type Condition, type DateField, type Program, type RecipientPolicy,
  type Step, type Trigger,
} from './types';

/** One test a program's eligibility needs: its segment, what its trigger implies, then its conditions. */
export type Check =
  /** `mask`: the segments as bits (segmentBit), so the test is one AND. */
  | { kind: 'segment'; mask: number; listed: string }
  /** `index`: the field's dateIndex (account-view.ts). */
  | { kind: 'has-date'; field: DateField; index: number }
  | { kind: 'has-closed-lost' }
  | { kind: 'has-event-registrations' }
  | { kind: 'has-event-date'; event: string; name: string }
  | Exclude<Condition, { kind: 'any-of' | 'enrolled' | 'age' | 'one-of' | 'compare' | 'flag' }>
  /** `read`: the field's reader (field-readers.ts). */
  | (Extract<Condition, { kind: 'one-of' | 'compare' | 'flag' }> & { read: FieldReader })
  | (Extract<Condition, { kind: 'age' }> & { index: number })
  /** `key`: the campaign as enrollments are looked up (accounts/enrollment). */
  | { kind: 'enrolled'; campaign: string; key: string }
  | { kind: 'any-of'; conditions: CompiledCheck[] };

/**
 * A check with its kind copied to the outside: every wrapper has one shape, so the evaluator's switch reads
 * `kind` from a single hidden class instead of one per condition type. `slot` numbers the check within the
 * catalog, for the per-settings memo of its reasons (setup.ts).
 */
export type CompiledCheck = {
  [K in Check['kind']]: { kind: K; check: Extract<Check, { kind: K }>; slot: number };
}[Check['kind']];

/** The trigger in the same kind of one-shape wrapper. */
export type CompiledTrigger = {
  [K in Trigger['kind']]: { kind: K; trigger: Extract<Trigger, { kind: K }> };
}[Trigger['kind']];

export interface CompiledPolicy extends RecipientPolicy {
  index: number;
  /** Surveys get the fixed "no admin" explanation. */
  survey: boolean;
  adminRequired: ReadonlySet<string> | null;
  /** Sent only to the contacts enrolled in a campaign, so tracked per contact. */
  perContact: boolean;
  /** The campaign as enrollments are looked up; null without one. */
  enrollmentKey: string | null;
}

export interface CompiledProgram {
  index: number;
  program: Program;
  // Copied from the program: catalog objects come in several shapes, this record in one.
  id: string;
  pilot: boolean;
  steps: Step[];
  when: CompiledTrigger;
  /** For monthly triggers. */
  weekday: Weekday;
  /** For anchored triggers: the anchor's dateIndex, and the days from it to the start and the window after. */
  anchorIndex: number;
  offsetDays: number;
  windowDays: number;
  /**
   * Anchored, with no check but its segments and its anchor date, and no program it must not overlap: the
   * engine decides it on a short path when nothing was sent (Evaluation.anchored).
   */
  anchorOnly: boolean;
  /** The segments as bits (segmentBit); 0 when the program is for every segment, so has no segment check. */
  segmentMask: number;
  /** The check slots of an anchorOnly program's segment check (-1: none) and anchor date check. */
  segmentSlot: number;
  anchorSlot: number;
  /**
   * Sent only to enrolled contacts and checked only for its segments and the enrollment: on an account
   * whose full contact list has nobody enrolled, its entry depends on nothing but the segment as spelled.
   */
  enrolledOnly: boolean;
  /**
   * Follows up event registrations and is checked for nothing else but its segments: registrations are not
   * in the snapshot, so with nothing sent its entry too depends on nothing but the segment as spelled.
   */
  registrantsOnly: boolean;

  checks: CompiledCheck[];
  exclusions: number[];
  policy: CompiledPolicy;
  /** Follows up on event registrations: its recipients are the registrants, not in the snapshot. */
  registrants: boolean;
  /**
   * Follows a lost deal (the post-churn survey): the one kind of program a churned account still gets, as
   * seed 001's "Opportunity marked Closed-Lost, Active Subscription = 0" row gives it.
   */
  afterChurn: boolean;
  /** A/B tested: every program that only digital segments receive. */
  abTested: boolean;
  /** Day offsets between consecutive steps, from the step before. */
  stepGaps: number[];
}

export interface CompiledCatalog extends HistoryIndex {
  catalog: Catalog;
  programs: CompiledProgram[];
  policies: CompiledPolicy[];
  /** How many check slots the catalog's checks number (setup.ts keeps one memo per slot). */
  checkSlots: number;
}

const DIGITAL: ReadonlySet<Segment> = new Set<Segment>(['Tech Touch', 'Scale']);
const SURVEYS: ReadonlySet<Category> = new Set<Category>(['survey']);

function impliedByTrigger(trigger: Trigger): SourceCheck[] {
  switch (trigger.kind) {
    case 'anchor':
    case 'every-months':
      return [{ kind: 'has-date', field: trigger.anchor }];
    case 'closed-lost':
      return [{ kind: 'has-closed-lost' }];
    case 'event-registration':
      return [{ kind: 'has-event-registrations' }];
    case 'event':
      return [{ kind: 'has-event-date', event: trigger.event, name: trigger.name }];
    case 'monthly':
    case 'when-eligible':
      return [];
  }
}

const listSegments = (segments: readonly string[]): string =>
  segments.length === 1 ? segments[0]! : `${segments.slice(0, -1).join(', ')} and ${segments.at(-1)!}`;

/** A check as written: what a trigger implies, or a catalog condition. */
type SourceCheck = Exclude<Check, { kind: 'any-of' | 'enrolled' | 'age' | 'has-date' }> | { kind: 'has-date'; field: DateField } | Condition;

/** Numbers every check, nested ones too, so each has its own memo slot. */
class CheckCompiler {
  slots = 0;

  compile(check: SourceCheck): CompiledCheck {
    const slot = this.slots++;
    const inner: Check = check.kind === 'any-of'
      ? { kind: 'any-of', conditions: check.conditions.map((c) => this.compile(c)) }
      : check.kind === 'enrolled' ? { kind: 'enrolled', campaign: check.campaign, key: enrollmentKey(check.campaign) }
        : check.kind === 'age' || check.kind === 'has-date' ? { ...check, index: dateIndex(check.field) }
          : check.kind === 'one-of' || check.kind === 'compare' || check.kind === 'flag' ? { ...check, read: FIELD_READERS[check.field] } : check;
    return { kind: inner.kind, check: inner, slot } as CompiledCheck; // kind is copied from the check itself
  }
}

/** The categories seed 001's control group may miss: onboarding or enablement content (adoption is enablement). */
const CONTROL_GROUP_CONTENT: ReadonlySet<Category> = new Set<Category>(['onboarding', 'enablement', 'adoption']);

function compileProgram(
  program: Program, index: number, byId: ReadonlyMap<string, number>, policy: CompiledPolicy, checks: CheckCompiler,
): CompiledProgram {
  const segments = new Set<string>(program.segments);
  const segmentMask = program.segments.reduce((bits, s) => bits | segmentBit(s), 0);
  const list: SourceCheck[] = SEGMENTS.every((s) => segments.has(s))
    ? []
    : [{ kind: 'segment', mask: segmentMask, listed: listSegments(program.segments) }];
  list.push(...impliedByTrigger(program.trigger), ...program.conditions);
  const compiledChecks = list.map((check) => checks.compile(check));
  return {
    index,
    program,
    id: program.id,
    // Seed 001 names what a control group misses: "onboarding or enablement content during pilot programs".
    pilot: program.pilot && CONTROL_GROUP_CONTENT.has(program.category),
    steps: program.steps,
    when: { kind: program.trigger.kind, trigger: program.trigger } as CompiledTrigger,
    weekday: program.trigger.kind === 'monthly' ? (WEEKDAY_NAMES.indexOf(program.trigger.weekday) as Weekday) : 0,
    anchorIndex: program.trigger.kind === 'anchor' || program.trigger.kind === 'every-months' ? dateIndex(program.trigger.anchor) : -1,
    offsetDays: program.trigger.kind === 'anchor' ? program.trigger.offsetDays : 0,
    windowDays: program.trigger.kind === 'anchor' ? program.trigger.windowDays : 0,
    anchorOnly: program.trigger.kind === 'anchor' && program.conditions.length === 0 && program.exclusions.length === 0,
    segmentMask: list[0]?.kind === 'segment' ? segmentMask : 0,
    segmentSlot: compiledChecks.find((c) => c.kind === 'segment')?.slot ?? -1,
    anchorSlot: compiledChecks.find((c) => c.kind === 'has-date')?.slot ?? -1,
    enrolledOnly: policy.perContact && program.exclusions.length === 0 && !program.pilot
      && list.every((check) => check.kind === 'segment' || (check.kind === 'enrolled' && check.campaign === program.recipients.enrollment)),
    registrantsOnly: program.trigger.kind === 'event-registration' && program.conditions.length === 0 && program.exclusions.length === 0
      && !program.pilot,
    checks: compiledChecks,
    exclusions: program.exclusions.flatMap((e) => byId.get(e.programId) ?? []),
    policy,
    registrants: program.trigger.kind === 'event-registration',
    afterChurn: program.trigger.kind === 'closed-lost',
    abTested: program.segments.every((s) => DIGITAL.has(s)),
    stepGaps: program.steps.map((step, i) => step.offsetDays - (program.steps[i - 1]?.offsetDays ?? 0)),
  };
}

/** Every policy in one shape (the catalog's objects may or may not carry the optional fields). */
function compilePolicy(program: Program, index: number): CompiledPolicy {
  const { recipients } = program;
  return {
    admins: recipients.admins,
    soldTo: recipients.soldTo,
    saasOwnersMaintainers: recipients.saasOwnersMaintainers,
    enrollment: recipients.enrollment,
    adminRequiredSegments: recipients.adminRequiredSegments,
    index,
    survey: SURVEYS.has(program.category),
    adminRequired: recipients.adminRequiredSegments?.length ? new Set(recipients.adminRequiredSegments) : null,
    perContact: recipients.enrollment !== undefined && !recipients.admins && recipients.soldTo === 'never' && !recipients.saasOwnersMaintainers,
    enrollmentKey: recipients.enrollment === undefined ? null : enrollmentKey(recipients.enrollment),
  };
}

function compile(catalog: Catalog): CompiledCatalog {
  const programIndex = new Map(catalog.programs.map((p, i) => [p.id, i] as const));
  const policies: CompiledPolicy[] = [];
  const policyKeys = new Map<string, CompiledPolicy>();
  const logNames = new Map<string, number[]>();
  const checks = new CheckCompiler();
  const programs = catalog.programs.map((program, i) => {
    const r = program.recipients;
    const key = JSON.stringify([r.admins, r.soldTo, r.saasOwnersMaintainers, r.enrollment, r.adminRequiredSegments, program.category === 'survey']);
    let policy = policyKeys.get(key);
    if (!policy) {
      policy = compilePolicy(program, policies.length);
      policies.push(policy);
      policyKeys.set(key, policy);
    }
    for (const name of new Set(programLogNames(program))) {
      const list = logNames.get(name);
      if (list) list.push(i);
      else logNames.set(name, [i]);
    }
    return compileProgram(program, i, programIndex, policy, checks);
  });
  return {
    catalog, programs, policies, programIndex, logNames, stepIndex: catalog.programs.map(stepLookup), checkSlots: checks.slots,
    stepCounts: catalog.programs.map((p) => p.steps.length),
    logNamesAsWritten: new Map(), stepsAsWritten: catalog.programs.map(() => new Map()),
  };
}

const cache = new WeakMap<Catalog, CompiledCatalog>();

export function compiled(catalog: Catalog): CompiledCatalog {
  let result = cache.get(catalog);
  if (!result) {
    result = compile(catalog);
    cache.set(catalog, result);
  }
  return result;
}
