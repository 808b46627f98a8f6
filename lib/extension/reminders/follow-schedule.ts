/**
 * The reminders follow the CTA's own Email Tasks (docs/domain.md): when Cockpit shows a task's due date
 * changed, the active enrollment takes the CTA's new schedule, and the pending reminder of its current
 * step moves to the new date. A snooze the CSM chose stays; a step already sent or skipped stays closed.
 */
import type { SequenceInput } from '../../shared/reminders/inputs';
import { enrollmentKeyOf, reminderKeyOf, toEnrollment, toReminder } from '../../shared/reminders/keys';
import type { StartResult } from '../../shared/reminders/results';
import { stepDueDate } from '../../shared/planning/task-dates';
import type { Journal } from './journal';

const sameSchedule = (a: Pick<SequenceInput, 'startedOn' | 'steps'>, b: Pick<SequenceInput, 'startedOn' | 'steps'>) =>
  a.startedOn === b.startedOn && JSON.stringify(a.steps) === JSON.stringify(b.steps);

/** Null when there is no active enrollment to follow the CTA, its current step is not one of the CTA's, or nothing changed. */
export async function followSchedule(journal: Journal, input: SequenceInput): Promise<StartResult | null> {
  const stored = await journal.enrollment(enrollmentKeyOf(input.account, input.programId));
  if (!stored || stored.status !== 'active' || sameSchedule(stored, input)) return null;
  const current = input.steps.find((s) => s.index === stored.currentStep);
  if (!current) return null;
  const reminder = (await journal.reminder(reminderKeyOf(stored.account, stored.programId, stored.currentStep))) ?? null;
  const enrollment = toEnrollment({ ...stored, steps: input.steps, startedOn: input.startedOn });
  await journal.put('enrollments', enrollment);
  if (reminder?.status !== 'pending') return { enrollment, reminder, created: false };
  const moved = toReminder({ ...reminder, stepName: current.name, dueDate: stepDueDate(input.startedOn, current.offsetDays) });
  await journal.put('reminders', moved);
  return { enrollment, reminder: moved, created: false };
}
