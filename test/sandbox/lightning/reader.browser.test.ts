/**
 * The Lightning page reader (lib/host/lightning/read-lightning.ts) in a real Chromium, on the
 * sandbox's page layouts, Dynamic Forms and console app, where CSS (not attributes) hides the views
 * Lightning keeps: only a real browser's layout tells the live view from the others.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chromiumPath, QUIET_FLAGS } from '../../../scripts/chromium';
import { bundleForPage } from '../client-bundle';
import { hostResolverRules, startSandbox, type Sandbox } from '../server';
import type { LightningProbe } from './probe/lightning-probe';

const CHROMIUM = chromiumPath();

let sandbox: Sandbox;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let readerScript: string;

const sample = (key: string) => sandbox.state.accounts.find((a) => a.key === key)!;
const lightning = (key: string, host = 'gitlab.lightning.force.com') => `https://${host}/lightning/r/Account/${sample(key).salesforceId}/view`;

async function signIn(host = 'gitlab.my.salesforce.com'): Promise<void> {
  await page.goto(`https://${host}/`);
  await page.getByLabel('Username').fill('csm@gitlab.example');
  await page.getByLabel('Password').fill('sandbox');
  await page.getByRole('button', { name: 'Log In' }).click();
  await page.waitForURL(/lightning\.force\.com\/lightning\//);
}

/** Opens a record in the app (client-side, as a user clicking through) and waits for its data. */
async function open(key: string): Promise<void> {
  await page.evaluate((path) => {
    history.pushState({}, '', path);
    dispatchEvent(new PopStateEvent('popstate'));
  }, new URL(lightning(key)).pathname);
  await page.locator(`[data-record-id="${sample(key).salesforceId}"]`).first().waitFor({ state: 'attached' });
  await page.getByRole('heading', { name: /^Contacts \(/ }).filter({ visible: true }).first().waitFor();
}

async function read(key: string) {
  await page.addScriptTag({ content: readerScript });
  return page.evaluate(
    ({ id, url }) => (window as unknown as { readLightningAccount: LightningProbe }).readLightningAccount(document, { id, url, dateOrder: 'MDY' }),
    { id: sample(key).salesforceId, url: lightning(key) },
  );
}

describe.skipIf(!CHROMIUM)('the Lightning reader in Chromium', () => {
  beforeAll(async () => {
    [sandbox, readerScript] = await Promise.all([startSandbox({ today: '2026-11-23', dataDelayMs: 50 }), bundleForPage(new URL('./probe/lightning-probe.ts', import.meta.url))]);
    browser = await chromium.launch({ executablePath: CHROMIUM!, args: [...QUIET_FLAGS, '--ignore-certificate-errors', `--host-resolver-rules=${hostResolverRules(sandbox.port)}`] });
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

  it('gives Lightning its own sid of the same org as the API host’s', async () => {
    await signIn();
    const cookies = await context.cookies(['https://gitlab.my.salesforce.com/', 'https://gitlab.lightning.force.com/']);
    const sid = (domain: string) => cookies.find((c) => c.name === 'sid' && c.domain === domain)?.value ?? '';
    expect(sid('gitlab.lightning.force.com').split('!')[0]).toBe(sid('gitlab.my.salesforce.com').split('!')[0]);
    expect(sid('gitlab.lightning.force.com')).not.toBe(sid('gitlab.my.salesforce.com'));
  });

  it('reads the live record after moving between records, not the views Lightning keeps hidden', async () => {
    await signIn();
    await open('summit-ultimate');
    await open('meridian-sold-to-only');
    const account = await read('meridian-sold-to-only');
    expect(account?.name).toBe(sample('meridian-sold-to-only').account.name);
    expect(account?.contacts?.map((c) => c.name)).toEqual(sample('meridian-sold-to-only').account.contacts?.map((c) => c.name));
  });

  it('reads a Dynamic Forms page the same as its page layout', async () => {
    await signIn();
    await open('atlas-csm-assigned');
    const fromLayout = await read('atlas-csm-assigned');
    sandbox.state.switches.lightningLayout = 'dynamic-forms';
    await page.reload();
    await page.getByRole('heading', { name: /^Contacts \(/ }).first().waitFor();
    expect(await page.locator('records-record-layout-item').count()).toBe(0);
    const fromDynamicForms = await read('atlas-csm-assigned');
    expect(fromDynamicForms?.fields).toEqual(fromLayout?.fields);
    expect(fromDynamicForms?.fields.csm).toBe(sample('atlas-csm-assigned').account.fields.csm);
  });

  it('reads the focused workspace tab of a console app', async () => {
    sandbox.state.switches.lightningLayout = 'console';
    await signIn();
    await open('summit-ultimate');
    await open('vertex-two-admins');
    // Home and two records, each in its own workspace tab whose view stays "active".
    expect(await page.locator('section.oneConsoleTab').count()).toBe(3);
    expect(await page.locator('.windowViewMode-maximized.active').count()).toBe(3);
    const account = await read('vertex-two-admins');
    expect(account?.name).toBe(sample('vertex-two-admins').account.name);
    // Back to the first tab: the reader follows the focus.
    await page.getByRole('tab', { name: sample('summit-ultimate').salesforceId }).click();
    expect((await read('summit-ultimate'))?.name).toBe(sample('summit-ultimate').account.name);
  });

  it('works on the full-copy sandbox org host', async () => {
    await signIn('gitlab--uat.sandbox.my.salesforce.com');
    await page.goto(lightning('summit-ultimate', 'gitlab--uat.sandbox.lightning.force.com'));
    await page.getByRole('heading', { name: /^Contacts \(/ }).first().waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'Sandbox:' }).count()).toBe(1);
    const account = await page.evaluate(() => document.title);
    expect(account).toContain(sample('summit-ultimate').account.name);
  });
});
