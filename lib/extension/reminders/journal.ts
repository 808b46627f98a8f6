/**
 * The journal of one write transaction: reads records and writes them, remembering each written
 * record's state before and after, so a popup action can be undone exactly. It never opens a
 * transaction itself: the repository hands it the one it opened.
 */
import type { IDBPTransaction } from 'idb';
import type { RemindersDb, StoreName } from './db/schema';
import type { Enrollment, Reminder, SendRecord } from '../../shared/reminders/records';
import type { JournaledStore, Touched } from '../../shared/reminders/undo';

export type WriteTx = IDBPTransaction<RemindersDb, StoreName[], 'readwrite'>;
export type StoredRecord = Enrollment | SendRecord | Reminder;

export class Journal {
  private readonly touched = new Map<string, Touched>();

  constructor(readonly tx: WriteTx) {}

  enrollment(key: string): Promise<Enrollment | undefined> {
    return this.tx.objectStore('enrollments').get(key);
  }

  reminder(key: string): Promise<Reminder | undefined> {
    return this.tx.objectStore('reminders').get(key);
  }

  put(store: 'enrollments', value: Enrollment): Promise<void>;
  put(store: 'sendLog', value: SendRecord): Promise<void>;
  put(store: 'reminders', value: Reminder): Promise<void>;
  async put(store: JournaledStore, value: StoredRecord): Promise<void> {
    const id = `${store}|${value.key}`;
    const entry = this.touched.get(id);
    if (entry) entry.after = value;
    else {
      const before = ((await this.tx.objectStore(store).get(value.key)) ?? null) as StoredRecord | null;
      // The overloads pair each store with its record type; TS cannot carry that pairing into the union.
      this.touched.set(id, { store, key: value.key, before, after: value } as Touched);
    }
    await this.tx.objectStore(store).put(value);
  }

  entries(): Touched[] {
    return [...this.touched.values()];
  }
}
