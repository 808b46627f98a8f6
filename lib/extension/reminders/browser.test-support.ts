/**
 * Helpers for the real-browser tests, the popup benchmark and the soak: typed messages sent from an
 * extension page, reads of what the service worker shows (badge, notifications), the database read and
 * written raw, and the faults a browser can inflict (a stopped worker, a full disk).
 */
import type { Page, Worker } from 'playwright-core';
import type { MessageType, Request, Response } from '../../shared/messaging/protocol';
import { DB_NAME } from './db/schema';
import type { Enrollment, Reminder, SendRecord } from '../../shared/reminders/records';
import type { UndoRecord } from '../../shared/reminders/undo';

/** The slice of the extension API called inside the browser (the project has no @types/chrome). */
interface ChromeApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  action: { getBadgeText(details: object): Promise<string> };
  notifications: { getAll(): Promise<Record<string, boolean>> };
}
declare const chrome: ChromeApi;

/** Sends a message the way an extension page does (the background trusts extension pages only for some). */
export async function sendFromPage<K extends MessageType>(page: Page, type: K, payload: Request<K>): Promise<Response<K>> {
  const answer = await page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const);
  return answer as Response<K>;
}

export function badgeText(worker: Worker): Promise<string> {
  return worker.evaluate(() => chrome.action.getBadgeText({}));
}

export async function notificationIds(worker: Worker): Promise<string[]> {
  return Object.keys(await worker.evaluate(() => chrome.notifications.getAll())).sort();
}

/** What the reminders database holds, read raw in an extension page (for fault tests: no repository code involved). */
export interface StoredRecords {
  enrollments: Enrollment[];
  sendLog: SendRecord[];
  reminders: Reminder[];
  undo: UndoRecord[];
}

export function readStores(page: Page): Promise<StoredRecords> {
  // No named functions inside: tsx's keepNames would call a helper the page does not have.
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const [enrollments, sendLog, reminders, undo] = await Promise.all(
      ['enrollments', 'sendLog', 'reminders', 'undo'].map(
        (store) =>
          new Promise<unknown[]>((resolve, reject) => {
            if (!db.objectStoreNames.contains(store)) return resolve([]);
            const request = db.transaction(store).objectStore(store).getAll();
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    db.close();
    return { enrollments, sendLog, reminders, undo };
  }, DB_NAME) as Promise<StoredRecords>;
}

/** Writes records straight into the database, as if they had been there all along (no refresh, no notification). */
export async function putRecords(page: Page, store: 'reminders' | 'enrollments' | 'sendLog', records: object[]): Promise<void> {
  await page.evaluate(
    async ([name, storeName, values]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(storeName, 'readwrite');
      for (const value of values) tx.objectStore(storeName).put(value);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    [DB_NAME, store, records] as const,
  );
}

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: string;
}

/**
 * Stops the extension's service worker the way the browser does when it is idle or killed (CDP
 * `ServiceWorker.stopWorker`), from an extension page. The next event (a message, an alarm) starts it again.
 */
export async function serviceWorkerControl(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  // URL.origin is "null" for chrome-extension: URLs in Node.
  const url = new URL(page.url());
  const origin = `${url.protocol}//${url.host}`;
  const versions = new Map<string, WorkerVersion>();
  cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
    for (const version of event.versions) versions.set(version.versionId, version);
  });
  await cdp.send('ServiceWorker.enable');
  const ours = () => [...versions.values()].filter((v) => v.scriptURL.startsWith(origin));
  // The versions arrive as events after enable: wait for ours before anyone asks to stop it.
  for (let waited = 0; ours().length === 0 && waited < 5_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
  return {
    /** True when a running worker was stopped. */
    async stop(): Promise<boolean> {
      const running = ours().filter((v) => v.runningStatus === 'running' || v.runningStatus === 'starting');
      await Promise.all(running.map((v) => cdp.send('ServiceWorker.stopWorker', { versionId: v.versionId }).catch(() => undefined)));
      return running.length > 0;
    },
    running: () => ours().some((v) => v.runningStatus === 'running'),
    close: () => cdp.detach().catch(() => undefined),
  };
}

/**
 * A full disk, in the worker only and from the test side (nothing of it is in the extension): every
 * IndexedDB write fails with the browser's QuotaExceededError until `diskFreed`. Chromium's own quota
 * override (CDP Storage.overrideQuotaForOrigin) is not used: it reaches only databases opened or
 * created after it, not a running worker's.
 */
export async function diskFull(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const scope = globalThis as unknown as { __realPut?: typeof IDBObjectStore.prototype.put };
    scope.__realPut ??= IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function put() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
}

export async function diskFreed(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const scope = globalThis as unknown as { __realPut?: typeof IDBObjectStore.prototype.put };
    if (scope.__realPut) IDBObjectStore.prototype.put = scope.__realPut;
  });
}
