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

const byName = (a: RowBase, b: RowBase) => a.account.name.localeCompare(b.account.name) || a.key.localeCompare(b.key);

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

export function bookLists(planned: Iterable<PlannedAccount>, today: IsoDate): BookLists {
  const due = new Map<string, ProgramGroup>();
  const lists: BookLists = { due: [], noAdmin: [], deals: [], upcoming: [], adminUnknown: 0 };
  const when = groupClassifier(today);
  for (const item of planned) {
    const { account, plan } = item;
    for (const entry of plan.entries) {
      const key = `${account.id}|${entry.programId}`;
      if (entry.state === 'due') {
        let group = due.get(entry.programId);
        if (!group) due.set(entry.programId, (group = { programId: entry.programId, programName: entry.program.name, rows: [] }));
        group.rows.push(stepRow(key, account, entry));
      } else if (entry.state === 'upcoming' && when(entry.date) === 'week') {
        lists.upcoming.push(stepRow(key, account, entry));
      }
    }
    if (item.admin === 'unknown') lists.adminUnknown++;
    const missing = noAdminRow(item);
    if (!missing) continue;
    lists.noAdmin.push(missing);
    for (const opportunity of missing.blockedDeals) lists.deals.push({ key: `${account.id}|${opportunity.id ?? opportunity.name}`, account, opportunity });
  }
  lists.due = [...due.values()].sort((a, b) => a.programName.localeCompare(b.programName));
  for (const group of lists.due) group.rows.sort(byName);
  lists.noAdmin.sort(worstFirst);
  lists.deals.sort((a, b) => (a.opportunity.closeDate ?? '9999').localeCompare(b.opportunity.closeDate ?? '9999') || byName(a, b));
  lists.upcoming.sort((a, b) => a.date.localeCompare(b.date) || byName(a, b));
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
