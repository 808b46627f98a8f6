import { resolve } from 'node:path';
import { addDays } from '../../lib/dates/iso';
import { toIsoDate } from '../../lib/dates/local';
import { BACKUP_FORMAT } from '../../lib/reminders/backup';
import { sendFromPage } from '../../lib/reminders/browser-test-support';
const root = resolve(import.meta.dirname, '../..');
(globalThis as { __dirname?: string }).__dirname ??= resolve(root, 'test/e2e');
const { browserArgs } = await import('../e2e/harness');
const { startSandbox } = await import('../sandbox/server');
const { chromium } = await import('playwright-core');
const { cpSync, mkdtempSync } = await import('node:fs');
const dir = mkdtempSync('/tmp/pc-ext-');
cpSync(resolve(root, '.output/chrome-mv3'), dir, { recursive: true });
async function launch() {
  const sandbox = await startSandbox({});
  const context = await chromium.launchPersistentContext(mkdtempSync('/tmp/pc-prof-'), { executablePath: '/usr/bin/chromium', headless: true, args: browserArgs(sandbox.port, dir) });
  const sw = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
  const extensionId = new URL(sw.url()).host;
  return { context, extensionId, openExtensionPage: async (p: string) => { const pg = await context.newPage(); await pg.goto(`chrome-extension://${extensionId}/${p}`); return pg; }, close: async () => { await context.close(); await sandbox.close(); } };
}
const N = Number(process.argv[2] ?? 10000);
const today = toIsoDate(new Date());
const reminders = Array.from({ length: N }, (_, i) => ({ account: { source: 'gainsight', id: `B-${i}`, name: `Account ${i}` }, programId: 'p', programName: 'P', step: 0, stepName: 'S', dueDate: addDays(today, (i % 150) - 30), recipients: [], status: 'pending' }));
const h = await launch();
try {
  const s = await h.openExtensionPage('popup.html');
  const t0 = Date.now();
  if (N) console.log(JSON.stringify(await sendFromPage(s, 'reminders.importBackup', { text: JSON.stringify({ format: BACKUP_FORMAT, schemaVersion: 2, enrollments: [], sendLog: [], reminders }) })), Date.now() - t0, 'ms import');
  await s.close();
  for (let run = 0; run < 8; run++) {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await page.waitForTimeout(1500);
    if (run === 0) await page.waitForTimeout(1);
    const info = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
            return {
        nav: { responseEnd: Math.round(nav.responseEnd), domInteractive: Math.round(nav.domInteractive), dcl: Math.round(nav.domContentLoadedEventEnd), load: Math.round(nav.loadEventEnd) },
        paint: performance.getEntriesByType('paint').map((p) => `${p.name}:${Math.round(p.startTime)}`),
        marks: performance.getEntriesByType('mark').map((p) => `${p.name}:${Math.round(p.startTime)}`),
        res: performance.getEntriesByType('resource').map((p) => `${p.name.split('/').pop()}:${Math.round(p.startTime)}-${Math.round((p as PerformanceResourceTiming).responseEnd)}`),
        rows: document.querySelectorAll('li').length,
      };
    });
    console.log(JSON.stringify(info));
    await page.close();
  }
} finally { await h.close(); }
