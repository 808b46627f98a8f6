/**
 * The journal of one write transaction: reads records and writes them, remembering each written
 * record's state before and after, so a popup action can be undone exactly. It never opens a
 * transaction itself: the repository hands it the one it opened.
 *
 * A bulk write reads ahead (`readAhead`): every record its sends can touch, in one round of requests,
 * then reads and writes against that copy and puts each changed record once at the end (`settled`). On
 * Chromium each request is a trip to the browser process: 100 sends took about a dozen requests each,
 * waited on one after another; this is three reads each in one round, then the puts in another.
 */
import type { IDBPTransaction } from 'idb';
import type { RemindersDb, StoreName } from './db/schema';
import type { Enrollment, Reminder, SendRecord } from '../../shared/reminders/records';
import type { JournaledStore, Touched } from '../../shared/reminders/undo';

export type WriteTx = IDBPTransaction<RemindersDb, StoreName[], 'readwrite'>;
export type StoredRecord = Enrollment | SendRecord | Reminder;

/** What one send may touch: its enrollment, that enrollment's reminders (every step) and its log record. */
export interface ReadAhead {
  enrollmentKey: string;
  sendKey: string;
}

const idOf = (store: JournaledStore, key: string) => `${store}|${key}`;

/** A reminder's key is its enrollment's key and `|step` (keys.ts escapes `|` inside parts). */
const enrollmentOfReminder = (key: string) => key.slice(0, key.lastIndexOf('|'));

export class Journal {
  private readonly touched = new Map<string, Touched>();
  /** Records as this transaction has them now, by store and key; null: known to be absent. */
  private readonly known = new Map<string, StoredRecord | null>();
  /** Enrollments whose reminders are all in `known`: a reminder of theirs not there does not exist. */
  private readonly wholeReminders = new Set<string>();
  private batched = false;

  constructor(readonly tx: WriteTx) {}

  /** Reads every record `sends` can touch at once; from then on puts wait for `settled`. */
  async readAhead(sends: readonly ReadAhead[]): Promise<void> {
    this.batched = true;
    const enrollments = [...new Set(sends.map((s) => s.enrollmentKey))];
    const logs = [...new Set(sends.map((s) => s.sendKey))];
    await Promise.all([
      ...enrollments.map(async (key) => {
        const [enrollment, reminders] = await Promise.all([
          this.tx.objectStore('enrollments').get(key),
          this.tx.objectStore('reminders').getAll(IDBKeyRange.bound(`${key}|`, `${key}|\uffff`)),
        ]);
        this.known.set(idOf('enrollments', key), enrollment ?? null);
        for (const reminder of reminders) this.known.set(idOf('reminders', reminder.key), reminder);
        this.wholeReminders.add(key);
      }),
      ...logs.map(async (key) => this.known.set(idOf('sendLog', key), (await this.tx.objectStore('sendLog').get(key)) ?? null)),
    ]);
  }

  enrollment(key: string): Promise<Enrollment | undefined> {
    const known = this.cached('enrollments', key) as Enrollment | null | undefined;
    return known === undefined ? this.tx.objectStore('enrollments').get(key) : Promise.resolve(known ?? undefined);
  }

  reminder(key: string): Promise<Reminder | undefined> {
    const known = this.cached('reminders', key) as Reminder | null | undefined;
    return known === undefined ? this.tx.objectStore('reminders').get(key) : Promise.resolve(known ?? undefined);
  }

  /** The record as read ahead or written here; null: known to be absent; undefined: not known here. */
  private cached(store: JournaledStore, key: string): StoredRecord | null | undefined {
    const id = idOf(store, key);
    if (this.known.has(id)) return this.known.get(id);
    return store === 'reminders' && this.wholeReminders.has(enrollmentOfReminder(key)) ? null : undefined;
  }

  put(store: 'enrollments', value: Enrollment): Promise<void>;
  put(store: 'sendLog', value: SendRecord): Promise<void>;
  put(store: 'reminders', value: Reminder): Promise<void>;
  async put(store: JournaledStore, value: StoredRecord): Promise<void> {
    const id = idOf(store, value.key);
    const entry = this.touched.get(id);
    if (entry) entry.after = value;
    else {
      const known = this.cached(store, value.key);
      const before = known === undefined ? (((await this.tx.objectStore(store).get(value.key)) ?? null) as StoredRecord | null) : known;
      // The overloads pair each store with its record type; TS cannot carry that pairing into the union.
      this.touched.set(id, { store, key: value.key, before, after: value } as Touched);
    }
    if (!this.batched) return void (await this.tx.objectStore(store).put(value));
    // Written in `settled`, once per record: a new enrollment moved on by its own send is one put.
    this.known.set(id, value);
  }

  /** Writes each record a batched journal changed, in its final state; a failed put rejects here (and aborts the transaction). */
  async settled(): Promise<void> {
    if (!this.batched) return;
    await Promise.all([...this.touched.values()].map((entry) => this.tx.objectStore(entry.store).put(entry.after!)));
  }

  entries(): Touched[] {
    return [...this.touched.values()];
  }
}
