/**
 * Moves an account's records (enrollments, sends, reminders) to another account identity, in one
 * transaction: when a Customer360 company is first linked to its Salesforce Account, what was kept under
 * the company's Gainsight identity joins the Account's history, so nothing the user did is lost and no
 * reminder is left twice. Where both already hold a record for the same program and step, the more
 * advanced one is kept (merge.ts), as when a backup is merged in.
 */
import type { HistoryOwner } from '../../shared/accounts/history-owner';
import { openRemindersDb } from './db/open';
import { DB_NAME } from './db/schema';
import { writeFailure } from '../../shared/reminders/errors';
import { accountKeyOf, toEnrollment, toReminder, toSendRecord } from '../../shared/reminders/keys';
import { moreAdvancedEnrollment, moreAdvancedReminder, moreAdvancedSend } from './merge';
import type { AccountRef } from '../../shared/reminders/records';

/** What a move needs of a store; idb's typed stores of the three data stores are all of this shape. */
interface AccountStore<T> {
  index(name: 'byAccount'): { getAll(key: string): Promise<T[]> };
  get(key: string): Promise<T | undefined>;
  put(value: T): Promise<unknown>;
  delete(key: string): Promise<void>;
}

const rekeyed = (account: AccountRef, to: HistoryOwner): AccountRef => ({ ...account, source: to.source, org: to.org, id: to.id });

async function moveStore<T extends { key: string; account: AccountRef }>(
  store: AccountStore<T>, fromKey: string, rekey: (record: T) => T, merge: (stored: T, incoming: T) => T,
): Promise<number> {
  const records = await store.index('byAccount').getAll(fromKey);
  for (const record of records) {
    const incoming = rekey(record);
    const stored = await store.get(incoming.key);
    await store.put(stored ? merge(stored, incoming) : incoming);
    await store.delete(record.key);
  }
  return records.length;
}

/** Moves every record of `from` to `to`; returns how many moved (0 when there was nothing to move). */
export async function moveHistory(from: HistoryOwner, to: HistoryOwner, name: string = DB_NAME): Promise<number> {
  const fromKey = accountKeyOf(from);
  if (fromKey === accountKeyOf(to)) return 0;
  // A connection of its own, closed at once: this runs rarely (the first time a company is linked).
  const db = await openRemindersDb({ name });
  const tx = db.transaction(['enrollments', 'sendLog', 'reminders'], 'readwrite');
  try {
    const moved =
      (await moveStore(tx.objectStore('enrollments'), fromKey, (r) => toEnrollment({ ...r, account: rekeyed(r.account, to) }), moreAdvancedEnrollment)) +
      (await moveStore(tx.objectStore('sendLog'), fromKey, (r) => toSendRecord({ ...r, account: rekeyed(r.account, to) }), moreAdvancedSend)) +
      (await moveStore(tx.objectStore('reminders'), fromKey, (r) => toReminder({ ...r, account: rekeyed(r.account, to) }), moreAdvancedReminder));
    await tx.done;
    return moved;
  } catch (error) {
    tx.done.catch(() => undefined);
    throw writeFailure(error);
  } finally {
    db.close();
  }
}
