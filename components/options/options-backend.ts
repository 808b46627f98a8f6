/**
 * Where the options page's data lives. Settings and the custom catalog are read and written here
 * (same origin as the background); whatever needs the worker (custom domains' loader registrations,
 * the reminders database, "Clear everything") goes through typed messages. Tests pass a fake.
 */
import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/ui/messaging/send';
import type { DomainsResult } from '@/lib/shared/urls/custom-domains';
import type { Catalog } from '@/lib/shared/programs/types';
import type { ImportResult as BackupImportResult } from '@/lib/shared/reminders/results';
import { clearCustomCatalog, loadCustomCatalog, saveCustomCatalog } from '@/lib/extension/settings/custom-catalog';
import type { Settings } from '@/lib/shared/settings/schema';
import { type CheckedSettings, loadCheckedSettings, onCheckedSettingsChanged, saveSettings } from '@/lib/extension/settings/stored-settings';
import { downloadText } from './files';

export interface ManifestFacts {
  version: string;
  permissions: string[];
  hosts: string[];
  optionalHosts: string[];
}

export interface OptionsBackend {
  /** The stored settings, read field by field: each invalid field at its default, and named in `problems`. */
  loadSettings(): Promise<CheckedSettings>;
  /**
   * Saves the form's settings; the custom domains keep their stored value (they have their own buttons),
   * and so does each stored invalid field in `keepInvalid` (the user did not change it).
   */
  saveSettings(settings: Settings, keepInvalid: readonly string[]): Promise<void>;
  onSettingsChanged(listener: (checked: CheckedSettings) => void): () => void;
  loadCustomCatalog(): Promise<Catalog | null>;
  saveCustomCatalog(catalog: Catalog): Promise<void>;
  clearCustomCatalog(): Promise<void>;
  /** Must be called synchronously inside a click or key handler: the browser asks only during a user gesture. */
  requestHostAccess(origin: string): Promise<boolean>;
  listDomains(): Promise<DomainsResult>;
  addDomain(domain: string): Promise<DomainsResult>;
  removeDomain(domain: string): Promise<DomainsResult>;
  /** The backup file's text, and a note when it holds less than usual (the database could not be opened). */
  exportBackup(): Promise<{ text: string; note?: string; setAside?: string }>;
  importBackup(text: string): Promise<BackupImportResult>;
  clearEverything(): Promise<void>;
  manifest(): ManifestFacts;
  download(filename: string, text: string): void;
}

export function extensionBackend(): OptionsBackend {
  return {
    loadSettings: loadCheckedSettings,
    async saveSettings(settings, keepInvalid) {
      // A form opened before a domain was added (here or in another tab) must not drop it on save.
      const { customDomains } = (await loadCheckedSettings()).settings.gainsight;
      await saveSettings({ ...settings, gainsight: { ...settings.gainsight, customDomains } }, {
        keepInvalid: [...keepInvalid, 'gainsight.customDomains'],
      });
    },
    onSettingsChanged: onCheckedSettingsChanged,
    loadCustomCatalog,
    saveCustomCatalog,
    clearCustomCatalog,
    requestHostAccess: (origin) => browser.permissions.request({ origins: [origin] }),
    listDomains: () => sendMessage('customDomains.list', {}),
    addDomain: (domain) => sendMessage('customDomains.add', { domain }),
    removeDomain: (domain) => sendMessage('customDomains.remove', { domain }),
    exportBackup: () => sendMessage('reminders.exportBackup', {}),
    importBackup: (text) => sendMessage('reminders.importBackup', { text }),
    // Answers once everything is gone; otherwise it fails with a sentence naming what is still kept.
    clearEverything: async () => {
      await sendMessage('data.clearAll', {});
    },
    manifest() {
      const manifest = browser.runtime.getManifest();
      return {
        version: manifest.version,
        permissions: (manifest.permissions ?? []).map(String),
        hosts: manifest.host_permissions ?? [],
        optionalHosts: manifest.optional_host_permissions ?? [],
      };
    },
    download: downloadText,
  };
}
