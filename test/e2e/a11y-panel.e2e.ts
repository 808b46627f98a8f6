/**
 * The side panel in Chromium, in every state a user meets, against axe-core's WCAG 2.2 AA rules: no
 * serious or critical violation anywhere (see a11y-axe.ts for the rules and what is disabled).
 * The panel is the one bound to a tab (`/sidepanel.html?tabId=<n>`), the same code as the browser's.
 * The states are the rows of panel-states.ts.
 */
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendFromPage } from '../../lib/extension/reminders/browser.test-support';
import { everyGroup } from '../firefox/sequences';
import { axeCheck } from './a11y-axe';
import { launch, type Harness } from './harness';
import { PANEL_STATES, usePanelStatesIn } from './panel-states';

let h: Harness;

beforeAll(async () => {
  h = await launch();
  usePanelStatesIn(h);
  // Pending sends in every group, for the views that list them.
  const seeder = await h.openExtensionPage('popup.html');
  for (const sequence of everyGroup) await sendFromPage(seeder, 'reminders.startSequence', sequence);
  await seeder.close();
});
afterAll(async () => {
  await h?.close();
});

describe('axe-core, WCAG 2.2 AA, on the side panel in Chromium', () => {
  let current: Locator | null = null;
  for (const state of PANEL_STATES) {
    it(state.name, async () => {
      current = await state.show(current);
      try {
        expect((await axeCheck(current.page(), `panel, ${state.name}`)).blocking).toEqual([]);
      } finally {
        state.after?.();
      }
    });
  }
});
