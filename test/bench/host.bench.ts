// What the extension costs a host page, measured side by side in one run on the same pages: script
// bytes our code brings to a record page, main-thread script time added per Lightning load, long tasks,
// and how fast the side panel paints a plan once a reader sent its snapshot.
import { gzipSync } from 'node:zlib';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { startSandbox } from '../sandbox/server';
import { chromiumPath, QUIET_FLAGS } from '../../scripts/chromium';
import { C360, hostResolverRules, launch, LIGHTNING, sample, signInToSalesforce, tabIdOf, type Harness } from '../e2e/harness';
import { ensureBuilt, median, report } from './bench-build';

const LOADS = 15;
ensureBuilt();

/** Installed before the page's own scripts: every long task of the page. */
const LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
`;

/** Scripts of the extension's isolated world in a page, gzip-sized from the page's own copy of their source. */
async function watchOurScripts(session: CDPSession, extensionId: string) {
  const ours = new Set<number>();
  const scripts: string[] = [];
  session.on('Runtime.executionContextCreated', (event: { context: { id: number; origin: string } }) => {
    if (event.context.origin === `chrome-extension://${extensionId}`) ours.add(event.context.id);
  });
  session.on('Debugger.scriptParsed', (event: { scriptId: string; executionContextId: number }) => {
    if (ours.has(event.executionContextId)) scripts.push(event.scriptId);
  });
  await session.send('Runtime.enable');
  await session.send('Debugger.enable');
  return {
    async gzipBytes(): Promise<number> {
      let total = 0;
      for (const scriptId of scripts) {
        const { scriptSource } = (await session.send('Debugger.getScriptSource', { scriptId })) as { scriptSource: string };
        total += gzipSync(scriptSource, { level: 9 }).length;
      }
      return total;
    },
  };
}

const scriptMs = async (session: CDPSession): Promise<number> => {
  const { metrics } = (await session.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
};
const longTasks = (page: Page) => page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);

const sandbox = await startSandbox();
const c360Account = sample(sandbox, 'new-subscription-day-2');
const lightningAccount = sample(sandbox, 'two-gitlab-admins');
const LAUNCHER = 'cta-playbook-companion';

/** One Lightning load: the page's script time once the account has rendered (and, with the extension, once the chip is there). */
async function lightningLoad(page: Page, session: CDPSession, withExtension: boolean): Promise<number> {
  const before = await scriptMs(session);
  await page.goto(LIGHTNING('Account', lightningAccount.salesforceId));
  await page.locator('div.windowViewMode-normal.active table[aria-label="Contacts"]').waitFor();
  if (withExtension) await page.locator(LAUNCHER).waitFor();
  await page.waitForTimeout(300);
  const after = await scriptMs(session);
  // The counter is the renderer's: a load that got a fresh renderer starts it again from zero.
  return after >= before ? after - before : after;
}

async function withExtension(h: Harness) {
  const page = await h.context.newPage();
  await page.addInitScript(LONG_TASKS);
  const session = await h.context.newCDPSession(page);
  await session.send('Performance.enable');
  const tasks: number[] = [];

  // C360: the bytes of our scripts on a record page.
  const c360Scripts = await watchOurScripts(session, h.extensionId);
  await page.goto(C360(c360Account.gainsightId));
  await page.locator(LAUNCHER).waitFor({ timeout: 20_000 });
  report('host.c360_record_page_gzip', await c360Scripts.gzipBytes(), 'bytes');
  tasks.push(...(await longTasks(page)));
  for (let i = 0; i < 5; i++) {
    await page.reload();
    await page.locator(LAUNCHER).waitFor({ timeout: 20_000 });
    await page.waitForTimeout(300);
    tasks.push(...(await longTasks(page)));
  }

  // Lightning: the bytes and the script time.
  await signInToSalesforce(page);
  const lightningSession = await h.context.newCDPSession(page);
  await lightningSession.send('Performance.enable');
  const lightningScripts = await watchOurScripts(lightningSession, h.extensionId);
  await lightningLoad(page, lightningSession, true);
  report('host.lightning_record_page_gzip', await lightningScripts.gzipBytes(), 'bytes');
  const times: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    times.push(await lightningLoad(page, lightningSession, true));
    tasks.push(...(await longTasks(page)));
  }
  await page.close();
  return { times, tasks };
}

async function withoutExtension() {
  const browser = await chromium.launch({ executablePath: chromiumPath() ?? undefined, args: [...QUIET_FLAGS, `--host-resolver-rules=${hostResolverRules(sandbox.port)}`, '--ignore-certificate-errors'] });
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  await page.addInitScript(LONG_TASKS);
  const session = await context.newCDPSession(page);
  await session.send('Performance.enable');
  const tasks: number[] = [];
  await page.goto(C360(c360Account.gainsightId));
  await page.getByRole('table', { name: 'Contacts' }).waitFor();
  await signInToSalesforce(page);
  const times: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    times.push(await lightningLoad(page, session, false));
    tasks.push(...(await longTasks(page)));
  }
  await browser.close();
  return { times, tasks };
}

/**
 * From the background receiving a reader's first snapshot of a company (the send, plus one message hop)
 * to the side panel painting that company's plan. Two companies alternate so each load paints anew.
 */
async function snapshotToPainted(h: Harness): Promise<number[]> {
  const worker = await h.serviceWorker();
  await worker.evaluate(`
    globalThis.__snapshots = {};
    chrome.runtime.onMessage.addListener((message) => {
      const name = message?.type === 'page.snapshot' ? message.payload?.account?.name : undefined;
      if (name && !(name in globalThis.__snapshots)) globalThis.__snapshots[name] = performance.timeOrigin + performance.now();
    });
  `);
  const companies = [c360Account, sample(sandbox, 'renewed-3-days-ago')];
  const page = await h.context.newPage();
  await page.goto(C360(companies[1]!.gainsightId));
  const panelPage = await h.openExtensionPage(`sidepanel.html?tabId=${await tabIdOf(h, page)}`);
  await page.bringToFront();
  const delays: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    const company = companies[i % 2]!;
    const name = company.account.name;
    await worker.evaluate('globalThis.__snapshots = {}');
    // A string, not a function: the bench runner's transform would add helpers the page does not have.
    const painted = panelPage.evaluate<number>(`new Promise((resolve) => {
      const expected = ${JSON.stringify(name)};
      const observer = new MutationObserver(() => {
        const shown = [...document.querySelectorAll('main h2')].some((h) => h.textContent === expected)
          && document.querySelector('main ul[aria-label="Due now"], main ul[aria-label="Upcoming"]');
        if (!shown) return;
        observer.disconnect();
        resolve(performance.timeOrigin + performance.now());
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    })`);
    await page.goto(C360(company.gainsightId));
    const paintedAt = await painted;
    const sentAt = (await worker.evaluate<number | undefined>(`globalThis.__snapshots[${JSON.stringify(name)}]`)) ?? Number.NaN;
    delays.push(paintedAt - sentAt);
  }
  await page.close();
  return delays.filter((d) => Number.isFinite(d));
}

const h = await launch({ sandbox });
const delays = await snapshotToPainted(h);
const withExt = await withExtension(h);
await h.close();
const withoutExt = await withoutExtension();
await sandbox.close();

const added = median(withExt.times) - median(withoutExt.times);
report('host.lightning_script_ms_with_extension', median(withExt.times), 'ms');
report('host.lightning_script_ms_without_extension', median(withoutExt.times), 'ms');
report('host.lightning_added_script_ms', added, 'ms');
report('host.long_tasks_over_50ms_with_extension', withExt.tasks.filter((d) => d > 50).length, 'count');
report('host.long_tasks_over_50ms_without_extension', withoutExt.tasks.filter((d) => d > 50).length, 'count');
report('panel.snapshot_to_painted_median', median(delays), 'ms');
report('panel.snapshot_to_painted_max', Math.max(...delays), 'ms');
