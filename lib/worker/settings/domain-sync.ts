import { browser, type Browser } from 'wxt/browser';
import { originPattern, type DomainStatus } from '../../shared/urls/custom-domains';

type RegisteredScript = Browser.scripting.RegisteredContentScript;

/** Earlier versions registered a loader per domain under this prefix; such leftovers are removed. */
const LEGACY_SCRIPT_PREFIX = 'custom-gainsight-';

/** The slice of the browser the sync needs, so it can be tested without one. */
export interface DomainApi {
  registered(): Promise<Pick<RegisteredScript, 'id'>[]>;
  unregister(ids: string[]): Promise<void>;
  hasAccess(origin: string): Promise<boolean>;
  removeAccess(origin: string): Promise<void>;
}

export function browserDomainApi(): DomainApi {
  return {
    registered: () => browser.scripting.getRegisteredContentScripts(),
    unregister: (ids) => browser.scripting.unregisterContentScripts({ ids }),
    hasAccess: (origin) => browser.permissions.contains({ origins: [origin] }),
    removeAccess: async (origin) => {
      await browser.permissions.remove({ origins: [origin] });
    },
  };
}

/**
 * Each domain's status: active while the browser grants its origin. Removes the loader registrations
 * earlier versions made (only those with our prefix). It never gives back the browser's access: a domain
 * missing from the list may only mean the settings could not be read, and what the user granted is
 * removed only by the user ('customDomains.remove', Clear everything).
 */
export async function syncCustomDomains(domains: readonly string[], api: DomainApi): Promise<DomainStatus[]> {
  const legacy = (await api.registered()).map((s) => s.id).filter((id) => id.startsWith(LEGACY_SCRIPT_PREFIX));
  if (legacy.length) await api.unregister(legacy);
  const statuses: DomainStatus[] = [];
  for (const domain of domains) statuses.push({ domain, active: await api.hasAccess(originPattern(domain)) });
  return statuses;
}

/**
 * One sync at a time, each reading the domains afresh when it starts: settings events, permission
 * events and the options page may all ask at once.
 */
export function serialDomainSync(readDomains: () => Promise<string[]>, api: DomainApi): () => Promise<DomainStatus[]> {
  let last: Promise<unknown> = Promise.resolve();
  return () => {
    const run = last.catch(() => undefined).then(async () => syncCustomDomains(await readDomains(), api));
    last = run;
    return run;
  };
}
