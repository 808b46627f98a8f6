/**
 * The reminders database's one connection per context, opened on first use, and its readwrite
 * transactions: a throw aborts one, so nothing partial is ever written.
 */
import { type RemindersConnection, deleteRemindersDb, openRemindersDb } from './db/open';
import type { StoreName } from './db/schema';
import { openFailure, writeFailure } from '../../shared/reminders/errors';
import type { WriteTx } from './journal';

export function remindersConnection(name: string) {
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

  async function destroy(options: { onBlocked?: () => void } = {}): Promise<void> {
    const open = connection;
    connection = null;
    await open?.then((c) => c.close()).catch(() => undefined);
    await deleteRemindersDb(name, options.onBlocked);
  }

  function close(): void {
    void connection?.then((c) => c.close()).catch(() => undefined);
    connection = null;
  }

  return { db, write, destroy, close };
}
