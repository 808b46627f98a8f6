/**
 * A task's Due Date changed in Cockpit, as Gainsight does it: the date is saved as soon as it is picked,
 * and Cockpit then offers to move the next open tasks (and the CTA) by the same number of days ("Yes for
 * Tasks & CTA", "Yes", "No"; ignoring the offer is a No).
 */
import { addDays, daysBetween, isIsoDate } from '../dates';
import { isRecord } from '../http';
import type { Cta, CtaTask, SandboxState } from '../state';
import type { Outcome } from './cockpit';

function findTask(state: SandboxState, taskId: string): { cta: Cta; task: CtaTask } | null {
  for (const cta of state.ctas) {
    const task = cta.tasks.find((t) => t.id === taskId);
    if (task) return { cta, task };
  }
  return null;
}

const gone = { ok: false as const, problems: [{ field: 'Task', message: 'This task no longer exists' }] };

/** Saves the task's new due date; answers with the CTA and how many days the task moved. */
export function setTaskDueDate(state: SandboxState, taskId: string, input: unknown): Outcome<{ cta: Cta; movedDays: number }> {
  const found = findTask(state, taskId);
  if (!found) return gone;
  const dueDate = isRecord(input) && typeof input.dueDate === 'string' ? input.dueDate.trim() : '';
  if (!isIsoDate(dueDate)) return { ok: false, problems: [{ field: 'Due Date', message: 'Enter a valid date' }] };
  const movedDays = daysBetween(found.task.dueDate, dueDate);
  found.task.dueDate = dueDate;
  return { ok: true, value: { cta: found.cta, movedDays } };
}

/** "Yes": the open tasks after this one move by `days` too; "Yes for Tasks & CTA": the CTA's due date as well. */
export function shiftAfterTask(state: SandboxState, taskId: string, input: unknown): Outcome<Cta> {
  const found = findTask(state, taskId);
  if (!found) return gone;
  const days = isRecord(input) && Number.isInteger(input.days) ? (input.days as number) : null;
  if (days === null) return { ok: false, problems: [{ field: 'Due Date', message: 'Unknown change' }] };
  const { cta, task } = found;
  for (const later of cta.tasks.slice(cta.tasks.indexOf(task) + 1)) if (later.status === 'Open') later.dueDate = addDays(later.dueDate, days);
  if (isRecord(input) && input.withCta === true) cta.dueDate = addDays(cta.dueDate, days);
  return { ok: true, value: cta };
}
