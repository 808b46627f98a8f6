/**
 * The repository's reads: pending sends by date, their counts per group, an account's history, and the
 * whole database for a backup. Each in one read-only transaction.
 */
import type { RemindersConnection } from './db/open';
import { UNDO_KEY } from './db/schema';
import { GROUP_IDS, type DateSpan, groupSpans } from './groups';
import type { AccountKey, SendRecord } from '../../shared/reminders/records';
import type { GroupCounts, Repository } from './repository-types';
import { summarize } from '../../shared/reminders/undo';

type Reads = Pick<Repository, 'lastUndo' | 'listPending' | 'countPending' | 'countDue' | 'nextPendingAfter' | 'getReminder' | 'forAccount' | 'sendsByAccount' | 'readAll'>;

function rangeOf(span: DateSpan): IDBKeyRange | undefined {
  if (span.after !== undefined && span.through !== undefined) return IDBKeyRange.bound(span.after, span.through, true, false);
  if (span.after !== undefined) return IDBKeyRange.lowerBound(span.after, true);
  if (span.through !== undefined) return IDBKeyRange.upperBound(span.through);
  return undefined;
}

export function repositoryReads(db: () => Promise<RemindersConnection>): Reads {
  return {
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
  };
}
