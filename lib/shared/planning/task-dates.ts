/**
 * Whether a saved CTA's Email Tasks fall on the catalog's days. The catalog dates a step at the sequence's
 * start day plus the step's offset, as the reminders do; Cockpit dates each task itself (its playbook's
 * days, or a CSM's change). Tasks pair with steps by name when every step names exactly one task, else
 * by their order; a different count cannot be paired, and then Gainsight's dates stand. Pure.
 */
import type { IsoDate } from '../accounts/account';
import { addDays } from '../dates/iso';
import { parseDisplayDate, type DateOrder } from '../dates/parse';
import type { CtaTaskInfo } from '../messaging/page-messages';

/** The day a step is due: the start day plus its own offset (never the previous send plus a gap). */
export const stepDueDate = (startedOn: IsoDate, offsetDays: number): IsoDate => addDays(startedOn, offsetDays);

export interface TaskDate {
  /** The task's name as Cockpit shows it. */
  name: string;
  /** Its due date as Cockpit shows it; null when it cannot be read. */
  shown: IsoDate | null;
  /** The catalog step's date. */
  catalog: IsoDate;
  /** Its step was sent already: a date that no longer matters is not a difference worth saying. */
  sent: boolean;
}

export type TaskDates =
  | { kind: 'paired'; tasks: TaskDate[] }
  | { kind: 'unpaired'; tasks: number; steps: number };

export interface CatalogStep {
  name: string;
  offsetDays: number;
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Null when there are no tasks to compare: the reminders then follow the catalog's steps already. Steps
 * before `sentSteps` (the enrollment's current step) were sent.
 */
export function pairTaskDates(tasks: readonly CtaTaskInfo[], steps: readonly CatalogStep[], startedOn: IsoDate, order: DateOrder, sentSteps = 0): TaskDates | null {
  if (tasks.length === 0) return null;
  if (tasks.length !== steps.length) return { kind: 'unpaired', tasks: tasks.length, steps: steps.length };
  const byName = steps.every((s) => tasks.filter((t) => sameName(t.name, s.name)).length === 1);
  return {
    kind: 'paired',
    tasks: tasks.map((task, i) => {
      const index = byName ? steps.findIndex((s) => sameName(s.name, task.name)) : i;
      const step = steps[index]!;
      const shown = typeof task.due === 'string' ? parseDisplayDate(task.due, order) : null;
      return { name: task.name.trim(), shown, catalog: stepDueDate(startedOn, step.offsetDays), sent: index < sentSteps };
    }),
  };
}

/** The paired tasks still to send whose dates are not the catalog's. */
export function differingTasks(dates: TaskDates | null): TaskDate[] {
  return dates?.kind === 'paired' ? dates.tasks.filter((t) => !t.sent && t.shown !== t.catalog) : [];
}

/** At most this many tasks are named in the one line; the rest are counted. */
const NAMED = 3;

/**
 * One short line for the panel when Cockpit and the catalog disagree; null when they agree (or there is
 * nothing to compare). The reminders follow Cockpit either way, and the line says so.
 */
export function taskDatesLine(dates: TaskDates | null, format: (date: IsoDate) => string): string | null {
  if (!dates) return null;
  if (dates.kind === 'unpaired') {
    return `The CTA has ${dates.tasks} Email Task${dates.tasks === 1 ? '' : 's'} and the catalog ${dates.steps} step${dates.steps === 1 ? '' : 's'}, so their dates cannot be paired: the reminders follow Cockpit.`;
  }
  const differing = differingTasks(dates);
  if (differing.length === 0) return null;
  const named = differing.slice(0, NAMED).map((t) => `${t.name} ${t.shown ? format(t.shown) : 'has no readable date'} (catalog ${format(t.catalog)})`);
  const more = differing.length > NAMED ? ` and ${differing.length - NAMED} more` : '';
  return `Cockpit's due dates differ from the catalog's: ${named.join('; ')}${more}. The reminders follow Cockpit.`;
}
