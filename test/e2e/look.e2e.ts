/**
 * The look at the narrowest side panel (issue 28), in Chromium, in light and in dark: for every panel
 * state (the rows of panel-states.ts, My book among them), the popup and every section of the options
 * page, no text a user needs is cut off (unless its title gives it whole), no more than three button
 * styles show (primary, neutral, destructive), and axe-core finds no serious or critical violation.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendFromPage } from '../../lib/extension/reminders/browser.test-support';
import { everyGroup } from '../firefox/sequences';
import { axeCheck } from './a11y-axe';
import { launch, type Harness } from './harness';
import { buttonStyles, cutOffText, showAs, type Scheme } from './look';
import { PANEL_STATES, usePanelStatesIn } from './panel-states';

let h: Harness;
beforeAll(async () => {
  h = await launch();
  usePanelStatesIn(h);
  const seeder = await h.openExtensionPage('popup.html');
  for (const sequence of everyGroup) await sendFromPage(seeder, 'reminders.startSequence', sequence);
  await seeder.close();
});
afterAll(async () => {
  await h?.close();
});

const SCHEMES: Scheme[] = ['light', 'dark'];

/** The three checks, in both themes, on `page` as it is now. */
async function expectLooksRight(page: Page, label: string): Promise<void> {
  for (const scheme of SCHEMES) {
    await showAs(page, scheme);
    const where = `${label}, ${scheme}, 360 px`;
    expect(await cutOffText(page), `${where}: text cut off`).toEqual([]);
    const styles = await buttonStyles(page);
    expect(Object.keys(styles).length, `${where}: button styles ${JSON.stringify(styles, null, 1)}`).toBeLessThanOrEqual(3);
    expect((await axeCheck(page, where)).blocking, `${where}: axe`).toEqual([]);
  }
}

describe('the side panel at 360 px, light and dark', () => {
  let current: Locator | null = null;
  for (const state of PANEL_STATES) {
    it(state.name, async () => {
      current = await state.show(current);
      try {
        await expectLooksRight(current.page(), `panel, ${state.name}`);
      } finally {
        state.after?.();
      }
    });
  }
});

describe('the popup and the options page at 360 px, light and dark', () => {
  it('the popup with a send in every group', async () => {
    const popup = await h.openExtensionPage('popup.html');
    await popup.getByRole('list', { name: 'Overdue' }).waitFor();
    await expectLooksRight(popup, 'popup');
    await popup.close();
  });

  it('the options page, section by section', async () => {
    const options = await h.openExtensionPage('options.html');
    await options.getByRole('form', { name: 'Settings' }).waitFor();
    const nav = options.getByRole('navigation', { name: 'Sections' });
    for (const link of await nav.getByRole('link').all()) {
      const name = (await link.textContent()) ?? '';
      await link.click();
      await options.getByRole('region', { name, exact: true }).waitFor();
      await expectLooksRight(options, `options, ${name}`);
    }
    await options.close();
  });
});
