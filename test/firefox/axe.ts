/**
 * axe-core inside Firefox, on the add-on's own pages: the same bundle, rules and verdict as the
 * Chromium checks (test/e2e/a11y-axe.ts), driven through puppeteer.
 */
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'puppeteer-core';
import { AXE_OPTIONS, AXE_SOURCE, judge, type AxeOutcome } from '../e2e/a11y-axe';

export async function axeCheck(page: Page, label: string): Promise<AxeOutcome> {
  await page.evaluate(() => window.scrollTo(0, 0));
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (options) => (window as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } }).axe.run(document, options),
    AXE_OPTIONS as object,
  );
  return judge(results as AxeResults, `Firefox ${label}`);
}
