/**
 * Work done once per catalog rather than once per account: lookups, the list of checks each program
 * runs, shared recipient policies. Catalogs are treated as immutable values; the compiled form is cached
 * per catalog object.
 */
import { SEGMENTS, type Segment } from '../accounts/account';
import type { Weekday } from '../dates/days';
import { programLogNames, stepLookup, type HistoryIndex } from './history';
import {
  WEEKDAY_NAMES, type Catalog, type Category, type Condition, type DateField, type Program, type RecipientPolicy,
  type Step, type Trigger,
} from './types';

/** One test a program's eligibility needs: its segment, what its trigger implies, then its conditions. */
export type Check =
  | { kind: 'segment'; segments: ReadonlySet<string>; listed: string }
  | { kind: 'has-date'; field: DateField }
  | { kind: 'has-closed-lost' }
  | { kind: 'has-event-registrations' }
  | Condition;

/** Reasons repeat across accounts (the same segment, the same age): each is built once per check and value. */
export type ReasonKey = string | number | boolean | null;
export type ReasonMemo = Map<ReasonKey, string>;

/** Missed-window reasons are kept for anchors up to about eleven years back. */
export const MISSED_DAYS = 4096;

/** Keeps a memo from growing without bound on data with many distinct values. */
const MEMO_LIMIT = 4096;

export function remember(memo: ReasonMemo, key: ReasonKey, reason: string): string {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, reason);
  return reason;
}

/**
 * A check with its kind copied to the outside: every wrapper has one shape, so the evaluator's switch reads
 * `kind` from a single hidden class instead of one per condition type.
 */
export type CompiledCheck = {
  [K in Check['kind']]: { kind: K; check: Extract<Check, { kind: K }>; reasons: ReasonMemo };
}[Check['kind']];

const compileCheck = (check: Check): CompiledCheck =>
  ({ kind: check.kind, check, reasons: new Map() }) as CompiledCheck; // kind is copied from check itself

/** The trigger in the same kind of one-shape wrapper. */
export type CompiledTrigger = {
  [K in Trigger['kind']]: { kind: K; trigger: Extract<Trigger, { kind: K }> };
}[Trigger['kind']];

export interface CompiledPolicy extends RecipientPolicy {
  /** Surveys and newsletters get the fixed "no admin" explanation. */
  surveyOrNewsletter: boolean;
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
  checks: CompiledCheck[];
  /** Missed-window reasons by whole days since the anchor: an array slot is cheaper than a map entry. */
  missedByDays: (string | undefined)[];
  exclusions: number[];
  policyIndex: number;
  /** A/B tested: every program that only digital segments receive. */
  abTested: boolean;
  /** Day offsets between consecutive steps, from the step before. */
  stepGaps: number[];
}

export interface CompiledCatalog extends HistoryIndex {
  catalog: Catalog;
  programs: CompiledProgram[];
  policies: CompiledPolicy[];
}

const DIGITAL: ReadonlySet<Segment> = new Set<Segment>(['Tech Touch', 'Scale']);
const SURVEY_LIKE: ReadonlySet<Category> = new Set<Category>(['survey', 'newsletter']);

function impliedByTrigger(trigger: Trigger): Check[] {
  switch (trigger.kind) {
    case 'anchor':
    case 'every-months':
      return [{ kind: 'has-date', field: trigger.anchor }];
    case 'closed-lost':
      return [{ kind: 'has-closed-lost' }];
    case 'event-registration':
      return [{ kind: 'has-event-registrations' }];
    case 'monthly':
    case 'when-eligible':
      return [];
  }
}

const listSegments = (segments: readonly string[]): string =>
  segments.length === 1 ? segments[0]! : `${segments.slice(0, -1).join(', ')} and ${segments.at(-1)!}`;

function compileProgram(program: Program, index: number, byId: ReadonlyMap<string, number>, policyIndex: number): CompiledProgram {
  const segments = new Set<string>(program.segments);
  const checks: Check[] = SEGMENTS.every((s) => segments.has(s))
    ? []
    : [{ kind: 'segment', segments, listed: listSegments(program.segments) }];
  checks.push(...impliedByTrigger(program.trigger), ...program.conditions);
  return {
    index,
    program,
    id: program.id,
    pilot: program.pilot,
    steps: program.steps,
    when: { kind: program.trigger.kind, trigger: program.trigger } as CompiledTrigger,
    weekday: program.trigger.kind === 'monthly' ? (WEEKDAY_NAMES.indexOf(program.trigger.weekday) as Weekday) : 0,
    checks: checks.map(compileCheck),
    missedByDays: new Array<string | undefined>(MISSED_DAYS),
    exclusions: program.exclusions.flatMap((e) => byId.get(e.programId) ?? []),
    policyIndex,
    abTested: program.segments.every((s) => DIGITAL.has(s)),
    stepGaps: program.steps.map((step, i) => step.offsetDays - (program.steps[i - 1]?.offsetDays ?? 0)),
  };
}

function compile(catalog: Catalog): CompiledCatalog {
  const programIndex = new Map(catalog.programs.map((p, i) => [p.id, i] as const));
  const policies: CompiledPolicy[] = [];
  const policyKeys = new Map<string, number>();
  const logNames = new Map<string, number[]>();
  const programs = catalog.programs.map((program, i) => {
    const policy: CompiledPolicy = { ...program.recipients, surveyOrNewsletter: SURVEY_LIKE.has(program.category) };
    const key = JSON.stringify([policy.admins, policy.soldTo, policy.saasOwnersMaintainers, policy.enrollment, policy.surveyOrNewsletter]);
    let policyIndex = policyKeys.get(key);
    if (policyIndex === undefined) {
      policyIndex = policies.push(policy) - 1;
      policyKeys.set(key, policyIndex);
    }
    for (const name of new Set(programLogNames(program))) {
      const list = logNames.get(name);
      if (list) list.push(i);
      else logNames.set(name, [i]);
    }
    return compileProgram(program, i, programIndex, policyIndex);
  });
  return { catalog, programs, policies, programIndex, logNames, stepIndex: catalog.programs.map(stepLookup) };
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
