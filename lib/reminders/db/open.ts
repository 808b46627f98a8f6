/** Opening the reminders database at the current version (or, for migration tests, an older one). */
import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, SCHEMA_VERSION, type RemindersDb } from './schema';
import { type UpgradeTransaction, runUpgrades } from './upgrades';

export type RemindersConnection = IDBPDatabase<RemindersDb>;

export interface OpenOptions {
  name?: string;
  version?: number;
  /** Called when this connection closed itself so a newer version (another context's) can open. */
  onClose?: () => void;
}

export async function openRemindersDb(options: OpenOptions = {}): Promise<RemindersConnection> {
  const version = options.version ?? SCHEMA_VERSION;
  const db: RemindersConnection = await openDB<RemindersDb>(options.name ?? DB_NAME, version, {
    upgrade(upgradeDb, oldVersion, newVersion, tx) {
      // A failed step aborts the versionchange transaction, so the database stays at its old version
      // and the open rejects (its caller sees the error; `done` would only repeat it).
      tx.done.catch(() => undefined);
      // Upgrade steps see the database as it was at their version, so they take it untyped.
      const steps = runUpgrades(upgradeDb as IDBPDatabase<unknown>, tx as unknown as UpgradeTransaction, oldVersion, newVersion ?? version);
      steps.catch((error: unknown) => {
        console.error(`[reminders] upgrade from v${oldVersion} failed; the database stays as it was`, error);
        tx.abort();
      });
    },
    // The popup and the worker share the database; an old connection must step aside for an upgrade.
    blocking() {
      db.close();
      options.onClose?.();
    },
    terminated() {
      options.onClose?.();
    },
  });
  return db;
}
