/**
 * The one thing to do first on an account, for the top of the panel. A missing GitLab Admin that holds a
 * program back or keeps an open deal from approval comes first: nothing else it blocks can move until
 * then. Otherwise the oldest due send; otherwise nothing, with the next date.
 */
import type { Opportunity } from '../accounts/account';
import type { DueEntry, Plan, UpcomingEntry } from '../programs/plan';
import type { AdminVerdict } from './verdict';

export type NextAction =
  /** Make a contact the admin: these programs are held back and these open deals wait for it. */
  | { kind: 'make-admin'; heldBack: string[]; deals: Opportunity[] }
  /** Send this (the plan's oldest due). `soldTo`: it goes to the Sold-To contact, for want of an admin. */
  | { kind: 'send'; entry: DueEntry; soldTo: boolean }
  /** Nothing to do today; the next send, if any. */
  | { kind: 'none'; next: UpcomingEntry | null };

export function nextActionOf(plan: Plan, admin: AdminVerdict): NextAction {
  if (admin === 'no') {
    const heldBack = plan.entries.filter((e) => e.state === 'held-back' && e.fix === 'make-admin').map((e) => e.program.name);
    const deals = plan.warnings.flatMap((w) => (w.code === 'opportunity-needs-admin' && w.severity === 'blocking' && w.opportunity ? [w.opportunity] : []));
    if (heldBack.length || deals.length) return { kind: 'make-admin', heldBack, deals };
  }
  // Entries come due first, oldest due date first: the first is the most urgent.
  const first = plan.entries[0];
  if (first?.state === 'due') return { kind: 'send', entry: first, soldTo: first.recipients?.some((r) => r.via === 'sold-to') ?? false };
  const next = plan.entries.find((e): e is UpcomingEntry => e.state === 'upcoming') ?? null;
  return { kind: 'none', next };
}
