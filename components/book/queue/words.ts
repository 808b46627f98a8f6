/** A queue row in words: what it shows, and its whole text as its accessible name. */
import type { IsoDate } from '@/lib/shared/accounts/account';
import type { ItemState, QueueItem } from '@/lib/ui/book/queue/queue';
import { shortDate } from '../dates';

const weekday = new Intl.DateTimeFormat(undefined, { weekday: 'long' });
const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

export const dayName = (date: IsoDate): string => `${weekday.format(new Date(`${date}T12:00:00`))} ${shortDate(date)}`;

export function whenWords(item: QueueItem): string {
  if (item.section === 'overdue') return `Overdue ${days(item.age)} (due ${shortDate(item.dueOn)})`;
  if (item.section === 'today') return 'Due today';
  return `Due ${dayName(item.dueOn)}`;
}

/** Each state's words on the row (and at the start of its name); an open row says nothing. */
const STATE_WORDS: Record<ItemState, (mark: QueueItem['mark']) => string | null> = {
  open: () => null,
  started: () => 'Started, not saved yet',
  'start-unsaved': () => 'Started, not saved',
  sent: () => 'Sent',
  snoozed: (mark) => `Snoozed until ${mark?.until ? dayName(mark.until) : 'later'}`,
  skipped: (mark) => `Skipped: ${mark?.reason ?? ''}`,
};

export const stateWords = (item: QueueItem): string | null => STATE_WORDS[item.state](item.mark);

export const recipientWords = (recipients: readonly string[] | null): string =>
  recipients === null ? 'Recipients unknown: the contacts could not be read' : recipients.length ? `To: ${recipients.join(', ')}` : 'No recipient';

/** `days`: the guard's window, a team's-choice setting. */
export function fatigueWords(item: QueueItem, days: number): string | null {
  const hit = item.fatigue;
  return hit ? `Fatigue guard: ${hit.contact} got ${hit.count} program emails in the last ${days} days; fine from ${dayName(hit.fineFrom)}` : null;
}

/** The row's whole text, for its accessible name: nothing a narrow panel wraps away is lost. */
export function rowName(item: QueueItem, fatigueDays: number): string {
  return [stateWords(item), whenWords(item), item.accountName, `${item.programName}: ${item.step.name}`, recipientWords(item.recipients), item.why || null, fatigueWords(item, fatigueDays)]
    .filter(Boolean)
    .join('. ');
}
