/**
 * The book's lists from the engine's plans, account by account: what is due today (by program), the
 * accounts without a GitLab Admin (worst first), the deals a missing admin blocks, and what comes in
 * the next seven days. Nothing here decides a rule: every row is an entry or a warning of `planAccount`.
 */
import type { Account, IsoDate, Opportunity } from '../../shared/accounts/account';
import { planAccount, type PlanInputs } from '../../shared/planning/plan-account';
import { adminVerdict, type AdminVerdict } from '../../shared/planning/verdict';
import type { DueEntry, Plan, PlanEntry, UpcomingEntry } from '../../shared/programs/plan';
import type { Program } from '../../shared/programs/types';
import { groupClassifier } from '../../extension/reminders/groups';

export interface PlannedAccount {
  account: Account;
  plan: Plan;
  admin: AdminVerdict;
}

export function planBookAccount(account: Account, inputs: PlanInputs): PlannedAccount {
  return { account, plan: planAccount(account, inputs), admin: adminVerdict(account, inputs.settings.salesforce.adminValue) };
}

/** Who an entry goes to, as the row shows it: each recipient's address, or name when it has none. */
export const recipientsOf = (entry: PlanEntry): string[] | null => entry.recipients?.map((r) => r.contact.email ?? r.contact.name) ?? null;

interface RowBase {
  /** Unique in its list; stable across refreshes. */
  key: string;
  account: Account;
}

/** A program's step for an account: due now, or coming in the next seven days. */
export interface StepRow extends RowBase {
  program: Program;
  step: { index: number; name: string };
  /** The day it became (or becomes) due. */
  date: IsoDate;
  recipients: string[] | null;
}

export type DueRow = StepRow;
export type UpcomingRow = StepRow;

export interface NoAdminRow extends RowBase {
  /** Programs that reach nobody until a contact is admin (surveys, CSM newsletters…), by name. */
  blockedPrograms: string[];
  /** Open deals of the approval types that need an admin. */
  blockedDeals: Opportunity[];
  soldTo: string[];
}

export interface DealRow extends RowBase {
  opportunity: Opportunity;
}

export interface ProgramGroup {
  programId: string;
  programName: string;
  rows: DueRow[];
}

export interface BookLists {
  due: ProgramGroup[];
  noAdmin: NoAdminRow[];
  deals: DealRow[];
  upcoming: UpcomingRow[];
  /** Accounts whose contacts could not all be read and show no admin: never listed as "without". */
  adminUnknown: number;
}

export const EMPTY_LISTS: BookLists = { due: [], noAdmin: [], deals: [], upcoming: [], adminUnknown: 0 };

const stepRow = (key: string, account: Account, entry: DueEntry | UpcomingEntry): StepRow => ({
  key, account, program: entry.program, step: { index: entry.nextStep.index, name: entry.nextStep.step.name }, date: entry.date, recipients: recipientsOf(entry),
});

/** localeCompare's order, from one collator: sorting thousands of rows calls it tens of thousands of times. */
const collate = new Intl.Collator().compare;
/** ISO dates (and the '9999' that puts an undated deal last) sort as plain text. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const byName = (a: RowBase, b: RowBase) => collate(a.account.name, b.account.name) || collate(a.key, b.key);

/**
 * On an account without an admin: a program held back for one, or one coming or due that has nobody to
 * go to (the engine gives it no recipient and says why) — what a GitLab Admin would unblock.
 */
function blockedByNoAdmin(entry: PlanEntry): boolean {
  if (entry.state === 'held-back') return entry.fix === 'make-admin';
  return (entry.state === 'due' || entry.state === 'upcoming') && entry.recipients !== null && entry.recipients.length === 0;
}

function noAdminRow({ account, plan, admin }: PlannedAccount): NoAdminRow | null {
  // "no" only when the whole contact list was read: a partial list never proves an account has none.
  if (admin !== 'no') return null;
  return {
    key: account.id,
    account,
    blockedPrograms: plan.entries.filter(blockedByNoAdmin).map((e) => e.program.name),
    blockedDeals: plan.warnings.flatMap((w) => (w.code === 'opportunity-needs-admin' && w.severity === 'blocking' && w.opportunity ? [w.opportunity] : [])),
    soldTo: (account.contacts ?? []).filter((c) => c.soldTo).map((c) => c.name),
  };
}

/** Worst first: the accounts whose missing admin blocks deals, then the most programs, then by name. */
function worstFirst(a: NoAdminRow, b: NoAdminRow): number {
  return b.blockedDeals.length - a.blockedDeals.length || b.blockedPrograms.length - a.blockedPrograms.length || byName(a, b);
}

interface Contribution {
  today: IsoDate;
  due: StepRow[];
  upcoming: StepRow[];
  noAdmin: NoAdminRow | null;
  deals: DealRow[];
}

/**
 * What one planned account adds to the lists, kept with it: after a send only the accounts planned
 * again make new rows, and the lists of a 5,000-account book are put together, not re-derived.
 */
const contributions = new WeakMap<PlannedAccount, Contribution>();

function contributionOf(item: PlannedAccount, today: IsoDate, when: ReturnType<typeof groupClassifier>): Contribution {
  const kept = contributions.get(item);
  if (kept && kept.today === today) return kept;
  const { account, plan } = item;
  const made: Contribution = { today, due: [], upcoming: [], noAdmin: noAdminRow(item), deals: [] };
  for (const entry of plan.entries) {
    const key = `${account.id}|${entry.programId}`;
    if (entry.state === 'due') made.due.push(stepRow(key, account, entry));
    else if (entry.state === 'upcoming' && when(entry.date) === 'week') made.upcoming.push(stepRow(key, account, entry));
  }
  for (const opportunity of made.noAdmin?.blockedDeals ?? []) made.deals.push({ key: `${account.id}|${opportunity.id ?? opportunity.name}`, account, opportunity });
  contributions.set(item, made);
  return made;
}

export function bookLists(planned: Iterable<PlannedAccount>, today: IsoDate): BookLists {
  const due = new Map<string, ProgramGroup>();
  const lists: BookLists = { due: [], noAdmin: [], deals: [], upcoming: [], adminUnknown: 0 };
  const when = groupClassifier(today);
  for (const item of planned) {
    const made = contributionOf(item, today, when);
    for (const row of made.due) {
      let group = due.get(row.program.id);
      if (!group) due.set(row.program.id, (group = { programId: row.program.id, programName: row.program.name, rows: [] }));
      group.rows.push(row);
    }
    lists.upcoming.push(...made.upcoming);
    if (item.admin === 'unknown') lists.adminUnknown++;
    if (made.noAdmin) lists.noAdmin.push(made.noAdmin);
    lists.deals.push(...made.deals);
  }
  lists.due = [...due.values()].sort((a, b) => collate(a.programName, b.programName));
  for (const group of lists.due) group.rows.sort(byName);
  lists.noAdmin.sort(worstFirst);
  lists.deals.sort((a, b) => byText(a.opportunity.closeDate ?? '9999', b.opportunity.closeDate ?? '9999') || byName(a, b));
  lists.upcoming.sort((a, b) => byText(a.date, b.date) || byName(a, b));
  return lists;
}

/** The words a row is found by: account, program, step, recipients, deal. */
function wordsOf(row: StepRow | NoAdminRow | DealRow): string {
  const parts = [row.account.name];
  if ('program' in row) parts.push(row.program.name, row.step.name, ...(row.recipients ?? []));
  if ('opportunity' in row) parts.push(row.opportunity.name, row.opportunity.type ?? '', row.opportunity.stage ?? '');
  if ('blockedPrograms' in row) parts.push(...row.blockedPrograms, ...row.soldTo);
  return parts.join('\n').toLowerCase();
}

/** Every word of the query must appear in the row (case-insensitive), as in the popup's filter. */
export function filterLists(lists: BookLists, query: string): BookLists {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return lists;
  const keep = <T extends StepRow | NoAdminRow | DealRow>(rows: T[]) => rows.filter((row) => words.every((w) => wordsOf(row).includes(w)));
  return {
    due: lists.due.map((g) => ({ ...g, rows: keep(g.rows) })).filter((g) => g.rows.length > 0),
    noAdmin: keep(lists.noAdmin),
    deals: keep(lists.deals),
    upcoming: keep(lists.upcoming),
    adminUnknown: lists.adminUnknown,
  };
}

export const dueCount = (lists: BookLists): number => lists.due.reduce((n, g) => n + g.rows.length, 0);
