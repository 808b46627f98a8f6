/**
 * Believable verdicts (issue 26), in the real panel beside Customer360: no false alarm on a churned
 * account or a closed deal, the next action on top, and a panel short enough to read.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { C360, launch, panelFor, programItemNames, sample, setSender, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await launch();
  // A CSM past the first run: the one-line sender prompt (first-run.e2e.ts) is not what these measure.
  await setSender(h);
});
afterAll(async () => {
  await h?.close();
});

/**
 * Bluefin's panel at 400 px wide, measured on the build before issue 26 (commit ea76e82) with the
 * measurement below: the height the panel must now at least halve. Counted in lines of body text, so the
 * design system's larger type (issue 28: 14 px / 1.45, was 13 px / 1.4) is not taken for more content.
 */
const BLUEFIN_HEIGHT_BEFORE = 2391;
const BODY_LINE_BEFORE = 13 * 1.4;
const BLUEFIN_LINES_BEFORE = BLUEFIN_HEIGHT_BEFORE / BODY_LINE_BEFORE;

/** Opens a sample account's Customer360 page and waits until the panel shows it, read to the end. */
async function panelOn(tag: Parameters<typeof sample>[1], size: { width: number; height: number }): Promise<{ panel: Locator; panelPage: Page }> {
  const account = sample(h.sandbox, tag);
  const page = await h.context.newPage();
  await page.goto(C360(account.gainsightId));
  const panel = await panelFor(h, page);
  const panelPage = panel.page();
  await panelPage.setViewportSize(size);
  await panel.getByRole('heading', { name: account.account.name, exact: true }).waitFor({ timeout: 20_000 });
  await panel.getByText('Still reading the page…').waitFor({ state: 'detached', timeout: 20_000 });
  return { panel, panelPage };
}

describe('no false alarms', () => {
  it('a churned account shows no customer programs', async () => {
    const { panel, panelPage } = await panelOn('churned-smb', { width: 400, height: 800 });
    for (const list of ['Due now', 'Upcoming', 'Needs data', 'Held back']) {
      expect(await programItemNames(panel, list), list).toEqual([]);
    }
    // Said once, in words, why the customer programs stopped.
    await expect.poll(() => panel.getByText(/churned/i).first().isVisible()).toBe(true);
    await panelPage.close();
  });

  it('a Closed Won deal blocks nothing, while an open one on the same account still does', async () => {
    const { panel, panelPage } = await panelOn('open-first-order-opportunity', { width: 400, height: 800 });
    // The plan is shown (panelOn waited for it): the Closed Won deal is nowhere, not even as a warning.
    expect(await panel.getByText(/Web Direct/).count()).toBe(0);
    // The open deal still waits for an admin: the next action says so.
    await panel.getByRole('region', { name: 'Next action' }).getByText(/Clinics Expansion/).waitFor();
    await panelPage.close();
  });
});

describe('one next action on top', () => {
  it('on a no-admin account at 360 px, the role fix is the next action and above the fold', async () => {
    const fold = 600;
    const { panel, panelPage } = await panelOn('no-gitlab-admin', { width: 360, height: fold });
    const next = panel.getByRole('region', { name: 'Next action' });
    await next.getByText(/Make a contact GitLab Admin\./).waitFor();
    // The whole fix, its Customer360 steps included, is in view without scrolling.
    const steps = next.getByRole('list', { name: 'Steps in Customer360' });
    const box = await steps.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(fold);
    await panelPage.close();
  });
});

describe('notes out of the way', () => {
  it(`the Bluefin panel is at most half its height before (${BLUEFIN_HEIGHT_BEFORE} px, ${Math.round(BLUEFIN_LINES_BEFORE)} body lines)`, async () => {
    // A short viewport: the document is then as tall as its content, not as the window.
    const { panelPage } = await panelOn('new-subscription-day-2', { width: 400, height: 300 });
    const { height, line } = await panelPage.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      line: parseFloat(getComputedStyle(document.body).lineHeight),
    }));
    console.log(`Bluefin panel height at 400 px: ${height} px, ${(height / line).toFixed(1)} body lines of ${line} px`);
    expect(height / line).toBeLessThanOrEqual(BLUEFIN_LINES_BEFORE / 2);
  });
});
