/**
 * The reminders repository: the one module that opens transactions on the reminders database.
 * Every other module (background handlers, the popup, backup) goes through these methods; the state
 * changes themselves are pure functions in transitions.ts, and this file only reads, asks and writes.
 *
 * Runs in the extension origin only (background, popup, options). A content script must not import it:
 * there IndexedDB is the host page's database. Content scripts send messages instead.
 */
import { bookCacheOf } from './book-cache';
import { remindersConnection } from './connection';
import { salvageStores } from './db/open';
import { DB_NAME, UNDO_KEY } from './db/schema';
import { Journal } from './journal';
import { followSchedule } from './follow-schedule';
import { enrollmentKeyOf, reminderKeyOf, sendKeyOf } from '../../shared/reminders/keys';
import { moreAdvancedEnrollment, moreAdvancedReminder, moreAdvancedSend } from './merge';
import { mergeStore } from './merge-store';
import { repositoryReads } from './repository-reads';
import type { Repository } from './repository-types';
import type { MergeSummary, RecordResult } from '../../shared/reminders/results';
import { needsNotification } from './schedule';
import { logSend } from './steps';
import { popupActions } from './popup-actions';
import { newEnrollment, reminderForStep } from './transitions';
import { type UndoRecord, summarize } from '../../shared/reminders/undo';
import { ALL_STORES, applyUndo, bookUndoToken, pruneBookUndo } from './undo-apply';

export type * from './repository-types';

export function openRepository(name: string = DB_NAME): Repository {
  const { db, write, destroy, close } = remindersConnection(name);

  return {
    ...repositoryReads(db),

    startSequence(input) {
      return write(['enrollments', 'reminders'], async (tx) => {
        const journal = new Journal(tx);
        const stored = await journal.enrollment(enrollmentKeyOf(input.account, input.programId));
        if (stored) {
          const current = await journal.reminder(reminderKeyOf(stored.account, stored.programId, stored.currentStep));
          return { enrollment: stored, reminder: stored.status === 'active' ? (current ?? null) : null, created: false };
        }
        const enrollment = newEnrollment(input);
        await journal.put('enrollments', enrollment);
        const key = reminderKeyOf(enrollment.account, enrollment.programId, enrollment.currentStep);
        const existing = await journal.reminder(key);
        const reminder = existing ?? reminderForStep(enrollment, enrollment.steps[0]!);
        if (!existing) await journal.put('reminders', reminder);
        return { enrollment, reminder, created: true };
      });
    },

    followSchedule(input) {
      return write(['enrollments', 'reminders'], (tx) => followSchedule(new Journal(tx), input));
    },

    recordSend(input) {
      return write(['enrollments', 'sendLog', 'reminders'], (tx) => logSend(new Journal(tx), input));
    },

    recordSends(inputs, label) {
      return write(ALL_STORES, async (tx) => {
        const journal = new Journal(tx);
        await journal.readAhead(inputs.map((input) => ({
          enrollmentKey: enrollmentKeyOf(input.account, input.programId),
          sendKey: sendKeyOf(input.account, input.programId, input.step, input.sentOn),
        })));
        // Sends of one enrollment one after the other (each must see the other's writes); the journal
        // answers from what it read ahead, so the whole loop is one pass with its puts in flight.
        const results: RecordResult[] = [];
        for (const input of inputs) results.push(await logSend(journal, input));
        await journal.settled();
        const record: UndoRecord = { action: 'markSent', label, touched: journal.entries() };
        const token = bookUndoToken(Date.now());
        await tx.objectStore('undo').put(record, token);
        await pruneBookUndo(tx);
        return { results, undo: summarize(record), token };
      });
    },

    ...popupActions(write),

    undo() {
      return write(ALL_STORES, (tx) => applyUndo(tx, UNDO_KEY));
    },

    undoSends(token) {
      return write(ALL_STORES, (tx) => applyUndo(tx, token));
    },

    claimNotifications(today) {
      return write(['reminders'], async (tx) => {
        const due = await tx.objectStore('reminders').index('byDueDate').getAll(IDBKeyRange.upperBound(today));
        const claimed = due.filter(needsNotification).map((r) => ({ ...r, notifiedFor: r.pendingDue }));
        await Promise.all(claimed.map((r) => tx.objectStore('reminders').put(r)));
        return claimed;
      });
    },

    book: bookCacheOf(db),

    mergeAll(records) {
      return write(['enrollments', 'sendLog', 'reminders'], async (tx) => {
        const summary: MergeSummary = { added: 0, updated: 0, unchanged: 0 };
        await mergeStore(tx, 'enrollments', records.enrollments, moreAdvancedEnrollment, summary);
        await mergeStore(tx, 'sendLog', records.sendLog, moreAdvancedSend, summary);
        await mergeStore(tx, 'reminders', records.reminders, moreAdvancedReminder, summary);
        return summary;
      });
    },

    salvage() {
      return salvageStores(name);
    },

    destroy,
    close,
  };
}

let shared: Repository | null = null;

/** The repository over the extension's own database, shared by everything in one context. */
export function repository(): Repository {
  shared ??= openRepository();
  return shared;
}
