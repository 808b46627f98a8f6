import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { gitlabAdmins } from '../../lib/shared/accounts/account';
import { toIsoDate } from '../../lib/shared/dates/local';
import { badgeText, sendFromPage } from '../../lib/extension/reminders/browser.test-support';
import { CURRENT_CATALOG } from '../../lib/shared/programs/catalog-current';
import { exportCatalog } from '../../lib/shared/programs/catalog-io';
import { SANDBOX_HOSTS } from '../sandbox/server';
import { C360, control, launch, LIGHTNING, panelFor, programItemNames, recordedFor, sample, signInToSalesforce, type Harness } from './harness';

/**
 * The options page of the built extension in Chromium, against the sandbox: each test changes a
 * setting the way a CSM does and checks the effect where it matters, in the side panel beside the host page.
 */

/** The slice of the extension API these tests call inside the browser (the project has no @types/chrome). */
interface ChromeApi {
  permissions: {
    request(permissions: { origins: string[] }): Promise<boolean>;
    contains(permissions: { origins: string[] }): Promise<boolean>;
  };
  scripting: {
    getRegisteredContentScripts(): Promise<{ id: string }[]>;
  };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
  /** chrome://extensions' own API: what its Site access → "Add a site" control calls. */
  developerPrivate: { addHostPermission(extensionId: string, host: string): Promise<void> };
}
declare const chrome: ChromeApi;

interface SpiedWindow {
  requested: { origins: string[] }[];
}

let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});
afterEach(() => {
  h.sandbox.reset();
});

const CUSTOM_DOMAIN = SANDBOX_HOSTS.gainsightCustomDomain;
const CUSTOM_ORIGIN = `https://${CUSTOM_DOMAIN}/*`;
/** What the panel says beside a page that is not a record it can read. */
const WHERE_IT_WORKS = /^The panel works on Gainsight Customer360/;
const customC360 = (gainsightId: string) => `https://${CUSTOM_DOMAIN}/v1/ui/customersuccess360?cid=${gainsightId}`;

async function openOptions(): Promise<Page> {
  const options = await h.openExtensionPage('options.html');
  await options.getByRole('form', { name: 'Settings' }).waitFor();
  return options;
}

/** Every program the panel lists in its open sections, by accessible name (name, then status). */
const programNames = async (panel: Locator) =>
  (await Promise.all(['Due now', 'Upcoming', 'Needs data', 'Held back'].map((list) => programItemNames(panel, list)))).flat();

async function showsAccount(panel: Locator, name: string): Promise<void> {
  await expect.poll(() => panel.getByRole('heading', { name }).count(), { timeout: 60_000 }).toBe(1);
}

/** The account with the plan of the fully read page (a partial read can order programs differently). */
async function showsFinalPlan(panel: Locator, name: string): Promise<void> {
  await showsAccount(panel, name);
  await expect.poll(() => panel.getByText('Still reading the page…').count(), { timeout: 60_000 }).toBe(0);
}

async function storedCatalog(): Promise<unknown> {
  const worker = await h.serviceWorker();
  return (await worker.evaluate(() => chrome.storage.local.get('customCatalog'))).customCatalog;
}

async function customLoaders() {
  const worker = await h.serviceWorker();
  return (await worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).filter((s) => s.id.startsWith('custom-gainsight-'));
}

describe('the options page in Chromium against the sandbox', () => {
  it('has every section, and explains every permission the built manifest asks for', async () => {
    const options = await openOptions();
    const nav = options.getByRole('navigation', { name: 'Sections' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Sender identity', 'Side panel', 'Salesforce', 'Gainsight', 'Programs', 'Data', 'About']);
    const about = options.getByRole('region', { name: 'About' });
    const manifest = await options.evaluate(() => fetch('/manifest.json').then((r) => r.json() as Promise<Record<string, string[] | string>>));
    expect(await about.textContent()).toContain(`version ${String(manifest.version)}`);
    const listed = [manifest.permissions, manifest.host_permissions, manifest.optional_host_permissions].flat();
    expect(await about.getByRole('term').allTextContents()).toEqual(listed);
    expect(await about.textContent()).not.toContain('Not explained yet');
    expect(await about.textContent()).toContain('No remote code, no telemetry; data stays in this browser.');
    await options.close();
  });

  it('a renamed role field: the panel names the setting to correct, and saving it re-plans the open tab without a reload', async () => {
    control(h.sandbox, { roleFieldName: 'GitLab_Role__c' });
    const account = sample(h.sandbox, 'two-gitlab-admins');
    const page = await h.context.newPage();
    await signInToSalesforce(page);
    await page.goto(LIGHTNING('Account', account.salesforceId));
    const panel = await panelFor(h, page);
    // A role field the org lacks never blanks the panel: the admin verdict is unknown, naming the setting to change.
    const unknown = panel.getByRole('status').filter({ hasText: /^GitLab Admin: unknown/ });
    await expect.poll(() => unknown.textContent(), { timeout: 60_000 }).toContain('Salesforce field Role__c is not in this org — map it in Options → Salesforce');
    await showsAccount(panel, account.account.name);
    // Survives only if the tab is not reloaded.
    await page.evaluate(() => Object.assign(window, { optionsE2eMarker: true }));

    const options = await openOptions();
    const salesforce = options.getByRole('region', { name: 'Salesforce' });
    // Signed in to the org: the field's one control is a combobox of the org's fields, still free to type.
    await salesforce.getByRole('combobox', { name: 'Role field API name' }).fill('GitLab_Role__c');
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.getByRole('status').filter({ hasText: 'Saved.' }).count()).toBe(1);

    await showsAccount(panel, account.account.name);
    const adminStatus = panel.getByRole('status').filter({ hasText: 'GitLab Admin:' });
    const text = await adminStatus.textContent();
    expect(text).toContain('GitLab Admin: ✓');
    for (const admin of gitlabAdmins(account.account)) expect(text).toContain(admin.name);
    expect(await page.evaluate(() => 'optionsE2eMarker' in window)).toBe(true);

    // Put the default back for the tests that follow (the sandbox is reset after each test).
    await salesforce.getByRole('combobox', { name: 'Role field API name' }).fill('Role__c');
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.getByRole('status').filter({ hasText: 'Saved.' }).count()).toBe(1);
    await options.close();
    await page.close();
  });

  it('a bad catalog import shows each error by path and changes nothing; a good one is used at once until reset', async () => {
    const account = sample(h.sandbox, 'new-subscription-day-2');
    const page = await h.context.newPage();
    await page.goto(C360(account.gainsightId));
    const panel = await panelFor(h, page);
    await showsFinalPlan(panel, account.account.name);
    const before = await programNames(panel);
    expect(before.length).toBeGreaterThan(0);

    const options = await openOptions();
    const programs = options.getByRole('region', { name: 'Programs' });
    const upload = (data: unknown) =>
      programs.getByLabel('Import a catalog (JSON file)').setInputFiles({ name: 'catalog.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) });

    const broken = JSON.parse(exportCatalog(CURRENT_CATALOG));
    broken.programs[3].steps[0].offsetDays = 'ten';
    await upload(broken);
    const alert = programs.getByRole('alert');
    await expect.poll(() => alert.getByRole('listitem').allTextContents()).toContain('programs[3].steps[0].offsetDays: expected a number');
    expect(await alert.textContent()).toContain('nothing changed');
    expect(await storedCatalog()).toBeUndefined();
    await page.reload();
    await showsFinalPlan(panel, account.account.name);
    expect(await programNames(panel)).toEqual(before);

    // The imported catalog replaces the built-in one in the open tab, without a reload.
    const renamed = JSON.parse(exportCatalog(CURRENT_CATALOG));
    const shown = renamed.programs.find((p: { name: string }) => before[0]!.startsWith(p.name));
    shown.name = 'Acme onboarding (tenant catalog)';
    renamed.name = 'Acme tenant programs';
    await upload(renamed);
    await expect.poll(() => programs.getByRole('status').filter({ hasText: 'Imported "Acme tenant programs"' }).count()).toBe(1);
    await expect.poll(async () => (await programNames(panel)).some((n) => n.startsWith('Acme onboarding (tenant catalog)')), { timeout: 60_000 }).toBe(true);

    await programs.getByRole('button', { name: 'Reset to built-in' }).click();
    await expect.poll(() => programNames(panel), { timeout: 60_000 }).toEqual(before);
    expect(await storedCatalog()).toBeUndefined();
    await options.close();
    await page.close();
  });

  it(
    'a custom Gainsight domain: Add asks Chrome for that one origin; once granted, the panel works there, after a restart too, until removed',
    async () => {
      const account = sample(h.sandbox, 'new-subscription-day-2');
      const page = await h.context.newPage();
      await page.goto(customC360(account.gainsightId));
      await page.getByText(account.account.name).first().waitFor();
      // Without access the browser hides the tab's address from the extension: the panel knows no record there.
      const before = await panelFor(h, page);
      await before.getByText(WHERE_IT_WORKS).waitFor({ timeout: 60_000 });
      expect(await before.getByRole('heading', { name: account.account.name }).count()).toBe(0);

      const options = await openOptions();
      // Record what the page asks Chrome for; the call still goes to Chrome's own permissions.request.
      await options.evaluate(() => {
        const spied = window as unknown as SpiedWindow;
        const original = chrome.permissions.request.bind(chrome.permissions);
        spied.requested = [];
        chrome.permissions.request = (permissions) => {
          spied.requested.push(permissions);
          return original(permissions);
        };
      });
      const gainsight = options.getByRole('region', { name: 'Gainsight' });
      await gainsight.getByRole('textbox', { name: 'Custom domain' }).fill(CUSTOM_DOMAIN);
      await gainsight.getByRole('button', { name: 'Add domain' }).click();
      expect(await options.evaluate(() => (window as unknown as SpiedWindow).requested)).toEqual([{ origins: [CUSTOM_ORIGIN] }]);
      // Chrome's prompt is open (headless Chromium cannot answer it): no error, nothing added yet.
      await options.waitForTimeout(1_500);
      expect(await gainsight.getByRole('status').textContent()).toBe(`Your browser is asking you to allow access to ${CUSTOM_DOMAIN}…`);
      expect(await gainsight.getByRole('alert').count()).toBe(0);

      // The user allows the site the other real way, chrome://extensions → Site access → "Add a site";
      // Chrome then grants the same request without a prompt, and the page's own code path goes on.
      const extensions = await h.context.newPage();
      await extensions.goto(`chrome://extensions/?id=${h.extensionId}`);
      await extensions.evaluate(([id, origin]) => chrome.developerPrivate.addHostPermission(id!, origin!), [h.extensionId, CUSTOM_ORIGIN]);
      await extensions.close();
      await options.bringToFront();
      await gainsight.getByRole('button', { name: 'Add domain' }).click();
      await expect.poll(() => gainsight.getByRole('status').textContent(), { timeout: 60_000 }).toContain(`Added ${CUSTOM_DOMAIN}.`);
      expect(await gainsight.getByRole('list', { name: 'Custom domains' }).textContent()).toContain(`${CUSTOM_DOMAIN} — active`);
      // Nothing is registered for the domain: the background follows its tabs once the browser grants it.
      expect(await customLoaders()).toEqual([]);

      await page.reload();
      await showsAccount(await panelFor(h, page), account.account.name);

      await h.restart();
      const again = await h.context.newPage();
      await again.goto(customC360(account.gainsightId));
      await showsAccount(await panelFor(h, again), account.account.name);

      const reopened = await openOptions();
      const section = reopened.getByRole('region', { name: 'Gainsight' });
      await section.getByRole('button', { name: `Remove ${CUSTOM_DOMAIN}` }).click();
      await expect.poll(() => section.getByRole('status').textContent()).toContain(`Removed ${CUSTOM_DOMAIN}`);
      expect(await reopened.evaluate((origin) => chrome.permissions.contains({ origins: [origin] }), CUSTOM_ORIGIN)).toBe(false);
      await again.close();
      const last = await h.context.newPage();
      await last.goto(customC360(account.gainsightId));
      await last.getByText(account.account.name).first().waitFor();
      const after = await panelFor(h, last);
      await after.getByText(WHERE_IT_WORKS).waitFor({ timeout: 60_000 });
      expect(await after.getByRole('heading', { name: account.account.name }).count()).toBe(0);
      await reopened.close();
      await last.close();
    },
    150_000,
  );
  it('Clear everything asks first, then deletes settings, the custom catalog, reminders and history', async () => {
    const options = await openOptions();
    // A started sequence (a reminder) with its first send recorded (history).
    const sequence = {
      account: { source: 'gainsight' as const, org: 'gitlab.gainsightcloud.com', id: 'E2E-CLEAR', name: 'Clear Corp' },
      programId: 'net-new-onboarding',
      programName: 'Net-New Onboarding',
      steps: [
        { index: 0, name: 'Welcome', offsetDays: 0 },
        { index: 1, name: 'Getting started', offsetDays: 0 },
      ],
      startedOn: toIsoDate(new Date()),
      recipients: ['admin@clear.example'],
    };
    await sendFromPage(options, 'reminders.startSequence', sequence);
    await sendFromPage(options, 'reminders.recordSend', { ...sequence, step: 0, sentOn: toIsoDate(new Date()), how: 'marked' });
    await options.reload();
    const sender = options.getByRole('region', { name: 'Sender identity' });
    await sender.getByRole('textbox', { name: 'Your name' }).fill('Dana Scully');
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.getByRole('status').filter({ hasText: 'Saved.' }).count()).toBe(1);
    const catalog = JSON.parse(exportCatalog(CURRENT_CATALOG));
    await options
      .getByLabel('Import a catalog (JSON file)')
      .setInputFiles({ name: 'catalog.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(catalog)) });
    await expect.poll(() => storedCatalog()).toBeDefined();
    const worker = await h.serviceWorker();
    const kept = await recordedFor(h, 'E2E-CLEAR');
    expect([kept.enrollments.length, kept.sends.length, kept.reminders.length]).toEqual([1, 1, 2]);
    expect(await badgeText(worker)).toBe('1');

    const data = options.getByRole('region', { name: 'Data' });
    await data.getByRole('button', { name: 'Clear everything…' }).click();
    const dialog = options.getByRole('dialog', { name: 'Clear everything?' });
    const named = (await dialog.getByRole('listitem').allTextContents()).join(' | ');
    for (const what of ['settings', 'custom program catalog', 'reminders', 'history']) expect(named).toContain(what);
    await options.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await storedCatalog()).toBeDefined();

    await data.getByRole('button', { name: 'Clear everything…' }).click();
    await dialog.getByRole('button', { name: 'Delete everything' }).click();
    await expect.poll(() => data.getByRole('status').textContent(), { timeout: 60_000 }).toContain('Everything was deleted.');
    expect(await sender.getByRole('textbox', { name: 'Your name' }).inputValue()).toBe('');
    expect(await worker.evaluate(() => chrome.storage.local.get('settings'))).toEqual({});
    expect(await storedCatalog()).toBeUndefined();
    expect(await recordedFor(h, 'E2E-CLEAR')).toEqual({ enrollments: [], reminders: [], sends: [] });
    expect(await badgeText(worker)).toBe('');
    await options.close();
  });
});
