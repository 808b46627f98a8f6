/**
 * The writes of one send or one closed step, through the journal of the transaction the repository
 * opened (they never open one): logging a send, closing a step and scheduling the next.
 */
import type { RecordSendInput } from '../../shared/reminders/inputs';
import type { Journal } from './journal';
import { enrollmentKeyOf, reminderKeyOf, toSendRecord } from '../../shared/reminders/keys';
import type { Enrollment, Reminder } from '../../shared/reminders/records';
import type { RecordResult } from '../../shared/reminders/results';
import { type Closing, PASSED_OVER_REASON, advancePast, closeReminder, newEnrollment, reminderForStep, stepOf, stepsPassedOver } from './transitions';

/** Closes step `index` of an enrollment and moves the enrollment on, scheduling the next step. */
export async function closeStep(journal: Journal, enrollment: Enrollment, index: number, closing: Closing): Promise<RecordResult> {
  const step = stepOf(enrollment, index);
  if (!step) throw new RangeError(`Step ${index} is not part of ${enrollment.programName}`);
  const key = reminderKeyOf(enrollment.account, enrollment.programId, index);
  const reminder = (await journal.reminder(key)) ?? reminderForStep(enrollment, step);
  if (reminder.status === 'pending') await journal.put('reminders', closeReminder(reminder, closing));

  for (const passed of stepsPassedOver(enrollment, index)) {
    const earlier = await journal.reminder(reminderKeyOf(enrollment.account, enrollment.programId, passed.index));
    if (earlier?.status === 'pending') {
      await journal.put('reminders', closeReminder(earlier, { status: 'skipped', on: closing.on, reason: PASSED_OVER_REASON }));
    }
  }

  const advanced = advancePast(enrollment, index);
  if (advanced.enrollment !== enrollment) await journal.put('enrollments', advanced.enrollment);
  if (!advanced.next) return { enrollment: advanced.enrollment, next: null };
  const nextKey = reminderKeyOf(enrollment.account, enrollment.programId, advanced.next.index);
  const existing = await journal.reminder(nextKey);
  if (existing) return { enrollment: advanced.enrollment, next: existing };
  const next = reminderForStep(advanced.enrollment, advanced.next);
  await journal.put('reminders', next);
  return { enrollment: advanced.enrollment, next };
}

/** Logs a send and closes its step, scheduling the next one: the body of recordSend and recordSends. */
export async function logSend(journal: Journal, input: RecordSendInput): Promise<RecordResult> {
  let enrollment = await journal.enrollment(enrollmentKeyOf(input.account, input.programId));
  if (!enrollment) {
    enrollment = newEnrollment(input);
    await journal.put('enrollments', enrollment);
  }
  // The input names the step (inputs.ts checks it); a stored enrollment may predate a catalog change.
  const step = stepOf(enrollment, input.step) ?? input.steps.find((s) => s.index === input.step)!;
  await journal.put('sendLog', toSendRecord({
    account: input.account, programId: input.programId, programName: input.programName, step: step.index,
    stepName: step.name, sentOn: input.sentOn, recipients: input.recipients, how: input.how,
  }));
  if (!stepOf(enrollment, input.step)) return { enrollment, next: null };
  return closeStep(journal, enrollment, input.step, { status: 'done', on: input.sentOn });
}

/** Closes a reminder from the popup: through its enrollment when there is one (backups may hold strays). */
export async function closeFromPopup(journal: Journal, reminder: Reminder, enrollment: Enrollment | undefined, closing: Closing) {
  if (enrollment && stepOf(enrollment, reminder.step)) await closeStep(journal, enrollment, reminder.step, closing);
  else await journal.put('reminders', closeReminder(reminder, closing));
}
