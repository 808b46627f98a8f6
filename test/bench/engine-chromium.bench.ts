/**
 * Engine throughput in Chromium, where the extension runs the engine (the panel and My book are extension
 * pages): the same book and measurement as engine.bench.ts, bundled and run in a blank page of Debian's
 * Chromium. Its V8 is newer than Node 20's and compresses pointers, so the two figures differ; both are
 * printed, and neither stands in for the other.
 * Run: npx tsx test/bench/engine-chromium.bench.ts (or `npm run bench -- engine`)
 * Prints `engine.evaluate_10k_accounts_chromium: <ms> ms`.
 */
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumPath, QUIET_FLAGS } from '../../scripts/chromium';
import { report } from './figures';

const bundled = await build({
  entryPoints: [join(import.meta.dirname, 'engine-in-page.ts')],
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  write: false,
  logLevel: 'silent',
});
const executablePath = chromiumPath();
if (!executablePath) throw new Error('Chromium not found: run `npx tsx scripts/ensure-chromium.ts`.');
const browser = await chromium.launch({ executablePath, args: QUIET_FLAGS });
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><title>Engine benchmark</title>');
  await page.addScriptTag({ content: bundled.outputFiles[0]!.text });
  const figures = await page.evaluate(() => (globalThis as { engineFigures?: { medianMs: number } }).engineFigures);
  if (!figures) throw new Error('The engine benchmark did not finish in the page');
  report('engine.evaluate_10k_accounts_chromium', figures.medianMs, 'ms');
} finally {
  await browser.close();
}
