/**
 * The state changes of enrollments and reminders, as pure functions: the repository reads records,
 * asks these what the new records are, and writes them. No I/O, no clock: dates come in.
 */
import type { IsoDate } from '../../shared/accounts/account';
import { stepDueDate } from '../../shared/planning/task-dates';
import type { SequenceInput } from '../../shared/reminders/inputs';
import { toEnrollment, toReminder } from '../../shared/reminders/keys';
import type { Enrollment, Reminder, SequenceStep } from '../../shared/reminders/records';

export function newEnrollment(input: SequenceInput): Enrollment {
  return toEnrollment({
    account: input.account,
    programId: input.programId,
    programName: input.programName,
    steps: input.steps,
    startedOn: input.startedOn,
    currentStep: Math.min(...input.steps.map((s) => s.index)),
    status: 'active',
    recipients: input.recipients,
  });
}

export function stepOf(enrollment: Enrollment, index: number): SequenceStep | undefined {
  return enrollment.steps.find((s) => s.index === index);
}

/** Steps are kept sorted by index (keys.ts), so "after" is the next one in the list. */
export function stepAfter(enrollment: Enrollment, index: number): SequenceStep | undefined {
  return enrollment.steps.find((s) => s.index > index);
}

/** Steps still open before `index`: a later step went out first, so these were passed over. */
export function stepsPassedOver(enrollment: Enrollment, index: number): SequenceStep[] {
  return enrollment.steps.filter((s) => s.index >= enrollment.currentStep && s.index < index);
}

/** Each step is due at start date + its own offset (not at the previous send + a gap), like Gainsight's CTA tasks. */
export function reminderForStep(enrollment: Enrollment, step: SequenceStep): Reminder {
  return toReminder({
    account: enrollment.account,
    programId: enrollment.programId,
    programName: enrollment.programName,
    step: step.index,
    stepName: step.name,
    dueDate: stepDueDate(enrollment.startedOn, step.offsetDays),
    recipients: enrollment.recipients,
    status: 'pending',
  });
}

export type Closing = { status: 'done'; on: IsoDate } | { status: 'skipped'; on: IsoDate; reason: string };

export function closeReminder(reminder: Reminder, closing: Closing): Reminder {
  const { snoozedUntil: _cleared, ...rest } = reminder;
  return toReminder({
    ...rest,
    status: closing.status,
    closedOn: closing.on,
    ...(closing.status === 'skipped' ? { skipReason: closing.reason } : {}),
  });
}

export function snoozeReminder(reminder: Reminder, until: IsoDate): Reminder {
  return toReminder({ ...reminder, snoozedUntil: until });
}

/** Closing step `index` moves an active enrollment to the step after it, or completes it after the last. */
export function advancePast(enrollment: Enrollment, index: number): { enrollment: Enrollment; next: SequenceStep | null } {
  if (enrollment.status !== 'active' || index < enrollment.currentStep) return { enrollment, next: null };
  const next = stepAfter(enrollment, index);
  if (!next) return { enrollment: { ...enrollment, currentStep: index, status: 'completed' }, next: null };
  return { enrollment: { ...enrollment, currentStep: next.index }, next };
}

export const PASSED_OVER_REASON = 'A later step was sent first';
