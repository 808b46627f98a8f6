/**
 * Helpers for the real-browser tests and the popup benchmark: typed messages sent from an extension
 * page, and reads of what the service worker shows (badge, notifications).
 */
import type { Page, Worker } from 'playwright-core';
import type { MessageType, Request, Response } from '../messaging/protocol';

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
