/**
 * Engine throughput in Chromium, where the extension runs the engine (the panel and My book are extension
 * pages): the same book and measurement as engine.bench.ts, bundled and run in a blank page of Debian's
 * Chromium. Its V8 is newer than Node 20's and compresses pointers, so the two figures differ; both are
 * printed, and neither stands in for the other.
 * Run: npx tsx test/bench/engine-chromium.bench.ts (or `npm run bench -- engine`)
 * Prints `engine.evaluate_10k_accounts_chromium: <ms> ms`.
 */
import { chromium } from 'playwright-core';
import { chromiumPath, QUIET_FLAGS } from '../../scripts/chromium';
import { BENCH_PAGE, checked, engineScript, figuresInPage } from './engine-page';
import { report } from './figures';

const script = await engineScript();
const executablePath = chromiumPath();
if (!executablePath) throw new Error('Chromium not found: run `npx tsx scripts/ensure-chromium.ts`.');
const browser = await chromium.launch({ executablePath, args: QUIET_FLAGS });
try {
  const page = await browser.newPage();
  await page.setContent(BENCH_PAGE);
  await page.addScriptTag({ content: script });
  report('engine.evaluate_10k_accounts_chromium', checked(await page.evaluate(figuresInPage)).medianMs, 'ms');
} finally {
  await browser.close();
}
