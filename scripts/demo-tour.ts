// The scripted part of `npm run demo` when there is no display: walks a CSM's day through the sandbox
// and saves, at each stop, the page and its side panel next to each other, as a user sees them.
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { C360, LIGHTNING, panelFor, sample, signInToSalesforce, type Harness } from '../test/e2e/harness';

interface TourOptions {
  harness: Harness;
  outDir: string;
}

/** Chrome's narrowest side panel: what every view is built to fit (issue 28). */
const PANEL_WIDTH = 360;

async function waitForPlan(panel: Locator): Promise<void> {
  await panel.getByRole('status').filter({ hasText: /^GitLab Admin:/ }).first().waitFor({ timeout: 20_000 });
  await panel.getByText('Still reading the page…').waitFor({ state: 'detached', timeout: 20_000 });
}

export async function tour({ harness, outDir }: TourOptions): Promise<string[]> {
  const { sandbox } = harness;
  const shots: string[] = [];
  const shoot = async (page: Page, name: string) => {
    const path = join(outDir, `${name}.png`);
    await page.screenshot({ path });
    shots.push(path);
  };
  /**
   * The page and its panel side by side, composed in a blank page from the two screenshots. `dark`: the
   * panel as in a browser with a dark theme (the host page keeps its own look, as Gainsight does).
   */
  const shootWithPanel = async (page: Page, panel: Locator, name: string, scheme: 'light' | 'dark' = 'light') => {
    const panelPage = panel.page();
    await panelPage.setViewportSize({ width: PANEL_WIDTH, height: 900 });
    await panelPage.emulateMedia({ colorScheme: scheme });
    const left = (await page.screenshot()).toString('base64');
    const right = (await panelPage.screenshot()).toString('base64');
    const canvas = await harness.context.newPage();
    await canvas.setViewportSize({ width: 1440, height: 900 });
    await canvas.setContent(
      `<body style="margin:0;display:flex;background:#ccc"><img style="width:${1440 - PANEL_WIDTH - 1}px;height:900px;object-fit:cover;object-position:left top" src="data:image/png;base64,${left}"><img style="margin-left:1px" src="data:image/png;base64,${right}"></body>`,
    );
    await shoot(canvas, name);
    await canvas.close();
  };

  const page = await harness.context.newPage();
  await page.setViewportSize({ width: 1440 - PANEL_WIDTH, height: 900 });
  await page.goto(`${sandbox.origin('start.sandbox.test')}/`);
  await shoot(page, '01-start-page');

  // The sender identity a CSM sets once in the options, so the email tokens resolve.
  const options = await harness.openExtensionPage('options.html');
  await options.evaluate(() =>
    // @ts-expect-error the extension page's own `chrome` global
    chrome.storage.local.set({ settings: { sender: { name: 'Casey Morgan', email: 'casey.morgan@gitlab.example', title: 'Customer Success Manager', ccCsm: true } } }),
  );
  await options.reload();
  await options.getByRole('heading', { level: 1 }).waitFor();
  await shoot(options, '00-options');
  await options.close();

  const dayTwo = sample(sandbox, 'new-subscription-day-2');
  await page.goto(C360(dayTwo.gainsightId));
  const panel = await panelFor(harness, page);
  await waitForPlan(panel);
  await page.locator('cta-playbook-companion').waitFor();
  await shootWithPanel(page, panel, '02-c360-panel-due-now');

  // Start the due playbook: the Create CTA form is filled (never saved); the sequence starts when the CTA is saved.
  await panel.getByRole('button', { name: 'Start Net-New Onboarding' }).click();
  await page.getByRole('dialog', { name: 'Create CTA' }).getByLabel('Playbook').waitFor();
  await page.waitForTimeout(500);
  await shootWithPanel(page, panel, '02b-create-cta-prefilled');

  await page.goto(C360(sample(sandbox, 'no-gitlab-admin').gainsightId));
  await waitForPlan(panel);
  await shootWithPanel(page, panel, '03-c360-no-gitlab-admin', 'dark');

  await page.goto(C360(sample(sandbox, 'field-missing').gainsightId));
  await waitForPlan(panel);
  await shootWithPanel(page, panel, '04-c360-field-missing');

  await signInToSalesforce(page);
  await page.goto(LIGHTNING('Account', sample(sandbox, 'no-gitlab-admin').salesforceId));
  await waitForPlan(panel);
  await page.getByText('Account Name').first().waitFor();
  await page.waitForTimeout(300);
  await shootWithPanel(page, panel, '05-salesforce-account', 'dark');

  // My book, signed in: the panel alone, at its narrowest.
  await panel.page().emulateMedia({ colorScheme: 'light' });
  await panel.getByRole('tab', { name: 'My book' }).click();
  const book = panel.getByRole('tabpanel', { name: 'My book' });
  await book.getByRole('searchbox', { name: 'Filter the book' }).waitFor({ timeout: 60_000 });
  await book.getByText(/Loading/).waitFor({ state: 'detached', timeout: 60_000 });
  await shoot(panel.page(), '05b-my-book');
  await panel.getByRole('tab', { name: 'This page' }).click();

  const popup = await harness.openExtensionPage('popup.html');
  await popup.setViewportSize({ width: PANEL_WIDTH, height: 600 });
  await popup.getByRole('heading', { name: 'Pending sends' }).waitFor();
  await popup.getByRole('listitem').first().waitFor();
  await shoot(popup, '06-popup');
  return shots;
}
