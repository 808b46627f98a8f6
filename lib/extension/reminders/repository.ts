/**
 * The reminders repository: the one module that opens transactions on the reminders database.
 * Every other module (background handlers, the popup, backup) goes through these methods; the state
 * changes themselves are pure functions in transitions.ts, and this file only reads, asks and writes.
 *
 * Runs in the extension origin only (background, popup, options). A content script must not import it:
 * there IndexedDB is the host page's database. Content scripts send messages instead.
 */
import type { IsoDate } from '../../shared/accounts/account';
import { type BookCache, bookCacheOf } from './book-cache';
import { type RemindersConnection, type SalvagedStores, deleteRemindersDb, openRemindersDb, salvageStores } from './db/open';
import { DB_NAME, type StoreName, UNDO_KEY } from './db/schema';
import { openFailure, writeFailure } from '../../shared/reminders/errors';
import { GROUP_IDS, type DateSpan, type GroupId, groupSpans } from './groups';
import type { RecordSendInput, SequenceInput } from '../../shared/reminders/inputs';
import { type StoredRecord, type WriteTx, Journal } from './journal';
import { enrollmentKeyOf, reminderKeyOf, toSendRecord } from '../../shared/reminders/keys';
import { moreAdvancedEnrollment, moreAdvancedReminder, moreAdvancedSend } from './merge';
import type { AccountKey, Enrollment, Reminder, SendRecord } from '../../shared/reminders/records';
import { needsNotification } from './schedule';
import {
  type Closing, PASSED_OVER_REASON, advancePast, closeReminder, newEnrollment, reminderForStep, snoozeReminder,
  stepOf, stepsPassedOver,
} from './transitions';
import { type Touched, type UndoRecord, type UndoSummary, type UndoableAction, summarize, undoLabel, unchangedSince } from '../../shared/reminders/undo';
import type { AccountHistory, ActionResult, AllRecords, MergeSummary, RecordResult, StartResult } from '../../shared/reminders/results';

export type GroupCounts = Record<GroupId, number>;

export interface Repository {
  startSequence(input: SequenceInput): Promise<StartResult>;
  recordSend(input: RecordSendInput): Promise<RecordResult>;
  /**
   * Several sends at once (My book's bulk mark-sent), in one transaction that also replaces the undo
   * record: one undo takes them all back.
   */
  recordSends(inputs: readonly RecordSendInput[], label: string): Promise<{ results: RecordResult[]; undo: UndoSummary }>;
  markSent(key: string, today: IsoDate): Promise<ActionResult>;
  snooze(key: string, until: IsoDate, today: IsoDate): Promise<ActionResult>;
  skip(key: string, reason: string, today: IsoDate): Promise<ActionResult>;
  undo(): Promise<ActionResult>;
  lastUndo(): Promise<UndoSummary | null>;
  /** Pending reminders by the date they next come up; `limit` makes it the popup's bounded first read. */
  listPending(limit?: number): Promise<Reminder[]>;
  countPending(today: IsoDate): Promise<GroupCounts>;
  /** How many are due or overdue: the badge. */
  countDue(today: IsoDate): Promise<number>;
  /** The first date after today on which a pending reminder comes up: when to wake next. */
  nextPendingAfter(today: IsoDate): Promise<IsoDate | null>;
  /** Marks due reminders not yet notified for their date as notified, and returns them: each is notified once. */
  claimNotifications(today: IsoDate): Promise<Reminder[]>;
  getReminder(key: string): Promise<Reminder | undefined>;
  forAccount(accountKey: AccountKey): Promise<AccountHistory>;
  /** The recorded sends of many accounts in one read (My book plans thousands at once). */
  sendsByAccount(accountKeys: Iterable<AccountKey>): Promise<Map<AccountKey, SendRecord[]>>;
  /** The cached "My book" of each org. */
  book: BookCache;
  readAll(): Promise<AllRecords>;
  /** Merges records in one transaction: all are written or none. */
  mergeAll(records: AllRecords): Promise<MergeSummary>;
  /**
   * Every record that can be read, as stored, even when the database cannot be opened at this version
   * (a newer version's, or one a failed upgrade left behind): for the backup. Null when there is none.
   */
  salvage(): Promise<SalvagedStores | null>;
  /** Deletes the whole database (Clear everything); resolves once it is gone. */
  destroy(options?: { onBlocked?: () => void }): Promise<void>;
  close(): void;
}

type DataStore = Exclude<StoreName, 'undo'>;

const ALL_STORES: StoreName[] = ['enrollments', 'sendLog', 'reminders', 'undo'];

function rangeOf(span: DateSpan): IDBKeyRange | undefined {
  if (span.after !== undefined && span.through !== undefined) return IDBKeyRange.bound(span.after, span.through, true, false);
  if (span.after !== undefined) return IDBKeyRange.lowerBound(span.after, true);
  if (span.through !== undefined) return IDBKeyRange.upperBound(span.through);
  return undefined;
}

function actionResult(touched: Touched[], undo: UndoSummary | null): ActionResult {
  const changed: Reminder[] = [];
  const removed: string[] = [];
  for (const entry of touched) {
    if (entry.store !== 'reminders') continue;
    if (entry.after) changed.push(entry.after);
    else removed.push(entry.key);
  }
  return { ok: true, changed, removed, undo };
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

  /** Closes step `index` of an enrollment and moves the enrollment on, scheduling the next step. */
  async function closeStep(journal: Journal, enrollment: Enrollment, index: number, closing: Closing): Promise<RecordResult> {
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
  async function logSend(journal: Journal, input: RecordSendInput): Promise<RecordResult> {
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

  /** Closes a reminder from the popup: through its enrollment when there is one (backups may hold strays). */
  async function closeFromPopup(journal: Journal, reminder: Reminder, enrollment: Enrollment | undefined, closing: Closing) {
    if (enrollment && stepOf(enrollment, reminder.step)) await closeStep(journal, enrollment, reminder.step, closing);
    else await journal.put('reminders', closeReminder(reminder, closing));
  }

  async function mergeStore<T extends StoredRecord>(
    tx: WriteTx, store: DataStore, incoming: T[], pick: (stored: T, incoming: T) => T, summary: MergeSummary,
  ): Promise<void> {
    const unique = new Map<string, T>();
    for (const record of incoming) {
      const seen = unique.get(record.key);
      unique.set(record.key, seen ? pick(seen, record) : record);
    }
    const objectStore = tx.objectStore(store);
    // One read of what is stored instead of one request per record: a backup holds thousands.
    const stored = new Map(((await objectStore.getAll()) as T[]).map((record) => [record.key, record]));
    const writes: Promise<unknown>[] = [];
    for (const record of unique.values()) {
      const current = stored.get(record.key);
      const winner = current ? pick(current, record) : record;
      if (winner === current) summary.unchanged++;
      else {
        summary[current ? 'updated' : 'added']++;
        writes.push(objectStore.put(winner));
      }
    }
    await Promise.all(writes);
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
        const results: RecordResult[] = [];
        // One after the other: two sends of one enrollment must see each other's writes.
        for (const input of inputs) results.push(await logSend(journal, input));
        const record: UndoRecord = { action: 'markSent', label, touched: journal.entries() };
        await tx.objectStore('undo').put(record, UNDO_KEY);
        return { results, undo: summarize(record) };
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
      return write(ALL_STORES, async (tx): Promise<ActionResult> => {
        const record = await tx.objectStore('undo').get(UNDO_KEY);
        if (!record) return { ok: false, error: 'There is nothing to undo.' };
        await tx.objectStore('undo').delete(UNDO_KEY);
        for (const entry of record.touched) {
          const current = await tx.objectStore(entry.store).get(entry.key);
          if (!unchangedSince(current, entry.after)) {
            return { ok: false, error: `Cannot undo the ${record.label}: it changed since.` };
          }
        }
        const restored: Touched[] = [];
        for (const entry of record.touched) {
          const objectStore = tx.objectStore(entry.store);
          if (entry.before) await objectStore.put(entry.before);
          else await objectStore.delete(entry.key);
          restored.push({ ...entry, before: entry.after, after: entry.before } as Touched);
        }
        return actionResult(restored, null);
      });
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
