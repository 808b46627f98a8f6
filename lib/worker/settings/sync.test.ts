import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { MessageSender } from '../../shared/messaging/protocol';
import { CURRENT_CATALOG } from '../../shared/programs/catalog-current';
import { repository } from '../../extension/reminders/repository';
import { holdDatabaseOpen, onboarding } from '../../extension/reminders/repository.test-support';
import { optionsHandlers } from './sync';
import { clearEverything } from './clear-everything';
import { saveCustomCatalog } from '../../extension/settings/custom-catalog';
import { loadSettings } from '../../extension/settings/stored-settings';

const OPTIONS_PAGE: MessageSender = { url: 'chrome-extension://id/options.html', fromExtensionPage: true };
const CONTENT_SCRIPT: MessageSender = { tabId: 1, frameId: 0, url: 'https://acme.gainsightcloud.com/v1/ui/home', fromExtensionPage: false };

const MANIFEST_HOSTS = ['https://*.gainsightcloud.com/*', 'https://*.my.salesforce.com/*'];

/** fakeBrowser has no permissions or scripting: a granted set and a registry stand in for them. */
function stubBrowser(granted: string[], registered: string[] = []) {
  const access = new Set([...MANIFEST_HOSTS, ...granted]);
  const scripts = new Map<string, { id: string }>(registered.map((id) => [id, { id }]));
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'x', version: '1', host_permissions: MANIFEST_HOSTS });
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockImplementation(async () => ({ origins: [...access], permissions: [] }));
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins }) => (origins ?? []).every((o) => access.has(o)));
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async ({ origins }) => {
    (origins ?? []).forEach((o) => access.delete(o));
    return true;
  });
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(async () => [...scripts.values()]);
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (list) => {
    list.forEach((s) => scripts.set(s.id, s));
  });
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async (filter) => {
    if (!filter) scripts.clear();
    (filter?.ids ?? []).forEach((id) => scripts.delete(id));
  });
  return { access, scripts };
}

beforeEach(async () => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  // The background uses the one shared repository: each test starts from no database.
  repository().close();
  await repository().destroy();
});

const stored = async () => (await fakeBrowser.storage.local.get('settings')).settings as Record<string, Record<string, unknown>>;

describe('catalog.get', () => {
  it('answers the built-in edition, or the imported catalog once there is one', async () => {
    expect(await optionsHandlers['catalog.get']({}, CONTENT_SCRIPT)).toEqual({ catalog: CURRENT_CATALOG, source: 'built-in' });
    const custom = { ...CURRENT_CATALOG, name: 'Acme programs' };
    await saveCustomCatalog(custom);
    expect(await optionsHandlers['catalog.get']({}, CONTENT_SCRIPT)).toEqual({ catalog: custom, source: 'custom' });
  });
});

describe('custom domains', () => {
  it('adds a granted domain to the settings', async () => {
    stubBrowser(['https://cs.acme.example/*']);
    const result = await optionsHandlers['customDomains.add']({ domain: 'cs.acme.example' }, OPTIONS_PAGE);
    expect(result).toEqual({ ok: true, domains: [{ domain: 'cs.acme.example', active: true }] });
    expect((await loadSettings()).gainsight.customDomains).toEqual(['cs.acme.example']);
  });

  it('refuses a domain Chrome has not granted, and any request from a content script', async () => {
    stubBrowser([]);
    expect(await optionsHandlers['customDomains.add']({ domain: 'cs.acme.example' }, OPTIONS_PAGE)).toMatchObject({ ok: false });
    await expect(optionsHandlers['customDomains.add']({ domain: 'cs.acme.example' }, CONTENT_SCRIPT)).rejects.toThrow(/extension's own pages/);
    await expect(optionsHandlers['data.clearAll']({}, CONTENT_SCRIPT)).rejects.toThrow(/extension's own pages/);
    expect((await loadSettings()).gainsight.customDomains).toEqual([]);
  });

  it('removes a domain: out of the settings, access given back', async () => {
    const { access } = stubBrowser(['https://cs.acme.example/*']);
    await optionsHandlers['customDomains.add']({ domain: 'cs.acme.example' }, OPTIONS_PAGE);
    expect(await optionsHandlers['customDomains.remove']({ domain: 'cs.acme.example' }, OPTIONS_PAGE)).toEqual({ ok: true, domains: [] });
    expect((await loadSettings()).gainsight.customDomains).toEqual([]);
    expect(access.has('https://cs.acme.example/*')).toBe(false);
  });
});

describe('stored settings with an invalid field (e.g. after going back to an older version)', () => {
  const ACME_ORIGIN = 'https://cs.acme.example/*';
  const GLOBEX_ORIGIN = 'https://cs.globex.example/*';
  const storedSettings = {
    salesforce: { roleField: 'Role; DROP', adminValue: 'Admin' },
    gainsight: { customDomains: ['cs.acme.example', 'cs.globex.example', 'not a domain'] },
  };

  it('keep the custom domains active and their access granted, and keep the rest of the settings', async () => {
    const { access } = stubBrowser([ACME_ORIGIN, GLOBEX_ORIGIN]);
    await fakeBrowser.storage.local.set({ settings: storedSettings });

    expect(await optionsHandlers['customDomains.list']({}, OPTIONS_PAGE)).toEqual({
      ok: true, domains: [{ domain: 'cs.acme.example', active: true }, { domain: 'cs.globex.example', active: true }],
    });
    expect(access.has(ACME_ORIGIN) && access.has(GLOBEX_ORIGIN)).toBe(true);
    const settings = await loadSettings();
    expect(settings.salesforce.adminValue).toBe('Admin');
    expect(settings.salesforce.roleField).toBe('Role__c');
    expect(await stored()).toEqual(storedSettings);
  });

  it('change only the domains when one is added: the invalid field stays as stored until the user changes it', async () => {
    stubBrowser([ACME_ORIGIN, GLOBEX_ORIGIN, 'https://cs.new.example/*']);
    await fakeBrowser.storage.local.set({ settings: storedSettings });
    await optionsHandlers['customDomains.add']({ domain: 'cs.new.example' }, OPTIONS_PAGE);
    const after = await stored();
    expect(after.salesforce).toMatchObject({ roleField: 'Role; DROP', adminValue: 'Admin' });
    expect(after.gainsight!.customDomains).toEqual(['cs.acme.example', 'cs.globex.example', 'cs.new.example']);
  });
});

describe('clear everything', () => {
  async function fillEveryStore() {
    await repository().startSequence(onboarding());
    await fakeBrowser.storage.local.set({ settings: { sender: { name: 'Casey' }, gainsight: { customDomains: ['cs.acme.example'] } }, customCatalog: { name: 'x' } });
    await fakeBrowser.storage.sync.set({ synced: true });
    await fakeBrowser.storage.session.set({ 'handoff.accounts': { a: { email: 'admin@acme.example' } } });
  }

  it('deletes the reminders, every storage area, registered scripts and the granted domains, then says done', async () => {
    const { access, scripts } = stubBrowser(['https://cs.acme.example/*'], ['custom-gainsight-cs.acme.example', 'someone-registered']);
    await fillEveryStore();

    expect(await optionsHandlers['data.clearAll']({}, OPTIONS_PAGE)).toEqual({ ok: true });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(scripts.size).toBe(0);
    expect([...access]).toEqual(MANIFEST_HOSTS);
    expect(await repository().listPending()).toEqual([]);
  });

  it('when the reminders cannot be deleted yet, keeps the settings and names everything still kept', async () => {
    stubBrowser(['https://cs.acme.example/*'], ['custom-gainsight-cs.acme.example']);
    await fillEveryStore();
    // Another window holding the database open without letting go (an older version, a stuck page).
    const holder = await holdDatabaseOpen();

    const outcome = await clearEverything({ waitForOtherWindowsMs: 50 });
    expect(outcome.done).toBe(false);
    expect(outcome.remaining).toEqual([
      'all reminders and the history of sends (another window of the extension still has them open: close it, then try again)',
      'settings synced with your browser account',
      'your settings, including field names, custom Gainsight domains and the custom program catalog',
    ]);
    expect((await stored()).sender).toEqual({ name: 'Casey' });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    holder.close();
  });
});
