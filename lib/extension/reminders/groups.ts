/**
 * The popup's groups (Overdue / Today / Next 7 days / Later) as date spans, shared by the repository
 * (to count each group with one index query) and the popup (to sort rows into groups).
 */
import type { IsoDate } from '../../shared/accounts/account';
import { addDays } from '../../shared/dates/iso';
import type { Reminder } from '../../shared/reminders/records';

export const GROUP_IDS = ['overdue', 'today', 'week', 'later'] as const;
export type GroupId = (typeof GROUP_IDS)[number];

export const GROUP_LABELS: Record<GroupId, string> = {
  overdue: 'Overdue',
  today: 'Today',
  week: 'Next 7 days',
  later: 'Later',
};

/** Dates d with `after < d <= through`; a missing end is open. IsoDate strings order like the dates. */
export interface DateSpan {
  after?: IsoDate;
  through?: IsoDate;
}

export function groupSpans(today: IsoDate): Record<GroupId, DateSpan> {
  const yesterday = addDays(today, -1);
  const weekEnd = addDays(today, 7);
  return {
    overdue: { through: yesterday },
    today: { after: yesterday, through: today },
    week: { after: today, through: weekEnd },
    later: { after: weekEnd },
  };
}

/** The group a date falls in, as a function made once per `today` so sorting 10,000 rows stays cheap. */
export function groupClassifier(today: IsoDate): (date: IsoDate) => GroupId {
  const weekEnd = addDays(today, 7);
  return (date) => (date < today ? 'overdue' : date === today ? 'today' : date <= weekEnd ? 'week' : 'later');
}

export type Grouped = Record<GroupId, Reminder[]>;

/** Keeps the input order inside each group (the repository returns reminders sorted by date). */
export function groupReminders(reminders: readonly Reminder[], today: IsoDate): Grouped {
  const grouped: Grouped = { overdue: [], today: [], week: [], later: [] };
  const groupOf = groupClassifier(today);
  for (const reminder of reminders) grouped[groupOf(reminder.pendingDue ?? reminder.dueDate)].push(reminder);
  return grouped;
}

/** Every word of the query must appear in the account, program or step (case-insensitive). */
export function matchesFilter(reminder: Reminder, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = `${reminder.account.name}\n${reminder.programName}\n${reminder.stepName}`.toLowerCase();
  return words.every((word) => haystack.includes(word));
}
