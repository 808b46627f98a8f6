import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { MessageSender } from '../messaging/protocol';
import { CURRENT_CATALOG } from '../programs/catalog-current';
import { optionsHandlers } from './background';
import { saveCustomCatalog } from './custom-catalog';
import { loadSettings } from './store';

const OPTIONS_PAGE: MessageSender = { url: 'chrome-extension://id/options.html', fromExtensionPage: true };
const CONTENT_SCRIPT: MessageSender = { tabId: 1, frameId: 0, url: 'https://acme.gainsightcloud.com/v1/ui/home', fromExtensionPage: false };

/** fakeBrowser has no permissions or scripting: a granted set and a registry stand in for them. */
function stubBrowser(granted: string[]) {
  const access = new Set(granted);
  const scripts = new Map<string, { id: string }>();
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
    (filter?.ids ?? []).forEach((id) => scripts.delete(id));
  });
  return { access, scripts };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('catalog.get', () => {
  it('answers the built-in edition, or the imported catalog once there is one', async () => {
    expect(await optionsHandlers['catalog.get']({}, CONTENT_SCRIPT)).toEqual({ catalog: CURRENT_CATALOG, source: 'built-in' });
    const custom = { ...CURRENT_CATALOG, name: 'Acme programs' };
    await saveCustomCatalog(custom);
    expect(await optionsHandlers['catalog.get']({}, CONTENT_SCRIPT)).toEqual({ catalog: custom, source: 'custom' });
  });
});

describe('custom domains', () => {
  it('adds a granted domain to the settings and registers the loader there', async () => {
    const { scripts } = stubBrowser(['https://cs.acme.example/*']);
    const result = await optionsHandlers['customDomains.add']({ domain: 'cs.acme.example' }, OPTIONS_PAGE);
    expect(result).toEqual({ ok: true, domains: [{ domain: 'cs.acme.example', active: true }] });
    expect((await loadSettings()).gainsight.customDomains).toEqual(['cs.acme.example']);
    expect([...scripts.keys()]).toEqual(['custom-gainsight-cs.acme.example']);
  });

  it('refuses a domain Chrome has not granted, and any request from a content script', async () => {
    stubBrowser([]);
    expect(await optionsHandlers['customDomains.add']({ domain: 'cs.acme.example' }, OPTIONS_PAGE)).toMatchObject({ ok: false });
    await expect(optionsHandlers['customDomains.add']({ domain: 'cs.acme.example' }, CONTENT_SCRIPT)).rejects.toThrow(/extension's own pages/);
    await expect(optionsHandlers['data.clearAll']({}, CONTENT_SCRIPT)).rejects.toThrow(/extension's own pages/);
    expect((await loadSettings()).gainsight.customDomains).toEqual([]);
  });

  it('removes a domain: out of the settings, loader unregistered, access given back', async () => {
    const { access, scripts } = stubBrowser(['https://cs.acme.example/*']);
    await optionsHandlers['customDomains.add']({ domain: 'cs.acme.example' }, OPTIONS_PAGE);
    expect(await optionsHandlers['customDomains.remove']({ domain: 'cs.acme.example' }, OPTIONS_PAGE)).toEqual({ ok: true, domains: [] });
    expect((await loadSettings()).gainsight.customDomains).toEqual([]);
    expect(scripts.size).toBe(0);
    expect(access.size).toBe(0);
  });
});
