/**
 * The schedule of a saved CTA: its Email Tasks' names and due dates become the sequence's steps, so the
 * reminders follow what Gainsight itself will show ("the playbook … will add a checklist for each email
 * in the sequence", seed 002). Pure: the dates come in as text and the day as an argument.
 */
import type { IsoDate } from '../accounts/account';
import { daysBetween } from '../dates/iso';
import { parseDisplayDate, type DateOrder } from '../dates/parse';
import type { CtaTaskInfo } from '../messaging/page-messages';
import type { SequenceInput } from '../reminders/inputs';

/** The repository's limits (records.ts): names up to 300 characters, at most 100 steps. */
const MAX_NAME = 300;
const MAX_STEPS = 100;

export interface TaskSchedule {
  startedOn: IsoDate;
  steps: SequenceInput['steps'];
}

/**
 * The steps the tasks make, counted from the earliest of `today` and their dates; null when there are no
 * tasks, or when one has no name or a date that cannot be read: then the catalog's steps apply, whole.
 */
export function scheduleFromTasks(tasks: readonly CtaTaskInfo[], today: IsoDate, order: DateOrder): TaskSchedule | null {
  if (tasks.length === 0 || tasks.length > MAX_STEPS) return null;
  const dated: { name: string; due: IsoDate }[] = [];
  for (const task of tasks) {
    const name = typeof task.name === 'string' ? task.name.trim().slice(0, MAX_NAME) : '';
    const due = typeof task.due === 'string' ? parseDisplayDate(task.due, order) : null;
    if (!name || !due) return null;
    dated.push({ name, due });
  }
  const startedOn = dated.reduce((earliest, t) => (t.due < earliest ? t.due : earliest), today);
  return { startedOn, steps: dated.map((t, index) => ({ index, name: t.name, offsetDays: daysBetween(startedOn, t.due) })) };
}
