/** An in-memory OptionsBackend for component tests: records every call, answers like the real one. */
import { vi } from 'vitest';
import { parseCustomDomain, type DomainsResult } from '@/lib/shared/urls/custom-domains';
import type { Catalog } from '@/lib/shared/programs/types';
import type { ImportResult as BackupImportResult } from '@/lib/shared/reminders/results';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/shared/settings/schema';
import type { StoredProblems } from '@/lib/extension/settings/stored-settings';
import type { OptionsBackend } from './options-backend';

export interface FakeStorage {
  settings: Settings;
  /** Stored fields that did not validate (the settings hold their defaults); kept until a save changes them. */
  problems: StoredProblems;
  customCatalog: Catalog | null;
  granted: Set<string>;
  downloads: { filename: string; text: string }[];
}

export function fakeBackend(initial: Partial<Pick<FakeStorage, 'settings' | 'customCatalog' | 'problems'>> = {}) {
  const storage: FakeStorage = {
    settings: initial.settings ?? DEFAULT_SETTINGS,
    problems: initial.problems ?? {},
    customCatalog: initial.customCatalog ?? null,
    granted: new Set(),
    downloads: [],
  };
  const domains = (): DomainsResult => ({
    ok: true,
    domains: storage.settings.gainsight.customDomains.map((domain) => ({ domain, active: storage.granted.has(`https://${domain}/*`) })),
  });
  const setDomains = (list: string[]) => {
    storage.settings = { ...storage.settings, gainsight: { ...storage.settings.gainsight, customDomains: list } };
  };
  const backend = {
    loadSettings: vi.fn(async () => ({ settings: storage.settings, problems: storage.problems })),
    saveSettings: vi.fn(async (settings: Settings, keepInvalid: readonly string[]) => {
      storage.settings = { ...settings, gainsight: { ...settings.gainsight, customDomains: storage.settings.gainsight.customDomains } };
      storage.problems = Object.fromEntries(Object.entries(storage.problems).filter(([path]) => keepInvalid.includes(path)));
    }),
    onSettingsChanged: vi.fn(() => () => undefined),
    loadCustomCatalog: vi.fn(async () => storage.customCatalog),
    saveCustomCatalog: vi.fn(async (catalog: Catalog) => {
      storage.customCatalog = catalog;
    }),
    clearCustomCatalog: vi.fn(async () => {
      storage.customCatalog = null;
    }),
    /** Grants by default, as a user clicking Allow; tests may make it refuse. */
    requestHostAccess: vi.fn(async (origin: string) => {
      storage.granted.add(origin);
      return true;
    }),
    listDomains: vi.fn(async () => domains()),
    addDomain: vi.fn(async (domain: string): Promise<DomainsResult> => {
      const check = parseCustomDomain(domain);
      if (!check.ok) return check;
      if (!storage.settings.gainsight.customDomains.includes(check.domain)) setDomains([...storage.settings.gainsight.customDomains, check.domain]);
      return domains();
    }),
    removeDomain: vi.fn(async (domain: string) => {
      setDomains(storage.settings.gainsight.customDomains.filter((d) => d !== domain));
      storage.granted.delete(`https://${domain}/*`);
      return domains();
    }),
    exportBackup: vi.fn(async (): Promise<{ text: string; note?: string }> => ({ text: '{"format":"cta-playbook-companion/reminders"}' })),
    importBackup: vi.fn(async (_text: string): Promise<BackupImportResult> => ({ ok: true, summary: { added: 1, updated: 0, unchanged: 0 } })),
    clearEverything: vi.fn(async () => {
      storage.settings = DEFAULT_SETTINGS;
      storage.problems = {};
      storage.customCatalog = null;
      storage.granted.clear();
    }),
    manifest: () => ({
      version: '0.1.0',
      permissions: ['storage', 'alarms', 'notifications', 'cookies', 'scripting'],
      hosts: ['https://*.gainsightcloud.com/*', 'https://*.my.salesforce.com/*', 'https://*.lightning.force.com/*'],
      optionalHosts: ['https://*.visual.force.com/*', 'https://*/*'],
    }),
    download: vi.fn((filename: string, text: string) => {
      storage.downloads.push({ filename, text });
    }),
  } satisfies OptionsBackend;
  return { backend, storage };
}
