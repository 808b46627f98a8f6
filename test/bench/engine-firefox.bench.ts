/**
 * Engine throughput in Firefox, the other browser the extension runs in: the same page script as the
 * Chromium run (engine-page.ts), in a blank page of Debian's Firefox ESR. Firefox rounds
 * `performance.now()` to whole milliseconds by default (a fingerprinting defence); this throwaway profile
 * turns that off, so the median is as fine as the other figures.
 * Run: npx tsx test/bench/engine-firefox.bench.ts (or `npm run bench -- engine`)
 * Prints `engine.evaluate_10k_accounts_firefox: <ms> ms`.
 */
import puppeteer from 'puppeteer-core';
import { firefoxPath } from '../../scripts/ensure-firefox';
import { BENCH_PAGE, checked, engineScript, figuresInPage } from './engine-page';
import { report } from './figures';

const script = await engineScript();
const executablePath = firefoxPath();
if (!executablePath) throw new Error('Firefox ESR not found: run `npx tsx scripts/ensure-firefox.ts`.');
const browser = await puppeteer.launch({
  browser: 'firefox',
  executablePath,
  headless: true,
  extraPrefsFirefox: { 'privacy.reduceTimerPrecision': false },
});
try {
  const [page] = await browser.pages();
  if (!page) throw new Error('Firefox started without a tab');
  await page.setContent(BENCH_PAGE);
  await page.addScriptTag({ content: script });
  report('engine.evaluate_10k_accounts_firefox', checked(await page.evaluate(figuresInPage)).medianMs, 'ms');
} finally {
  await browser.close();
}
