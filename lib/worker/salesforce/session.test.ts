import { describe, expect, it } from 'vitest';
import { cookieStoreOf, pickSession, sessionForPage, type CookieAccess, type SidCookie } from './session';

const PROD = '00D5g000004XyZ1';
const UAT = '00D7A000000UaT2';
const OTHER = '00D9Z000000Oth3';

interface StoredCookie extends SidCookie {
  storeId: string;
}

/** Cookie stores as Chrome and Firefox keep them: each store its own cookies and tabs. */
function browserWith(cookies: StoredCookie[], layout: { tabStores?: Record<number, string>; chromeStores?: { id: string; tabIds: number[] }[] } = {}): CookieAccess & { asked: string[] } {
  const asked: string[] = [];
  const inStore = (storeId: string | undefined) => cookies.filter((c) => c.storeId === (storeId ?? '0'));
  return {
    asked,
    async getCookie({ url, name, storeId }) {
      asked.push(`get ${new URL(url).host} ${storeId ?? 'default'}`);
      const host = new URL(url).hostname;
      return inStore(storeId).find((c) => name === 'sid' && c.domain.replace(/^\./, '') === host) ?? null;
    },
    async getAllCookies({ domain, storeId }) {
      asked.push(`all ${domain} ${storeId ?? 'default'}`);
      return inStore(storeId).filter((c) => c.domain.replace(/^\./, '').endsWith(domain));
    },
    async tabCookieStoreId(tabId) {
      return layout.tabStores?.[tabId];
    },
    async cookieStores() {
      return layout.chromeStores ?? [{ id: '0', tabIds: [] }];
    },
  };
}

const sid = (org: string, token = 'AQ4AQtoken') => `${org}!${token}`;

describe('picking the sid by org', () => {
  it('takes the sid of the page org on the mapped API host', () => {
    const session = pickSession([{ domain: 'gitlab.my.salesforce.com', value: sid(PROD) }], { apiHost: 'gitlab.my.salesforce.com', orgId: PROD });
    expect(session).toEqual({ sid: sid(PROD), apiHost: 'gitlab.my.salesforce.com', orgId: PROD });
  });

  it('never uses a sid of another org, even on the mapped host', () => {
    expect(pickSession([{ domain: 'gitlab.my.salesforce.com', value: sid(OTHER) }], { apiHost: 'gitlab.my.salesforce.com', orgId: PROD })).toBeNull();
  });

  it('finds the page org on another API host when the mapped one has no session (a renamed My Domain)', () => {
    const session = pickSession(
      [
        { domain: 'acme.my.salesforce.com', value: sid(OTHER) },
        { domain: '.gitlab-old.my.salesforce.com', value: sid(PROD) },
      ],
      { apiHost: 'gitlab.my.salesforce.com', orgId: PROD },
    );
    expect(session?.apiHost).toBe('gitlab-old.my.salesforce.com');
  });

  it('keeps a sandbox and its production apart though they share a My Domain name', () => {
    const cookies = [
      { domain: 'gitlab.my.salesforce.com', value: sid(PROD) },
      { domain: 'gitlab--uat.sandbox.my.salesforce.com', value: sid(UAT) },
    ];
    expect(pickSession(cookies, { apiHost: 'gitlab--uat.sandbox.my.salesforce.com', orgId: UAT })?.sid).toBe(sid(UAT));
    expect(pickSession(cookies, { apiHost: 'gitlab--uat.sandbox.my.salesforce.com', orgId: null })?.sid).toBe(sid(UAT));
    expect(pickSession(cookies, { apiHost: 'gitlab.my.salesforce.com', orgId: null })?.sid).toBe(sid(PROD));
  });

  it('without the page org, takes only the sid of the mapped host itself', () => {
    expect(pickSession([{ domain: 'other.my.salesforce.com', value: sid(PROD) }], { apiHost: 'gitlab.my.salesforce.com', orgId: null })).toBeNull();
  });

  it('ignores cookies of hosts that are not API hosts', () => {
    expect(pickSession([{ domain: 'gitlab.lightning.force.com', value: sid(PROD) }], { apiHost: 'gitlab.my.salesforce.com', orgId: PROD })).toBeNull();
  });
});

describe('the cookie store of the tab', () => {
  const pageUrl = 'https://gitlab.lightning.force.com/lightning/r/Account/001000000000001AAA/view';

  it('Chrome: finds the store holding the tab (incognito) and reads only its cookies', async () => {
    const browser = browserWith(
      [
        { storeId: '0', domain: 'gitlab.my.salesforce.com', value: sid(PROD, 'normal') },
        { storeId: '1', domain: 'gitlab.lightning.force.com', value: sid(PROD, 'lightning') },
        { storeId: '1', domain: 'gitlab.my.salesforce.com', value: sid(PROD, 'incognito') },
      ],
      { chromeStores: [{ id: '0', tabIds: [1, 2] }, { id: '1', tabIds: [7] }] },
    );
    expect(await cookieStoreOf(7, browser)).toBe('1');
    expect((await sessionForPage({ pageUrl, tabId: 7 }, browser))?.sid).toBe(sid(PROD, 'incognito'));
    expect((await sessionForPage({ pageUrl, tabId: 2 }, browser))?.sid).toBe(sid(PROD, 'normal'));
    expect(browser.asked.filter((a) => a.endsWith(' 1'))).not.toHaveLength(0);
  });

  it('Firefox: uses the tab’s container, so a session in another container is not used', async () => {
    const browser = browserWith(
      [
        { storeId: 'firefox-container-1', domain: 'gitlab.lightning.force.com', value: sid(PROD, 'lightning') },
        { storeId: 'firefox-container-1', domain: 'gitlab.my.salesforce.com', value: sid(PROD, 'work') },
        { storeId: 'firefox-container-2', domain: 'acme.my.salesforce.com', value: sid(OTHER, 'personal') },
      ],
      { tabStores: { 3: 'firefox-container-1', 4: 'firefox-container-2' } },
    );
    expect((await sessionForPage({ pageUrl, tabId: 3 }, browser))?.sid).toBe(sid(PROD, 'work'));
    expect(await sessionForPage({ pageUrl, tabId: 4 }, browser)).toBeNull();
  });

  it('matches the page org read from the Lightning sid, refusing an API sid of another org', async () => {
    const browser = browserWith([
      { storeId: '0', domain: 'gitlab.lightning.force.com', value: sid(PROD, 'lightning') },
      { storeId: '0', domain: 'gitlab.my.salesforce.com', value: sid(OTHER, 'stale') },
    ]);
    expect(await sessionForPage({ pageUrl }, browser)).toBeNull();
  });

  it('is not signed in when the store has no sid for the org', async () => {
    expect(await sessionForPage({ pageUrl, tabId: 9 }, browserWith([]))).toBeNull();
  });

  it('has no session for a page that is not on a Salesforce org', async () => {
    expect(await sessionForPage({ pageUrl: 'https://evil.example/lightning/r/Account/001000000000001AAA/view' }, browserWith([]))).toBeNull();
  });
});

describe('a tab whose cookie store the browser cannot name', () => {
  it('gets no session at all, never the default store’s', async () => {
    const pageUrl = 'https://gitlab.lightning.force.com/lightning/r/Account/001000000000001AAA/view';
    const browser = browserWith(
      [
        { storeId: '0', domain: 'gitlab.lightning.force.com', value: sid(PROD, 'lightning') },
        { storeId: '0', domain: 'gitlab.my.salesforce.com', value: sid(PROD, 'default') },
      ],
      { chromeStores: [{ id: '0', tabIds: [1] }] },
    );
    expect(await cookieStoreOf(9, browser)).toBeNull();
    expect(await sessionForPage({ pageUrl, tabId: 9 }, browser)).toBeNull();
    expect(browser.asked).toEqual([]);
    // The tab the default store holds still gets its session.
    expect((await sessionForPage({ pageUrl, tabId: 1 }, browser))?.sid).toBe(sid(PROD, 'default'));
  });
});
