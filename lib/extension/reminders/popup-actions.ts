/**
 * The popup's checklist actions on one pending reminder (mark sent, snooze, skip), each saved with its
 * undo record in the same transaction.
 */
import { UNDO_KEY, type StoreName } from './db/schema';
import { Journal, type WriteTx } from './journal';
import { enrollmentKeyOf, toSendRecord } from '../../shared/reminders/keys';
import type { Enrollment, Reminder } from '../../shared/reminders/records';
import type { Repository } from './repository-types';
import type { ActionResult } from '../../shared/reminders/results';
import { closeFromPopup } from './steps';
import { snoozeReminder } from './transitions';
import { type UndoRecord, type UndoableAction, summarize, undoLabel } from '../../shared/reminders/undo';
import { ALL_STORES, actionResult } from './undo-apply';

type Write = <T>(stores: StoreName[], work: (tx: WriteTx) => Promise<T>) => Promise<T>;

export function popupActions(write: Write): Pick<Repository, 'markSent' | 'snooze' | 'skip'> {
  /** A popup action on one pending reminder, saved as the undo record in the same transaction. */
  function popupAction(
    action: UndoableAction,
    key: string,
    apply: (journal: Journal, reminder: Reminder, enrollment: Enrollment | undefined) => Promise<void>,
  ): Promise<ActionResult> {
    return write(ALL_STORES, async (tx) => {
      const journal = new Journal(tx);
      const reminder = await journal.reminder(key);
      if (!reminder || reminder.status !== 'pending') return { ok: false, error: 'This send is no longer pending.' };
      const enrollment = await journal.enrollment(enrollmentKeyOf(reminder.account, reminder.programId));
      await apply(journal, reminder, enrollment);
      const record: UndoRecord = { action, label: undoLabel(action, reminder.account.name), touched: journal.entries() };
      await tx.objectStore('undo').put(record, UNDO_KEY);
      return actionResult(record.touched, summarize(record));
    });
  }

  return {
    markSent(key, today) {
      return popupAction('markSent', key, async (journal, reminder, enrollment) => {
        await journal.put('sendLog', toSendRecord({
          account: reminder.account, programId: reminder.programId, programName: reminder.programName, step: reminder.step,
          stepName: reminder.stepName, sentOn: today, recipients: reminder.recipients, how: 'marked',
        }));
        await closeFromPopup(journal, reminder, enrollment, { status: 'done', on: today });
      });
    },

    async snooze(key, until, today) {
      if (until <= today) return { ok: false, error: 'Pick a day after today.' };
      return popupAction('snooze', key, (journal, reminder) => journal.put('reminders', snoozeReminder(reminder, until)));
    },

    async skip(key, reason, today) {
      const why = reason.trim();
      if (!why) return { ok: false, error: 'Say why the step is skipped.' };
      return popupAction('skip', key, (journal, reminder, enrollment) =>
        closeFromPopup(journal, reminder, enrollment, { status: 'skipped', on: today, reason: why }));
    },
  };
}
