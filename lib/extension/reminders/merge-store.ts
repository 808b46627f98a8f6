/** Merges incoming records into one store (backup import), inside the repository's transaction. */
import type { StoreName } from './db/schema';
import type { StoredRecord, WriteTx } from './journal';
import type { MergeSummary } from '../../shared/reminders/results';

type DataStore = Exclude<StoreName, 'undo'>;

export async function mergeStore<T extends StoredRecord>(
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
