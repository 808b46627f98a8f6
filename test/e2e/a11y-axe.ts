/**
 * axe-core run inside the real browser on the extension's own pages, against WCAG 2.2 AA rules.
 * The standard (issue 15): no violation of impact serious or critical. Lesser ones are printed, not failed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);

/** axe's own bundle, evaluated as a script in the page (an extension page's CSP refuses a script tag). */
export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Rules turned off, each with the reason. Empty: every WCAG 2.2 AA rule runs. A rule added here must say
 * why it cannot apply to these pages (not merely that it fails).
 */
export const DISABLED_RULES: Record<string, string> = {};

export const AXE_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: WCAG_22_AA },
  rules: Object.fromEntries(Object.keys(DISABLED_RULES).map((id) => [id, { enabled: false }])),
  resultTypes: ['violations'],
};

const BLOCKING = new Set(['serious', 'critical']);

/** One line per violation and element: rule, impact, what is wrong, and where. */
export function describeViolations(violations: Result[]): string[] {
  return violations.flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact ?? 'no impact'}): ${v.help} — ${node.target.join(' ')} — ${node.failureSummary ?? ''}`.trim()));
}

export interface AxeOutcome {
  /** Serious and critical violations, described: the test expects none. */
  blocking: string[];
  /** Moderate and minor ones, described, for the log. */
  others: string[];
}

export function judge(results: Pick<AxeResults, 'violations'>, label: string): AxeOutcome {
  const blocking = results.violations.filter((v) => BLOCKING.has(v.impact ?? ''));
  const others = results.violations.filter((v) => !BLOCKING.has(v.impact ?? ''));
  if (others.length) console.info(`[axe] ${label}: not blocking\n  ${describeViolations(others).join('\n  ')}`);
  return { blocking: describeViolations(blocking), others: describeViolations(others) };
}

/**
 * Runs axe on the whole page as it is now (Chromium, through Playwright), scrolled to the top: axe's
 * target-size measures a `position: sticky` element where it is stuck, not where it belongs
 * (dequelabs/axe-core#3720), so on a scrolled options page every checkbox passing under the sticky Save
 * bar would be reported as crowding it. Whether the bar hides what has focus is the keyboard walk's check.
 */
export async function axeCheck(page: Page, label: string): Promise<AxeOutcome> {
  await page.evaluate(() => window.scrollTo(0, 0));
  const injected = await page.evaluate(() => 'axe' in window);
  if (!injected) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (options) => (window as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } }).axe.run(document, options),
    AXE_OPTIONS,
  );
  return judge(results, label);
}
