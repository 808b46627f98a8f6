/**
 * Every schema version as an upgrade step. A database at any earlier version opens by running the
 * steps after its version, in order, inside the one versionchange transaction: all or nothing.
 *
 * Steps are written against the stores as they were then (untyped), never against today's types,
 * because they must keep producing exactly that version's shape as the code moves on.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { Reminder, ReminderFields } from '../records';
import { toReminder } from '../keys';

type UpgradeDb = IDBPDatabase<unknown>;
export type UpgradeTransaction = IDBPTransaction<unknown, ArrayLike<string>, 'versionchange'>;

export interface UpgradeStep {
  version: number;
  run(db: UpgradeDb, tx: UpgradeTransaction): void | Promise<void>;
}

/** v1: enrollments, the send log and reminders, with reminders indexed by their scheduled due date. */
const v1: UpgradeStep = {
  version: 1,
  run(db) {
    db.createObjectStore('enrollments', { keyPath: 'key' });
    db.createObjectStore('sendLog', { keyPath: 'key' });
    db.createObjectStore('reminders', { keyPath: 'key' }).createIndex('byDueDate', 'dueDate');
  },
};

/** A v1 reminder as stored: no skip reason, no pending-queue field. */
export type ReminderV1 = Omit<ReminderFields, 'skipReason'> & { key: string; accountKey: string };

export const SKIPPED_BEFORE_REASONS = 'Skipped before reasons were recorded';

/**
 * v1 → v2 for one reminder: skipped ones get a reason, pending ones join the queue. Also applied to
 * imported backups, which may come from a v1 install.
 */
export function migrateReminderToV2(old: ReminderV1 | ReminderFields): Reminder {
  const needsReason = old.status === 'skipped' && !('skipReason' in old && old.skipReason);
  return toReminder(needsReason ? { ...old, skipReason: SKIPPED_BEFORE_REASONS } : old);
}

/**
 * v2: look-ups by account (the sidebar shows one account's sends), skip reasons, the undo record, and
 * byDueDate re-pointed at `pendingDue` so the popup's first rows are one bounded index read that never
 * walks past done or skipped reminders — or lists a snoozed one at its old date.
 */
const v2: UpgradeStep = {
  version: 2,
  async run(db, tx) {
    for (const name of ['enrollments', 'sendLog', 'reminders']) tx.objectStore(name).createIndex('byAccount', 'accountKey');
    const reminders = tx.objectStore('reminders');
    reminders.deleteIndex('byDueDate');
    reminders.createIndex('byDueDate', 'pendingDue');
    db.createObjectStore('undo');
    for (let cursor = await reminders.openCursor(); cursor; cursor = await cursor.continue()) {
      await cursor.update(migrateReminderToV2(cursor.value as ReminderV1));
    }
  },
};

export const UPGRADES: readonly UpgradeStep[] = [v1, v2];

export async function runUpgrades(db: UpgradeDb, tx: UpgradeTransaction, fromVersion: number, toVersion: number): Promise<void> {
  for (const step of UPGRADES) {
    if (step.version > fromVersion && step.version <= toVersion) await step.run(db, tx);
  }
}
