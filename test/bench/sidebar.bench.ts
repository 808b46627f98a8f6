// What the extension costs a host page: bytes of content script on non-record and record pages,
// time from the account's data appearing to the sidebar painting it, and long tasks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { startSandbox } from '../sandbox/server';
import { chromiumPath, QUIET_FLAGS } from '../../scripts/chromium';
import { C360, hostResolverRules, launch, sample } from '../e2e/harness';
import { ensureBuilt, median, report } from './bench-build';

const LOADS = 20;
const dir = ensureBuilt();
const gz = (file: string) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] };
const loaderBytes = manifest.content_scripts.filter((c) => c.js.some((j) => j.includes('gainsight'))).flatMap((c) => c.js).reduce((n, f) => n + gz(f), 0);
report('content_script.non_record_page_gzip', loaderBytes, 'bytes');
report('content_script.record_page_gzip', loaderBytes + gz('content-scripts/gainsight-app.js'), 'bytes');

/** Installed before the page's own scripts: records when the company name appears and when the panel shows it. */
const PROBE = `
  window.__probe = { longTasks: [], dataAt: null, paintedAt: null };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__probe.longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
  const tick = () => {
    const name = document.querySelector('h1')?.textContent?.trim();
    if (name && window.__probe.dataAt === null) window.__probe.dataAt = performance.now();
    const panel = document.querySelector('cta-playbook-companion')?.shadowRoot?.querySelector('h3');
    if (name && panel?.textContent === name && window.__probe.paintedAt === null) window.__probe.paintedAt = performance.now();
    if (window.__probe.paintedAt === null) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
`;

interface Probe {
  longTasks: number[];
  dataAt: number | null;
  paintedAt: number | null;
}

const sandbox = await startSandbox();
const url = C360(sample(sandbox, 'new-subscription-day-2').gainsightId);

async function loadOnce(page: Page, waitForPanel: boolean): Promise<Probe> {
  await page.goto(url);
  if (waitForPanel) await page.waitForFunction(() => (window as unknown as { __probe: Probe }).__probe.paintedAt !== null, undefined, { timeout: 20_000 });
  else await page.getByRole('table', { name: 'Contacts' }).waitFor();
  await page.waitForTimeout(500);
  return page.evaluate(() => (window as unknown as { __probe: Probe }).__probe);
}

const h = await launch({ sandbox });
const page = await h.context.newPage();
await page.addInitScript(PROBE);
// The first load compiles the scripts: its delay is not a steady figure, but its long tasks count.
const withExtension: number[] = [...(await loadOnce(page, true)).longTasks];
const delays: number[] = [];
for (let i = 0; i < LOADS; i++) {
  const probe = await loadOnce(page, true);
  delays.push(probe.paintedAt! - probe.dataAt!);
  withExtension.push(...probe.longTasks);
}
await h.close();

const plain = await chromium.launch({ executablePath: chromiumPath() ?? undefined, args: [...QUIET_FLAGS, `--host-resolver-rules=${hostResolverRules(sandbox.port)}`, '--ignore-certificate-errors'] });
const plainPage = await (await plain.newContext({ ignoreHTTPSErrors: true })).newPage();
await plainPage.addInitScript(PROBE);
const withoutExtension: number[] = [];
for (let i = 0; i < LOADS; i++) withoutExtension.push(...(await loadOnce(plainPage, false)).longTasks);
await plain.close();
await sandbox.close();

report('sidebar.data_to_painted_median', median(delays), 'ms');
report('sidebar.data_to_painted_max', Math.max(...delays), 'ms');
report('sidebar.long_tasks_over_50ms_with_extension', withExtension.filter((d) => d > 50).length, 'count');
report('sidebar.long_tasks_over_50ms_without_extension', withoutExtension.filter((d) => d > 50).length, 'count');
report('sidebar.longest_task_with_extension', withExtension.length ? Math.max(...withExtension) : 0, 'ms');
