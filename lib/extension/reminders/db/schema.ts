/**
 * The current shape of the reminders database, for idb's typed transactions. Older shapes exist only
 * in upgrades.ts, which turns any earlier database into this one.
 */
import type { DBSchema } from 'idb';
import type { Account } from '../../../shared/accounts/account';
import type { BookMeta, BookViewRecord } from '../../../shared/book/book-records';
import type { AccountKey, Enrollment, Reminder, SendRecord } from '../../../shared/reminders/records';
import type { UndoRecord } from '../../../shared/reminders/undo';

export const DB_NAME = 'cta-reminders';
export const SCHEMA_VERSION = 5;
export const UNDO_KEY = 'last';

export interface RemindersDb extends DBSchema {
  enrollments: { key: string; value: Enrollment; indexes: { byAccount: AccountKey } };
  sendLog: { key: string; value: SendRecord; indexes: { byAccount: AccountKey } };
  /** byDueDate covers only pending reminders (see Reminder.pendingDue): it is the queue, in order. */
  reminders: { key: string; value: Reminder; indexes: { byDueDate: string; byAccount: AccountKey } };
  /** One record under UNDO_KEY: the last popup action. */
  undo: { key: string; value: UndoRecord };
  /** "My book" (book-cache.ts): one meta record per org and user, keyed [org, reader] (book-records.ts). */
  bookMeta: { key: [string, string]; value: BookMeta & { reader: string } };
  /** The book's accounts in chunks, keyed [org, reader, chunk index]. */
  bookPages: { key: [string, string, number]; value: { org: string; reader: string; index: number; accounts: Account[] } };
  /** The book's lists as last planned, per org and user, to show at once on opening. */
  bookViews: { key: [string, string]; value: BookViewRecord & { reader: string } };
}

export type StoreName = 'enrollments' | 'sendLog' | 'reminders' | 'undo';
