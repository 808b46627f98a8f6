/**
 * The reminders repository: the one module that opens transactions on the reminders database.
 * Every other module (background handlers, the popup, backup) goes through these methods; the state
 * changes themselves are pure functions in transitions.ts, and this file only reads, asks and writes.
 *
 * Runs in the extension origin only (background, popup, options). A content script must not import it:
 * there IndexedDB is the host page's database. Content scripts send messages instead.
 */
import { bookCacheOf } from './book-cache';
import { type RemindersConnection, deleteRemindersDb, openRemindersDb, salvageStores } from './db/open';
import { DB_NAME, type StoreName, UNDO_KEY } from './db/schema';
import { openFailure, writeFailure } from '../../shared/reminders/errors';
import { GROUP_IDS, type DateSpan, groupSpans } from './groups';
import { type WriteTx, Journal } from './journal';
import { enrollmentKeyOf, reminderKeyOf, toSendRecord } from '../../shared/reminders/keys';
import { moreAdvancedEnrollment, moreAdvancedReminder, moreAdvancedSend } from './merge';
import { mergeStore } from './merge-store';
import type { AccountKey, Enrollment, Reminder, SendRecord } from '../../shared/reminders/records';
import type { GroupCounts, Repository } from './repository-types';
import type { ActionResult, MergeSummary, RecordResult } from '../../shared/reminders/results';
import { needsNotification } from './schedule';
import { closeFromPopup, logSend } from './steps';
import { newEnrollment, reminderForStep, snoozeReminder } from './transitions';
import { type UndoRecord, type UndoableAction, summarize, undoLabel } from '../../shared/reminders/undo';
import { ALL_STORES, actionResult, applyUndo, bookUndoToken, pruneBookUndo } from './undo-apply';

export type * from './repository-types';

function rangeOf(span: DateSpan): IDBKeyRange | undefined {
  if (span.after !== undefined && span.through !== undefined) return IDBKeyRange.bound(span.after, span.through, true, false);
  if (span.after !== undefined) return IDBKeyRange.lowerBound(span.after, true);
  if (span.through !== undefined) return IDBKeyRange.upperBound(span.through);
  return undefined;
}

export function openRepository(name: string = DB_NAME): Repository {
  let connection: Promise<RemindersConnection> | null = null;
  /**
   * The connection, opened on first use. A failed open is not kept: the next call tries again (the
   * user may have freed disk space or closed a window), and meanwhile every call says why in words.
   */
  const db = (): Promise<RemindersConnection> => {
    if (connection) return connection;
    const opening: Promise<RemindersConnection> = openRemindersDb({
      name,
      onClose: () => {
        if (connection === opening) connection = null;
      },
    }).catch((error: unknown) => {
      if (connection === opening) connection = null;
      throw openFailure(error);
    });
    connection = opening;
    return opening;
  };

  /** Runs `work` in one readwrite transaction; a throw aborts it, so nothing partial is ever written. */
  async function write<T>(stores: StoreName[], work: (tx: WriteTx) => Promise<T>): Promise<T> {
    const tx = (await db()).transaction(stores, 'readwrite');
    try {
      const result = await work(tx);
      await tx.done;
      return result;
    } catch (error) {
      tx.done.catch(() => undefined);
      try {
        tx.abort();
      } catch {
        // Already finished or aborted: nothing left to undo.
      }
      throw writeFailure(error);
    }
  }
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

    recordSend(input) {
      return write(['enrollments', 'sendLog', 'reminders'], (tx) => logSend(new Journal(tx), input));
    },

    recordSends(inputs, label) {
      return write(ALL_STORES, async (tx) => {
        const journal = new Journal(tx);
        const results: RecordResult[] = new Array<RecordResult>(inputs.length);
        // Sends of one enrollment one after the other (each must see the other's writes); different
        // enrollments touch different records, so their requests go out together in the one transaction
        // instead of waiting on each other (100 rows: one round of requests per step, not per row).
        const byEnrollment = new Map<string, number[]>();
        inputs.forEach((input, i) => {
          const key = enrollmentKeyOf(input.account, input.programId);
          byEnrollment.set(key, [...(byEnrollment.get(key) ?? []), i]);
        });
        await Promise.all([...byEnrollment.values()].map(async (indexes) => {
          for (const i of indexes) results[i] = await logSend(journal, inputs[i]!);
        }));
        const record: UndoRecord = { action: 'markSent', label, touched: journal.entries() };
        const token = bookUndoToken(Date.now());
        await tx.objectStore('undo').put(record, token);
        await pruneBookUndo(tx);
        return { results, undo: summarize(record), token };
      });
    },

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

    undo() {
      return write(ALL_STORES, (tx) => applyUndo(tx, UNDO_KEY));
    },

    undoSends(token) {
      return write(ALL_STORES, (tx) => applyUndo(tx, token));
    },

    async lastUndo() {
      const record = await (await db()).get('undo', UNDO_KEY);
      return record ? summarize(record) : null;
    },

    async listPending(limit) {
      return (await db()).getAllFromIndex('reminders', 'byDueDate', undefined, limit);
    },

    async countPending(today) {
      const connection = await db();
      const tx = connection.transaction('reminders');
      const index = tx.store.index('byDueDate');
      const spans = groupSpans(today);
      const counts = await Promise.all(GROUP_IDS.map((id) => index.count(rangeOf(spans[id]))));
      return Object.fromEntries(GROUP_IDS.map((id, i) => [id, counts[i]!])) as GroupCounts;
    },

    async countDue(today) {
      return (await db()).countFromIndex('reminders', 'byDueDate', IDBKeyRange.upperBound(today));
    },

    async nextPendingAfter(today) {
      const [next] = await (await db()).getAllFromIndex('reminders', 'byDueDate', IDBKeyRange.lowerBound(today, true), 1);
      return next?.pendingDue ?? null;
    },

    claimNotifications(today) {
      return write(['reminders'], async (tx) => {
        const due = await tx.objectStore('reminders').index('byDueDate').getAll(IDBKeyRange.upperBound(today));
        const claimed = due.filter(needsNotification).map((r) => ({ ...r, notifiedFor: r.pendingDue }));
        await Promise.all(claimed.map((r) => tx.objectStore('reminders').put(r)));
        return claimed;
      });
    },

    async getReminder(key) {
      return (await db()).get('reminders', key);
    },

    async forAccount(accountKey) {
      const connection = await db();
      const tx = connection.transaction(['enrollments', 'reminders', 'sendLog']);
      const [enrollments, reminders, sends] = await Promise.all([
        tx.objectStore('enrollments').index('byAccount').getAll(accountKey),
        tx.objectStore('reminders').index('byAccount').getAll(accountKey),
        tx.objectStore('sendLog').index('byAccount').getAll(accountKey),
      ]);
      return { enrollments, reminders, sends };
    },

    async sendsByAccount(accountKeys) {
      const wanted = new Set(accountKeys);
      const byAccount = new Map<AccountKey, SendRecord[]>();
      // One read of the whole log: it holds what one user sent, far fewer rows than a book has accounts.
      for (const send of await (await db()).getAll('sendLog')) {
        if (!wanted.has(send.accountKey)) continue;
        const list = byAccount.get(send.accountKey);
        if (list) list.push(send);
        else byAccount.set(send.accountKey, [send]);
      }
      return byAccount;
    },

    book: bookCacheOf(db),

    async readAll() {
      const connection = await db();
      const tx = connection.transaction(['enrollments', 'sendLog', 'reminders']);
      const [enrollments, sendLog, reminders] = await Promise.all([
        tx.objectStore('enrollments').getAll(),
        tx.objectStore('sendLog').getAll(),
        tx.objectStore('reminders').getAll(),
      ]);
      return { enrollments, sendLog, reminders };
    },

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

    async destroy(options = {}) {
      const open = connection;
      connection = null;
      await open?.then((c) => c.close()).catch(() => undefined);
      await deleteRemindersDb(name, options.onBlocked);
    },

    close() {
      void connection?.then((c) => c.close()).catch(() => undefined);
      connection = null;
    },
  };
}

let shared: Repository | null = null;

/** The repository over the extension's own database, shared by everything in one context. */
export function repository(): Repository {
  shared ??= openRepository();
  return shared;
}
