import { browser } from 'wxt/browser';
import { backgroundRefresh } from '../reminders/background/start';
import { DB_NAME } from '../reminders/db/schema';

/**
 * "Clear everything" on the options page: every trace the extension keeps in this browser (settings,
 * custom catalog, panel preferences, reminders and send history; the confirmation dialog in
 * components/options/sections/ClearEverything.tsx names them). Runs in the background, which owns the
 * reminders database and the badge.
 */
const DELETE_TIMEOUT_MS = 10_000;

/**
 * Deleting the database (rather than emptying its stores) also drops the undo record and any data a
 * future version adds. Open connections close themselves on the version change (see
 * lib/reminders/db/open.ts) and the repository reopens a fresh database on next use.
 */
function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    const timer = setTimeout(() => reject(new Error('The reminders are still open in another window: close it and try again.')), DELETE_TIMEOUT_MS);
    request.onsuccess = () => {
      clearTimeout(timer);
      resolve();
    };
    request.onerror = () => {
      clearTimeout(timer);
      reject(request.error ?? new Error('The reminders could not be deleted.'));
    };
  });
}

export async function clearEverything(): Promise<void> {
  await browser.storage.local.clear();
  await deleteDatabase(DB_NAME);
  // The badge, alarm and notifications still describe the deleted reminders until refreshed.
  await backgroundRefresh();
}
