/**
 * What most e2e files share: one browser with the built extension for the file, a CSM past the first run
 * (or not), a page to drive, and the ways a user finds the account's plan and one program in the panel.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch, setSender, type Harness } from './harness';

export interface Session {
  readonly h: Harness;
  readonly page: Page;
}

/** Launches the extension for the file's tests; `firstRun` leaves the sender identity unset. */
export function extensionSession(options: { firstRun?: boolean } = {}): Session {
  let harness: Harness | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    harness = await launch();
    if (!options.firstRun) await setSender(harness);
    page = await harness.context.newPage();
  });
  afterAll(async () => {
    await harness?.close();
  });
  return {
    get h() {
      if (!harness) throw new Error('The browser is not launched yet: use the session inside a test.');
      return harness;
    },
    get page() {
      if (!page) throw new Error('The browser is not launched yet: use the session inside a test.');
      return page;
    },
  };
}

/** Waits until the panel shows the account and has finished reading the page. */
export async function planShown(panel: Locator, name: string): Promise<void> {
  await panel.getByRole('heading', { name, exact: true }).waitFor({ timeout: 60_000 });
  await panel.getByText('Still reading the page…').waitFor({ state: 'detached', timeout: 60_000 });
}

/** A program's item in the panel's lists, by the name its accessible name begins with. */
export const programItem = (panel: Locator, name: string): Locator => panel.getByRole('listitem', { name: new RegExp(`^${name}`) });
