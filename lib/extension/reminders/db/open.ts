/** Opening the reminders database at the current version (or, for migration tests, an older one). */
import { deleteDB, openDB, type IDBPDatabase } from 'idb';
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

export const DATA_STORES = ['enrollments', 'sendLog', 'reminders'] as const;
export type DataStoreName = (typeof DATA_STORES)[number];

export interface SalvagedStores {
  /** The version the database is at, whatever this code knows (a newer one's records are kept as they are). */
  version: number;
  records: Partial<Record<DataStoreName, unknown[]>>;
  /** Stores that could not be read, each with why. */
  unreadable: string[];
}

/**
 * Reads every data store as it is, without upgrading: opened with no version, so a database left at an
 * older version by a failed upgrade, or at a newer one by a downgrade, can still be exported. Never
 * creates a database that is not there.
 */
export async function salvageStores(name: string = DB_NAME): Promise<SalvagedStores | null> {
  let db: IDBPDatabase<unknown>;
  try {
    db = await openDB(name, undefined, {
      // Only a database that does not exist asks for an upgrade when opened without a version.
      upgrade(_db, _old, _new, tx) {
        tx.done.catch(() => undefined);
        tx.abort();
      },
    });
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') return null;
    throw error;
  }
  try {
    const salvaged: SalvagedStores = { version: db.version, records: {}, unreadable: [] };
    for (const store of DATA_STORES) {
      if (!db.objectStoreNames.contains(store)) continue;
      try {
        salvaged.records[store] = await db.getAll(store);
      } catch (error) {
        salvaged.unreadable.push(`${store}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return salvaged;
  } finally {
    db.close();
  }
}

/**
 * Deletes the database. Open connections (this and other windows of the extension) close themselves
 * on the version change; one that does not blocks the deletion, which then waits for it.
 */
export function deleteRemindersDb(name: string = DB_NAME, onBlocked: () => void = () => undefined): Promise<void> {
  return deleteDB(name, { blocked: onBlocked });
}
