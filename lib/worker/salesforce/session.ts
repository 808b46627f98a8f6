import { browser } from 'wxt/browser';
import { isSalesforceApiHost, orgIdOfSid, salesforceApiHost } from '../../shared/salesforce/hosts';

/**
 * The user's own Salesforce session: a `sid` cookie. Which one matters:
 * - the **cookie store of the tab** (an incognito window, a Firefox container): a session from another
 *   store belongs to another identity and must not be used for this tab;
 * - the **org of the page**: a sid's value starts with its org id (`00D…!`). Lightning holds a sid of
 *   its own, which names the page's org; the API call takes the `my.salesforce.com` sid of that same
 *   org (the way Salesforce Inspector Reloaded pairs them), so a tab can never act on another org.
 */

export interface SidCookie {
  /** The cookie's domain, with or without the leading dot. */
  domain: string;
  value: string;
}

export interface OrgSession {
  sid: string;
  /** The host the sid was issued for: the one to call. */
  apiHost: string;
  orgId: string | null;
}

const domainOf = (cookie: SidCookie) => cookie.domain.replace(/^\./, '').toLowerCase();

/**
 * The session to call `apiHost` with, among the sid cookies of one cookie store. With the page's org
 * id known, only a sid of that org qualifies: the one on `apiHost` first, else one on another API host
 * of the same org (a renamed My Domain). Without it, only the sid on `apiHost` itself.
 */
export function pickSession(cookies: readonly SidCookie[], want: { apiHost: string; orgId: string | null }): OrgSession | null {
  const apiHost = want.apiHost.toLowerCase();
  const usable = cookies
    .filter((c) => c.value && isSalesforceApiHost(domainOf(c)))
    .map((c) => ({ sid: c.value, apiHost: domainOf(c), orgId: orgIdOfSid(c.value) }));
  if (!want.orgId) return usable.find((s) => s.apiHost === apiHost) ?? null;
  const sameOrg = usable.filter((s) => s.orgId === want.orgId);
  return sameOrg.find((s) => s.apiHost === apiHost) ?? sameOrg[0] ?? null;
}

/** What the session lookup needs from the browser; injected so it is testable (fakeBrowser has no cookies). */
export interface CookieAccess {
  getCookie(details: { url: string; name: string; storeId?: string }): Promise<{ value: string } | null>;
  getAllCookies(details: { name: string; domain: string; storeId?: string }): Promise<SidCookie[]>;
  /** Firefox: the tab's own store (containers, private windows). */
  tabCookieStoreId(tabId: number): Promise<string | undefined>;
  /** Chrome: every store with the tabs it holds. */
  cookieStores(): Promise<{ id: string; tabIds: number[] }[]>;
}

export const browserCookies: CookieAccess = {
  getCookie: async (details) => (await browser.cookies.get(details)) ?? null,
  getAllCookies: (details) => browser.cookies.getAll(details),
  async tabCookieStoreId(tabId) {
    try {
      const tab = (await browser.tabs.get(tabId)) as { cookieStoreId?: string };
      return tab.cookieStoreId;
    } catch {
      return undefined;
    }
  },
  cookieStores: () => browser.cookies.getAllCookieStores(),
};

/**
 * The cookie store a tab uses: undefined (the default store) when no tab is named, null when the browser
 * cannot say which store holds the tab. Never the default store in its place: a tab in a container or an
 * incognito window would then act with another session than the one its page shows.
 */
export async function cookieStoreOf(tabId: number | undefined, access: CookieAccess = browserCookies): Promise<string | undefined | null> {
  if (tabId === undefined) return undefined;
  const own = await access.tabCookieStoreId(tabId);
  if (own) return own;
  const stores = await access.cookieStores().catch(() => []);
  return stores.find((s) => s.tabIds.includes(tabId))?.id ?? null;
}

export interface PageSessionInput {
  /** The Lightning (or API host) page the session is for. */
  pageUrl: string;
  tabId?: number;
}

/** The org id the page's own sid names (Lightning keeps one on its host), or null when it has none. */
async function pageOrgId(pageUrl: string, storeId: string | undefined, access: CookieAccess): Promise<string | null> {
  const cookie = await access.getCookie({ url: pageUrl, name: 'sid', ...(storeId ? { storeId } : {}) }).catch(() => null);
  return cookie ? orgIdOfSid(cookie.value) : null;
}

/** The API host a page's org answers on: its mapping, or the page's own host when it is an API host. */
export function apiHostOfPage(pageUrl: string): string | null {
  let host: string;
  try {
    host = new URL(pageUrl).hostname.toLowerCase();
  } catch {
    return null;
  }
  return salesforceApiHost(host) ?? (isSalesforceApiHost(host) ? host : null);
}

/** The session for a page in a tab: same cookie store, same org. Null when the user is not signed in there. */
export async function sessionForPage(input: PageSessionInput, access: CookieAccess = browserCookies): Promise<OrgSession | null> {
  const apiHost = apiHostOfPage(input.pageUrl);
  if (!apiHost) return null;
  const storeId = await cookieStoreOf(input.tabId, access);
  if (storeId === null) return null;
  const [orgId, cookies] = await Promise.all([
    pageOrgId(input.pageUrl, storeId, access),
    access.getAllCookies({ name: 'sid', domain: 'my.salesforce.com', ...(storeId ? { storeId } : {}) }).catch(() => []),
  ]);
  return pickSession(cookies, { apiHost, orgId });
}

/** Every org the default cookie store holds an API session for, for the options page's org list. */
export async function signedInApiHosts(access: CookieAccess = browserCookies): Promise<{ apiHost: string; orgId: string | null }[]> {
  const cookies = await access.getAllCookies({ name: 'sid', domain: 'my.salesforce.com' }).catch(() => []);
  const hosts = new Map<string, string | null>();
  for (const c of cookies) if (isSalesforceApiHost(domainOf(c)) && c.value) hosts.set(domainOf(c), orgIdOfSid(c.value));
  return [...hosts].map(([apiHost, orgId]) => ({ apiHost, orgId }));
}

