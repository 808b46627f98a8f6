/**
 * The morning queue: the book's due and coming sends as the CSM works through them. Overdue (with its
 * age), Today, then This week, each send on the CSM's own workdays; every row one send (account,
 * program, step, recipients, why now), sorted and grouped as the CSM chose. A campaign step due for
 * many accounts on one day is one batch.
 *
 * Rows the CSM acted on today stay where they were, saying what was done (the engine has moved on from
 * a sent step, so its row is kept from the mark's snapshot): the list never reshuffles under the CSM's
 * hands, and "12 of 31 done today" counts them. Pure: the store gives it the rows, marks and settings.
 */
import type { IsoDate } from '../../../shared/accounts/account';
import { addDays, daysBetween } from '../../../shared/dates/iso';
import type { StepRow } from '../plan-book';
import { fatigueOf, type FatigueRule } from './fatigue';
import { queueKeyOf, snapshotOf, type QueueMark, type QueueMarks, type RowSnapshot } from './marks';
import { groupEntries, sortItems, type QueueGroup, type QueueGrouping, type QueueSort } from './grouping';
import { SECTION_TITLES, type ItemState, type QueueItem, type SectionId } from './item';
import { whyNow } from './why';
import { isWorkday, nextWorkday, workdayOf, type Calendar } from './workdays';

export type { QueueGroup, QueueGrouping, QueueSort } from './grouping';
export { SECTION_TITLES, type ItemState, type QueueItem, type SectionId } from './item';

export interface QueueSection {
  id: SectionId;
  title: string;
  count: number;
  groups: QueueGroup[];
}

export interface Queue {
  sections: QueueSection[];
  /** Today's work (Overdue and Today): how many, and how many the CSM dealt with today. */
  progress: { done: number; total: number };
}

export interface QueueInputs {
  today: IsoDate;
  calendar: Calendar;
  fatigue: FatigueRule | null;
  /** Each contact's past program emails (newest first) on an account. */
  historyOf(accountId: string): ReadonlyMap<string, readonly IsoDate[]>;
  sort: QueueSort;
  grouping: QueueGrouping;
  /** Words every row kept must contain (the book's filter). */
  filter: string;
}

const DONE: ReadonlySet<ItemState> = new Set(['sent', 'snoozed', 'skipped']);
export const isDone = (item: Pick<QueueItem, 'state'>): boolean => DONE.has(item.state);

function sectionOf(dueOn: IsoDate, today: IsoDate, weekEnd: IsoDate): SectionId | null {
  return dueOn < today ? 'overdue' : dueOn === today ? 'today' : dueOn <= weekEnd ? 'week' : null;
}

/** The state a mark gives a row today, and the day it is due; null: the row is not in the queue now. */
function placeOf(mark: QueueMark | undefined, onCalendar: IsoDate, today: IsoDate): { state: ItemState; dueOn: IsoDate } | null {
  if (!mark) return { state: 'open', dueOn: onCalendar };
  if (mark.kind === 'started') return { state: mark.saved === false ? 'start-unsaved' : 'started', dueOn: onCalendar };
  // Acted on today: kept in its place, saying so.
  if (mark.on === today) return { state: mark.kind, dueOn: onCalendar };
  if (mark.kind === 'snoozed' && mark.until) return { state: 'open', dueOn: mark.until };
  return null;
}

interface Source {
  key: string;
  snapshot: RowSnapshot;
  row: StepRow | null;
}

function sourcesOf(rows: readonly StepRow[], marks: QueueMarks, today: IsoDate): Source[] {
  const sources = new Map<string, Source>();
  for (const row of rows) {
    const key = queueKeyOf(row);
    sources.set(key, { key, snapshot: snapshotOf(row), row });
  }
  // What was done today stays on screen though the engine no longer lists it.
  for (const [key, mark] of Object.entries(marks.marks)) {
    if (mark.on === today && mark.kind !== 'started' && !sources.has(key)) sources.set(key, { key, snapshot: mark.row, row: null });
  }
  return [...sources.values()];
}

const matches = (words: readonly string[], s: RowSnapshot) => {
  if (!words.length) return true;
  const text = [s.accountName, s.programName, s.step.name, ...(s.recipients ?? [])].join('\n').toLowerCase();
  return words.every((w) => text.includes(w));
};

/** Every row of the queue, placed in its section, whatever the filter (the counts need the whole). */
export function queueItems(rows: readonly StepRow[], marks: QueueMarks, inputs: Omit<QueueInputs, 'sort' | 'grouping' | 'filter'>): QueueItem[] {
  const { today, calendar } = inputs;
  const weekEnd = addDays(today, 7);
  const items: QueueItem[] = [];
  for (const { key, snapshot, row } of sourcesOf(rows, marks, today)) {
    const mark = marks.marks[key];
    const place = placeOf(mark, workdayOf(calendar, snapshot.date), today);
    if (!place) continue;
    const section = sectionOf(place.dueOn, today, weekEnd);
    if (!section) continue;
    const hit = inputs.fatigue && place.state === 'open' && snapshot.recipients?.length
      ? fatigueOf(snapshot.recipients, place.dueOn < today ? today : place.dueOn, inputs.historyOf(snapshot.accountId), inputs.fatigue)
      : null;
    // The day it becomes fine, on a workday: never before the limit allows, so a day off moves it later.
    const fatigue = hit && { ...hit, fineFrom: isWorkday(calendar, hit.fineFrom) ? hit.fineFrom : nextWorkday(calendar, hit.fineFrom) };
    items.push({
      ...snapshot, key, dueOn: place.dueOn, section, age: section === 'overdue' ? daysBetween(place.dueOn, today) : 0,
      why: row ? whyNow(row.program, row.step.index) : '', state: place.state, mark: mark ?? null, fatigue, row,
    });
  }
  return items;
}

/** The queue as shown: the items filtered, sorted and grouped, with the counts of the whole. */
export function buildQueue(items: readonly QueueItem[], inputs: Pick<QueueInputs, 'sort' | 'grouping' | 'filter'>): Queue {
  const words = inputs.filter.toLowerCase().split(/\s+/).filter(Boolean);
  const sections: QueueSection[] = [];
  let done = 0;
  let total = 0;
  for (const id of ['overdue', 'today', 'week'] as const) {
    const all = items.filter((item) => item.section === id);
    if (id !== 'week') {
      total += all.length;
      done += all.filter(isDone).length;
    }
    const shown = sortItems(all.filter((item) => matches(words, item)), inputs.sort);
    sections.push({ id, title: SECTION_TITLES[id], count: all.length, groups: groupEntries(shown, inputs.grouping) });
  }
  return { sections, progress: { done, total } };
}

/** The rows the engine gives the queue: what is due now and what comes within the week. */
export const queueRowsOf = (lists: { due: { rows: StepRow[] }[]; upcoming: StepRow[] }): StepRow[] => [...lists.due.flatMap((g) => g.rows), ...lists.upcoming];
