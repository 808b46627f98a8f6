/**
 * The sandbox in a real Chromium: host names resolved to the local server, self-signed certificate
 * accepted, pages rendered by the fake apps' own scripts.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hostResolverRules, startSandbox, type Sandbox } from './server';

const CHROMIUM = '/usr/bin/chromium';
const DELAY_MS = 250;

let sandbox: Sandbox;
let browser: Browser;
let context: BrowserContext;
let page: Page;

const account = (key: string) => sandbox.state.accounts.find((a) => a.key === key)!;
const c360 = (key: string) => `https://gitlab.gainsightcloud.com/v1/ui/customersuccess360?cid=${account(key).gainsightId}`;
/** The value element of a label/value pair, found the way an extension should: by its label's text. */
const summaryValue = (p: Page, label: string) =>
  p.locator('gs-field').filter({ has: p.locator('span', { hasText: new RegExp(`^\\s*${label}\\s*$`) }) }).locator('span').nth(1);

describe.skipIf(!existsSync(CHROMIUM))('sandbox in Chromium', () => {
  beforeAll(async () => {
    sandbox = await startSandbox({ today: '2026-11-23', dataDelayMs: DELAY_MS });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--ignore-certificate-errors',
        `--host-resolver-rules=${hostResolverRules(sandbox.port)}`,
      ],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
  });
  beforeEach(async () => {
    sandbox.reset();
    await context?.close();
    context = await browser.newContext();
    page = await context.newPage();
  });

  it('renders C360 fields after the data delay, Attributes inside a shadow root', async () => {
    const started = Date.now();
    // The data is held until the skeleton has been seen, so a slow machine cannot let it in first.
    const release = sandbox.hold('data');
    await page.goto(c360('fjord-dmy-dates'));
    // Between the URL change and the data: a skeleton, no fields yet.
    await page.locator('gs-c360-layout[aria-busy="true"] gs-skeleton').first().waitFor();
    expect(await page.locator('gs-field').count()).toBe(0);
    release();
    await page.locator('h1', { hasText: 'Fjord Maritime AS' }).waitFor();
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(DELAY_MS);
    expect((await summaryValue(page, 'Customer Since').textContent())?.trim()).toBe('16.07.2026');
    // Playwright's CSS engine pierces open shadow roots, as `element.shadowRoot.querySelector` would.
    const ciScore = page.locator('gs-attributes-widget dt', { hasText: 'CI Score' }).locator('xpath=following-sibling::dd');
    expect((await ciScore.textContent())?.trim()).toBe('Yellow');
    expect(await page.locator('gs-attributes-widget').evaluate((el) => el.shadowRoot?.mode)).toBe('open');
    await page.locator('gs-c360-layout[aria-busy="false"]').waitFor();
    expect(await page.locator('table[aria-label="Contacts"] th').allTextContents()).toEqual(
      expect.arrayContaining(['Name', 'Email', 'GitLab Role', 'Sold-To', 'Enablement Enrollment', 'Permission'].map((t) => ` ${t} `)),
    );
    expect(await page.locator('[role="grid"][aria-label="Program Logs"] [role="columnheader"]').allTextContents()).toHaveLength(4);
  });

  it('navigates between companies with pushState and re-renders after the delay', async () => {
    await page.goto(c360('vertex-two-admins'));
    await page.locator('h1', { hasText: 'Vertex Semiconductors' }).waitFor();
    await page.evaluate(() => Object.assign(window, { sandboxMarker: 'same document' }));
    await page.locator('gs-left-nav a', { hasText: 'Ember Energy' }).click();
    await expect.poll(() => page.url()).toBe(c360('ember-missing-renewal'));
    expect(await page.locator('h1', { hasText: 'Vertex Semiconductors' }).count()).toBe(0);
    await page.locator('h1', { hasText: 'Ember Energy' }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { sandboxMarker?: string }).sandboxMarker)).toBe('same document');
    expect(await page.locator('gs-field span', { hasText: /^\s*Renewal Date\s*$/ }).count()).toBe(0);
    expect((await summaryValue(page, 'Customer Since').textContent())?.trim()).toBe('Jan 27, 2026');
  });

  it('opens Create CTA prefilled from the C360 "+ CTA" button, and edits GitLab Role from View Details', async () => {
    const meridian = account('meridian-sold-to-only');
    await page.goto(c360('meridian-sold-to-only'));
    await page.getByRole('button', { name: '+ CTA' }).click();
    const form = page.getByRole('dialog', { name: 'Create CTA' });
    expect(await form.getByLabel('Company').inputValue()).toBe(meridian.gainsightId);
    await form.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'More actions for Hannah Brooks' }).click();
    await page.getByRole('menuitem', { name: 'View Details' }).click();
    const details = page.getByRole('dialog', { name: 'Person Details' });
    await details.getByRole('group', { name: 'GitLab Role' }).getByRole('checkbox', { name: 'GitLab Admin' }).check();
    await details.getByRole('button', { name: 'Save' }).click();
    await page.locator('table[aria-label="Contacts"] td', { hasText: 'GitLab Admin' }).waitFor();
    expect(meridian.account.contacts?.[0]?.roles).toEqual(['GitLab Admin']);
  });

  it('creates a CTA from a playbook and sends an email through Edit Email', async () => {
    const bluefin = account('bluefin-day2');
    await page.goto(`https://gitlab.gainsightcloud.com/v1/ui/cockpit?cid=${bluefin.gainsightId}&create=1`);
    const form = page.getByRole('dialog', { name: 'Create CTA' });
    await expect.poll(() => form.getByLabel('Company').inputValue()).toBe(bluefin.gainsightId);
    await form.getByLabel('Type').selectOption('Digital Journey');
    await form.getByLabel('Name').fill('Digital onboarding');
    await form.getByLabel('Reason').selectOption('Onboarding');
    await form.getByLabel('Due Date').fill('2026-12-20');
    await form.getByLabel('Playbook').selectOption('New Customer Digital Onboarding - SaaS Email Series');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.url()).toContain('ctaId=');
    const firstTask = page.locator('li.gs-task').filter({ has: page.getByRole('img', { name: 'Email Task' }) }).first();
    await firstTask.click();
    await page.getByRole('button', { name: 'Validate Email' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Email' });

    // The realistic trap: a value written without input/change events never reaches the app's model.
    await dialog.getByLabel('To', { exact: true }).evaluate((el) => {
      (el as HTMLInputElement).value = 'priya.nair@bluefin.example';
    });
    await dialog.getByRole('button', { name: 'Preview and Proceed' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toBe('Add at least one recipient');

    await dialog.getByLabel('To', { exact: true }).fill('');
    await dialog.getByRole('checkbox', { name: /Priya Nair/ }).check();
    expect(await dialog.getByLabel('To', { exact: true }).inputValue()).toBe('priya.nair@bluefin.example');
    await dialog.getByLabel('Subject').fill('Welcome to GitLab, Bluefin');
    const body = dialog.getByRole('textbox', { name: 'Email body' });
    await body.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' P.S. See you at the kickoff.');
    await dialog.getByRole('button', { name: 'Preview and Proceed' }).click();
    await dialog.getByRole('region', { name: 'Email preview' }).waitFor();
    await dialog.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('status').filter({ hasText: 'Email sent' }).waitFor();

    const [email] = sandbox.state.emails;
    expect(email).toMatchObject({ status: 'sent', to: ['priya.nair@bluefin.example'], subject: 'Welcome to GitLab, Bluefin' });
    expect(email?.bodyHtml).toContain('P.S. See you at the kickoff.');
    expect(sandbox.state.ctas[0]?.tasks[0]?.status).toBe('Completed');
  });

  it('logs in, renders Lightning records and keeps the previous view hidden in the DOM', async () => {
    const vertex = account('vertex-two-admins');
    await page.goto(`https://gitlab.my.salesforce.com/?startURL=${encodeURIComponent(`/lightning/r/Account/${vertex.salesforceId}/view`)}`);
    await page.getByLabel('Username').fill('csm@gitlab.example');
    await page.getByLabel('Password').fill('anything');
    await page.getByRole('button', { name: 'Log In' }).click();
    await page.waitForURL(`https://gitlab.lightning.force.com/lightning/r/Account/${vertex.salesforceId}/view`);
    const cookies = await context.cookies('https://gitlab.my.salesforce.com');
    expect(cookies.find((c) => c.name === 'sid')).toMatchObject({ domain: 'gitlab.my.salesforce.com', httpOnly: true, secure: true, sameSite: 'None' });

    const active = page.locator('div.windowViewMode-normal.active');
    const accountName = active.locator('records-record-layout-item[field-label="Account Name"] [data-target-selection-name="sfdc:RecordField.Account.Name"] .test-id__field-value');
    expect((await accountName.textContent())?.trim()).toBe('Vertex Semiconductors');
    expect(await active.locator('records-highlights2').evaluate((el) => el.shadowRoot?.querySelector('lightning-formatted-text')?.textContent)).toBe('Vertex Semiconductors');
    expect((await active.locator('records-record-layout-item[field-label="Customer Since"] lightning-formatted-date-time').textContent())?.trim()).toBe('9/24/2026');

    await active.locator('lst-related-list-single-container').first().getByRole('link', { name: 'Ruth Alvarez' }).click();
    const role = page.locator('div.windowViewMode-normal.active records-record-layout-item[field-label="Role"] .test-id__field-value');
    expect((await role.textContent())?.trim()).toBe('GitLab Admin; Billing Contact');
    expect(await page.locator('div.windowViewMode-normal').count()).toBe(2);
    const hidden = page.locator('div.windowViewMode-normal:not(.active)');
    expect(await hidden.locator('[data-target-selection-name="sfdc:RecordField.Account.Name"]').count()).toBe(1);
    expect(await hidden.isVisible()).toBe(false);

    await page.goBack();
    await expect.poll(() => page.locator('div.windowViewMode-normal.active [data-target-selection-name="sfdc:RecordField.Account.Name"]').count()).toBe(1);
    expect(await page.locator('div.windowViewMode-normal').count()).toBe(2);
  });
}, 120_000);
