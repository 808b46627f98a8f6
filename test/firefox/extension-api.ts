/**
 * What the Firefox tests ask the add-on from one of its own pages (Firefox has no service worker to
 * evaluate in: its MV3 background is an event page, and the same APIs answer in any add-on page).
 */
import type { Page } from 'puppeteer-core';
import type { MessageType, Request, Response } from '../../lib/shared/messaging/protocol';

/** The slice of Firefox's `browser.*` called inside the add-on's pages. */
interface FirefoxApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  action: { getBadgeText(details: object): Promise<string> };
  notifications: { getAll(): Promise<Record<string, unknown>> };
  permissions: {
    getAll(): Promise<{ origins?: string[]; permissions?: string[] }>;
    contains(permissions: { origins: string[] }): Promise<boolean>;
    remove(permissions: { origins: string[] }): Promise<boolean>;
  };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
  tabs: { query(query: object): Promise<{ id?: number; url?: string; cookieStoreId?: string }[]> };
}
declare const browser: FirefoxApi;

/** Sends a message as an add-on page does (the background accepts most messages only from those). */
export async function sendFromPage<K extends MessageType>(page: Page, type: K, payload: Request<K>): Promise<Response<K>> {
  const answer: unknown = await page.evaluate((t, p) => browser.runtime.sendMessage({ type: t, payload: p }), type, payload as object);
  return answer as Response<K>;
}

export function badgeText(page: Page): Promise<string> {
  return page.evaluate(() => browser.action.getBadgeText({}));
}

export async function notificationIds(page: Page): Promise<string[]> {
  return Object.keys(await page.evaluate(() => browser.notifications.getAll())).sort();
}

export async function grantedOrigins(page: Page): Promise<string[]> {
  const all = await page.evaluate(() => browser.permissions.getAll());
  return [...new Set(all.origins ?? [])].sort();
}

/** What about:addons → Permissions → "Access your data for …" does when a user turns a site off. */
export function revokeOrigins(page: Page, origins: string[]): Promise<boolean> {
  return page.evaluate((o) => browser.permissions.remove({ origins: o }), origins);
}

export function storedValue(page: Page, key: string): Promise<unknown> {
  return page.evaluate(async (k) => (await browser.storage.local.get(k))[k], key);
}

/**
 * Firefox's id of the tab showing `url`, and the cookie store it uses (`firefox-default`, or a
 * container's). Asked from an add-on page: the add-on sees the URLs of tabs on hosts it may access.
 */
export async function tabOf(page: Page, url: string): Promise<{ id: number; cookieStoreId: string | undefined }> {
  const tabs = await page.evaluate(() => browser.tabs.query({}));
  const tab = tabs.find((t) => t.url === url);
  if (tab?.id === undefined) throw new Error(`No tab has ${url} open`);
  return { id: tab.id, cookieStoreId: tab.cookieStoreId };
}
