// The scripted part of `npm run demo` when there is no display: walks a CSM's day through the
// sandbox and saves a screenshot at each stop.
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import type { Sandbox } from '../test/sandbox/server';
import { C360, LIGHTNING, sample, signInToSalesforce } from '../test/e2e/harness';

interface TourOptions {
  context: BrowserContext;
  sandbox: Sandbox;
  outDir: string;
  sidebar(page: Page): Locator;
}

async function waitForPlan(panel: Locator): Promise<void> {
  await panel.getByRole('status').filter({ hasText: /^GitLab Admin:/ }).first().waitFor({ timeout: 20_000 });
}

export async function tour({ context, sandbox, outDir, sidebar }: TourOptions): Promise<string[]> {
  const shots: string[] = [];
  const shoot = async (page: Page, name: string) => {
    const path = join(outDir, `${name}.png`);
    await page.screenshot({ path });
    shots.push(path);
  };
  const page = context.pages()[0] ?? (await context.newPage());

  await page.goto(`${sandbox.origin('start.sandbox.test')}/`);
  await shoot(page, '01-start-page');

  // The sender identity a CSM sets once in the options, so the email tokens resolve.
  const extensionId = new URL(context.serviceWorkers()[0]?.url() ?? 'chrome-extension://unknown/').host;
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
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
  await waitForPlan(sidebar(page));
  await shoot(page, '02-c360-sidebar-due-now');

  // Start the due playbook: the Create CTA form is filled (never saved) and the next send is remembered.
  await sidebar(page).getByRole('button', { name: 'Start Net-New Onboarding' }).click();
  await page.getByRole('dialog', { name: 'Create CTA' }).getByLabel('Playbook').waitFor();
  await page.waitForTimeout(500);
  await shoot(page, '02b-create-cta-prefilled');

  await page.goto(C360(sample(sandbox, 'no-gitlab-admin').gainsightId));
  await waitForPlan(sidebar(page));
  await shoot(page, '03-c360-no-gitlab-admin');

  await page.goto(C360(sample(sandbox, 'field-missing').gainsightId));
  await waitForPlan(sidebar(page));
  await shoot(page, '04-c360-field-missing');

  await signInToSalesforce(page);
  await page.goto(LIGHTNING('Account', sample(sandbox, 'no-gitlab-admin').salesforceId));
  await waitForPlan(sidebar(page));
  await page.getByText('Account Name').first().waitFor();
  await page.waitForTimeout(300);
  await shoot(page, '05-salesforce-account');

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 460, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByRole('heading', { name: 'Pending sends' }).waitFor();
  await popup.getByRole('listitem').first().waitFor();
  await shoot(popup, '06-popup');
  return shots;
}
