import { launch } from './harness';
import { C360, sample, signInToSalesforce, LIGHTNING } from './sandbox-pages';
import { newTab } from './bidi';
const h = await launch();
const acct = sample(h.sandbox, 'new-subscription-day-2');
const ext = await h.openExtensionPage('popup.html');
const page = await h.openPage(C360(acct.gainsightId));
await page.waitForSelector('cta-playbook-companion', { timeout: 15000 });
const pt = await page.evaluate(() => { const x = 30, y = innerHeight - 24; return { x, y, hit: document.elementFromPoint(x, y)?.tagName, w: innerWidth, h: innerHeight }; });
console.log(pt);
await page.mouse.click(pt.x, pt.y);
await new Promise((r) => setTimeout(r, 1500));
console.log('sidebar open after chip click:', await ext.evaluate(() => (globalThis as any).browser.sidebarAction.isOpen({})));
// popup's own open button path
console.log('sidebarAction.open from evaluate (no gesture):', await ext.evaluate(() => (globalThis as any).browser.sidebarAction.open().then(() => 'opened', (e: Error) => 'rejected: ' + e.message)));
// containers
const ctx = await h.browser.createBrowserContext();
const cpage = await ctx.newPage().catch((e) => { console.log('ctx newPage failed', String(e).slice(0, 150)); return null; });
if (cpage) {
  await signInToSalesforce(cpage);
  console.log('container page', cpage.url());
  const info = await ext.evaluate(async () => {
    const b = (globalThis as any).browser;
    const tabs = await b.tabs.query({ url: 'https://*.lightning.force.com/*' });
    const stores = await b.cookies.getAllCookieStores();
    const def = await b.cookies.get({ url: 'https://gitlab.my.salesforce.com/', name: 'sid' });
    const inStore = tabs[0] ? await b.cookies.get({ url: 'https://gitlab.my.salesforce.com/', name: 'sid', storeId: tabs[0].cookieStoreId }) : null;
    return { tabs: tabs.map((t: any) => [t.id, t.cookieStoreId]), stores, def: def?.value ?? null, inStore: inStore?.value?.slice(0, 10) ?? null };
  });
  console.log(JSON.stringify(info));
}
const p2 = await h.openPage('https://gitlab.my.salesforce.com/');
await signInToSalesforce(p2);
console.log('default sign in', p2.url());
console.log('default sid', await ext.evaluate(async () => (await (globalThis as any).browser.cookies.get({ url: 'https://gitlab.my.salesforce.com/', name: 'sid' }))?.value?.slice(0, 10)));
await h.close();
