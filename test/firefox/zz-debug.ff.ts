import { afterAll, beforeAll, it } from 'vitest';
import { launch, type FirefoxHarness } from './harness';
import { C360, sample } from './sandbox-pages';
import { landmarkOf } from './panel-reading';
import { textOf } from './roles';

let h: FirefoxHarness;
beforeAll(async () => { h = await launch(); });
afterAll(async () => { await h?.close(); });

it('debug', async () => {
  const account = sample(h.sandbox, 'two-gitlab-admins');
  const page = await h.openPage(C360(account.gainsightId));
  const panel = await h.openPanelFor(page);
  await new Promise((r) => setTimeout(r, 8000));
  const lm = await landmarkOf(panel);
  console.log('lists', await lm.evaluate((m) => [...m.querySelectorAll('ul')].map((u) => u.getAttribute('aria-label') + ':' + u.children.length + ':' + [...u.children].map(li => li.getAttribute('aria-labelledby')).join('|'))));
  const { programItemNames } = await import('./panel-reading');
  console.log('due', await programItemNames(lm, 'Due now'), await programItemNames(lm, 'Upcoming'));
  const ctx = await panel.evaluate(async () => {
    const b = (globalThis as any).browser;
    try { return JSON.stringify(await b.runtime.getContexts({})); } catch (e) { return 'ERR ' + String(e); }
  });
  console.log('contexts', ctx);
  const answer = await panel.evaluate(async () => { try { return JSON.stringify(await (globalThis as any).browser.runtime.sendMessage({ type: 'panel.open', payload: {} })); } catch (e) { return 'ERR ' + String(e); } });
  console.log('answer', answer);
  const chip = await page.waitForSelector('cta-playbook-companion', { timeout: 20_000 });
  await page.bringToFront();
  await chip!.click();
  await new Promise((r) => setTimeout(r, 4000));
  console.log('targets', h.browser.targets().map((t) => t.url()));
  const ctx2 = await panel.evaluate(async () => JSON.stringify(await (globalThis as any).browser.runtime.getContexts({})));
  console.log('contexts after', ctx2);
}, 60_000);
