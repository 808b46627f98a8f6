/**
 * The standard sandbox book as the engine decides it, account by account, in the words of My book's
 * lists: what the Chromium and the Firefox book tests compare the view with.
 */
import { gitlabAdmins, type Account } from '../../lib/shared/accounts/account';
import { addDays } from '../../lib/shared/dates/iso';
import { groupClassifier } from '../../lib/extension/reminders/groups';
import { workdayOf, type Calendar } from '../../lib/ui/book/queue/workdays';
import { localToday } from '../sandbox/dates';
import type { Sandbox } from '../sandbox/server';
import { asSalesforceShows, expectedPlan } from './expected-plans';

/** Digital Success owns the Tech Touch accounts: the standard book's one account without a GitLab Admin is among them. */
export const BOOK_USER = 'digital-success@gitlab.example';

/** Each row as `list | account | …`, sorted: the accounts with no CSM are Digital Success's book. */
export function expectedBookRows(sandbox: Sandbox): string[] {
  const today = localToday();
  const week = groupClassifier(today);
  const rows: string[][] = [];
  const accounts: Account[] = sandbox.state.accounts.filter((a) => !a.account.fields.csm).map(asSalesforceShows);
  for (const account of accounts) {
    const plan = expectedPlan(account, today);
    const to = (e: (typeof plan.entries)[number]) => e.recipients?.map((r) => r.contact.email ?? r.contact.name).join('; ') ?? 'unknown';
    for (const e of plan.entries) {
      if (e.state === 'due') rows.push(['Due today', account.name, e.program.name, e.nextStep.step.name, e.date, to(e)]);
      if (e.state === 'upcoming' && week(e.date) === 'week') rows.push(['Coming this week', account.name, e.program.name, e.nextStep.step.name, e.date, to(e)]);
    }
    if (account.contacts && !account.contactsIncomplete && gitlabAdmins(account).length === 0) {
      rows.push(['Without a GitLab Admin', account.name]);
      for (const w of plan.warnings) if (w.code === 'opportunity-needs-admin' && w.severity === 'blocking') rows.push(['Deals blocked by a missing admin', account.name, w.opportunity?.closeDate ?? '']);
    }
  }
  return rows.map((r) => r.join(' | ')).sort();
}

/** How many rows of one list the view should count in its heading. */
export function countOf(rows: readonly string[], list: string): number {
  return rows.filter((r) => r.startsWith(`${list} | `)).length;
}

export type QueueSectionName = 'Overdue' | 'Today' | 'This week';

/**
 * The morning queue's sections before anything is done, from the engine's due and coming rows: each row
 * due on the CSM's workday (as `calendar` sets), Overdue before today, then Today, then within 7 days.
 */
export function expectedQueue(sandbox: Sandbox, calendar: Calendar): { section: QueueSectionName; account: string; program: string; step: string; date: string; dueOn: string; to: string }[] {
  const today = localToday();
  const weekEnd = addDays(today, 7);
  const rows = expectedBookRows(sandbox).filter((r) => r.startsWith('Due today | ') || r.startsWith('Coming this week | '));
  return rows.flatMap((r) => {
    const [, account, program, step, date, to] = r.split(' | ') as [string, string, string, string, string, string];
    const dueOn = workdayOf(calendar, date);
    const section: QueueSectionName | null = dueOn < today ? 'Overdue' : dueOn === today ? 'Today' : dueOn <= weekEnd ? 'This week' : null;
    return section ? [{ section, account, program, step, date, dueOn, to }] : [];
  });
}
