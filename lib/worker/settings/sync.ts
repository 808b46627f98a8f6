import { browser } from 'wxt/browser';
import type { Handlers, MessageSender } from '../../shared/messaging/protocol';
import { originPattern, parseCustomDomain, type DomainStatus, type DomainsResult } from '../../shared/urls/custom-domains';
import { browserDomainApi, serialDomainSync } from './domain-sync';
import { clearEverything, remainingSentence } from './clear-everything';
import { catalogInUse } from '../../extension/settings/custom-catalog';
import { invalidExcept, loadCheckedSettings, loadCustomDomains, loadSettings, onSettingsChanged, saveSettings } from '../../extension/settings/stored-settings';

/**
 * The background's side of the options: the catalog the pages plan with, custom Gainsight domains
 * (their loader registrations) and "Clear everything". Changes to the whole extension are taken only
 * from its own pages, never from a content script running inside a host page.
 */
type OptionsMessage = 'catalog.get' | 'customDomains.add' | 'customDomains.remove' | 'customDomains.list' | 'data.clearAll';

const api = browserDomainApi();
let sync: (() => Promise<DomainStatus[]>) | null = null;

/**
 * The worker's one serialized domain sync (created on first use, so importing this file does nothing).
 * It reads the domains as stored, entry by entry: a settings field that fails validation must not
 * unregister what the user added.
 */
function syncDomains(): Promise<DomainStatus[]> {
  sync ??= serialDomainSync(loadCustomDomains, api);
  return sync();
}

function requireExtensionPage(type: OptionsMessage, sender: MessageSender): void {
  if (!sender.fromExtensionPage) throw new Error(`${type} is only accepted from the extension's own pages`);
}

/** Changes the domains only: every other stored field, valid or not, stays as it is. */
async function updateDomains(change: (domains: string[]) => string[]): Promise<void> {
  const [{ settings, problems }, domains] = await Promise.all([loadCheckedSettings(), loadCustomDomains()]);
  const customDomains = change(domains);
  await saveSettings({ ...settings, gainsight: { ...settings.gainsight, customDomains } }, {
    keepInvalid: invalidExcept(problems, 'gainsight.customDomains'),
  });
}

/**
 * Listeners are added in the worker's first turn (MV3 wakes a worker only for those), and a sync runs
 * at once: registrations may have been lost while the browser was closed.
 */
export function startCustomDomains(): void {
  const run = () => void syncDomains().catch((error: unknown) => console.error('[custom domains]', error));
  onSettingsChanged(run);
  browser.permissions.onAdded.addListener(run);
  browser.permissions.onRemoved.addListener(run);
  run();
}

export const optionsHandlers: Pick<Handlers, OptionsMessage> = {
  async 'catalog.get'() {
    return catalogInUse(await loadSettings());
  },

  async 'customDomains.list'(_payload, sender) {
    requireExtensionPage('customDomains.list', sender);
    return { ok: true, domains: await syncDomains() };
  },

  /** The options page asks the browser for the origin first (that needs the click); this only records and registers. */
  async 'customDomains.add'({ domain }, sender): Promise<DomainsResult> {
    requireExtensionPage('customDomains.add', sender);
    const check = parseCustomDomain(String(domain));
    if (!check.ok) return check;
    if (!(await api.hasAccess(originPattern(check.domain)))) {
      return { ok: false, error: `Your browser has not granted access to ${check.domain}, so the panel cannot open there.` };
    }
    await updateDomains((domains) => (domains.includes(check.domain) ? domains : [...domains, check.domain]));
    return { ok: true, domains: await syncDomains() };
  },

  async 'customDomains.remove'({ domain }, sender): Promise<DomainsResult> {
    requireExtensionPage('customDomains.remove', sender);
    const target = String(domain);
    await updateDomains((domains) => domains.filter((d) => d !== target));
    const domains = await syncDomains();
    // Also when no loader was registered (access granted, then the worker stopped before registering).
    const check = parseCustomDomain(target);
    if (check.ok) await api.removeAccess(originPattern(check.domain));
    return { ok: true, domains };
  },

  /** Answers only once everything is gone; otherwise fails with a sentence naming what is still kept. */
  async 'data.clearAll'(_payload, sender) {
    requireExtensionPage('data.clearAll', sender);
    const outcome = await clearEverything();
    await syncDomains().catch((error: unknown) => console.error('[custom domains]', error));
    if (!outcome.done) throw new Error(remainingSentence(outcome));
    return { ok: true };
  },
};
