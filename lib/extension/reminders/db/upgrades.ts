/**
 * Every schema version as an upgrade step. A database at any earlier version opens by running the
 * steps after its version, in order, inside the one versionchange transaction: all or nothing.
 *
 * Steps are written against the stores as they were then (untyped), never against today's types,
 * because they must keep producing exactly that version's shape as the code moves on.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { moreAdvancedEnrollment, moreAdvancedReminder, moreAdvancedSend } from '../merge';
import type { Touched, UndoRecord } from '../../../shared/reminders/undo';
import { migrateEnrollmentToV3, migrateReminderToV3, migrateSendToV3 } from './org-keys';
import { UNDO_KEY } from './schema';
import { keyBooksByReader } from './book-readers';

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

export const SKIPPED_BEFORE_REASONS = 'Skipped before reasons were recorded';

/**
 * v1 → v2 for one reminder's fields: skipped ones get a reason. Also applied to imported backups,
 * which may come from a v1 install.
 */
export function reminderFieldsToV2<T extends { status?: unknown; skipReason?: unknown }>(old: T): T {
  const needsReason = old.status === 'skipped' && !old.skipReason;
  return needsReason ? { ...old, skipReason: SKIPPED_BEFORE_REASONS } : old;
}

/** v2's queue field: when a pending reminder next comes up. Keys stay as v1 made them. */
function withPendingDue(record: Record<string, unknown>): Record<string, unknown> {
  const { pendingDue: _stale, ...rest } = record;
  return record.status === 'pending' ? { ...rest, pendingDue: record.snoozedUntil ?? record.dueDate } : rest;
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
      await cursor.update(withPendingDue(reminderFieldsToV2(cursor.value as Record<string, unknown>)));
    }
  },
};

/**
 * Rewrites every record of a store under its new key. All are read first and the store is emptied
 * before writing: a cursor walking the store would meet the re-keyed records again. Two old records
 * landing on one key (impossible from v2's own keys, but cheap to be sure of) keep the more advanced.
 */
async function rekey<T extends { key: string }>(
  tx: UpgradeTransaction, name: string, migrate: (old: unknown) => T, pick: (a: T, b: T) => T,
): Promise<void> {
  const store = tx.objectStore(name);
  const next = new Map<string, T>();
  for (const old of await store.getAll()) {
    const record = migrate(old);
    const seen = next.get(record.key);
    next.set(record.key, seen ? pick(seen, record) : record);
  }
  await store.clear();
  await Promise.all([...next.values()].map((record) => store.put(record)));
}

const MIGRATE_V3: Record<Touched['store'], (old: unknown) => { key: string }> = {
  enrollments: migrateEnrollmentToV3,
  sendLog: migrateSendToV3,
  reminders: migrateReminderToV3,
};

/** The undo record names records by key and holds their before/after: both move to the new keys. */
function undoToV3(record: UndoRecord): UndoRecord {
  const touched = record.touched.map((entry) => {
    const migrate = MIGRATE_V3[entry.store];
    const before = entry.before ? migrate(entry.before) : null;
    const after = entry.after ? migrate(entry.after) : null;
    return { ...entry, key: (after ?? before)?.key ?? entry.key, before, after } as Touched;
  });
  return { ...record, touched };
}

/**
 * v3: every record keyed by org as well as record id (org-keys.ts), with keys whose parts are escaped
 * so an id holding `|` can no longer merge two records. The byAccount index follows `accountKey`.
 */
const v3: UpgradeStep = {
  version: 3,
  async run(_db, tx) {
    await rekey(tx, 'enrollments', migrateEnrollmentToV3, moreAdvancedEnrollment);
    await rekey(tx, 'sendLog', migrateSendToV3, moreAdvancedSend);
    await rekey(tx, 'reminders', migrateReminderToV3, moreAdvancedReminder);
    const undo = tx.objectStore('undo');
    const last = (await undo.get(UNDO_KEY)) as UndoRecord | undefined;
    if (last) await undo.put(undoToV3(last), UNDO_KEY);
  },
};

/**
 * v4: the cache of "My book" (book-cache.ts) beside the user's records, which it leaves untouched: two
 * new stores, nothing rewritten.
 */
const v4: UpgradeStep = {
  version: 4,
  run(db) {
    db.createObjectStore('bookMeta', { keyPath: 'org' });
    db.createObjectStore('bookPages', { keyPath: ['org', 'index'] });
    db.createObjectStore('bookViews', { keyPath: 'org' });
  },
};

/** v5: My book's cache keyed by org and user (book-readers.ts); the user's own records are untouched. */
const v5: UpgradeStep = {
  version: 5,
  run: keyBooksByReader,
};

export const UPGRADES: readonly UpgradeStep[] = [v1, v2, v3, v4, v5];

export async function runUpgrades(db: UpgradeDb, tx: UpgradeTransaction, fromVersion: number, toVersion: number): Promise<void> {
  for (const step of UPGRADES) {
    if (step.version > fromVersion && step.version <= toVersion) await step.run(db, tx);
  }
}
