/**
 * Which of two records with the same natural key wins when a backup is merged in: the more advanced
 * one, so importing an old backup never undoes work done since. Ties keep what is already stored.
 */
import type { Enrollment, EnrollmentStatus, Reminder, ReminderStatus, SendRecord } from '../../shared/reminders/records';

const ENROLLMENT_RANK: Record<EnrollmentStatus, number> = { active: 0, stopped: 1, completed: 2 };
/** A send that happened says more than a skip, and both say more than "still to do". */
const REMINDER_RANK: Record<ReminderStatus, number> = { pending: 0, skipped: 1, done: 2 };

export function moreAdvancedEnrollment(stored: Enrollment, incoming: Enrollment): Enrollment {
  const rank = ENROLLMENT_RANK[incoming.status] - ENROLLMENT_RANK[stored.status];
  if (rank !== 0) return rank > 0 ? incoming : stored;
  return incoming.currentStep > stored.currentStep ? incoming : stored;
}

export function moreAdvancedReminder(stored: Reminder, incoming: Reminder): Reminder {
  const rank = REMINDER_RANK[incoming.status] - REMINDER_RANK[stored.status];
  if (rank !== 0) return rank > 0 ? incoming : stored;
  // Both pending: the one snoozed further has seen the later decision.
  return (incoming.pendingDue ?? '') > (stored.pendingDue ?? '') ? incoming : stored;
}

/** The same key is the same send (account, program, step, day): nothing to choose. */
export function moreAdvancedSend(stored: SendRecord, _incoming: SendRecord): SendRecord {
  return stored;
}
