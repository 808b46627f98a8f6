import { browser, type Browser } from 'wxt/browser';

type RegisteredScript = Browser.scripting.RegisteredContentScript;

/**
 * A tenant's own Gainsight domain (cs.acme.com) cannot be listed in the manifest, so the user grants
 * it at run time (an optional host permission) and the background registers the same light loader
 * the manifest runs on *.gainsightcloud.com. What is registered is derived, by one idempotent and
 * serialized sync, from two facts that change independently: the domains in the settings and the
 * origins Chrome grants (the user can revoke one in chrome://extensions at any time). It runs at
 * every worker start too, because Chrome does not always keep `persistAcrossSessions` registrations
 * (e.g. across restarts of an unpacked extension).
 */

/** The built loader of entrypoints/gainsight.content.ts: it injects the page app on record pages only. */
export const LOADER_FILE = 'content-scripts/gainsight.js';
const SCRIPT_ID_PREFIX = 'custom-gainsight-';

export type DomainCheck = { ok: true; domain: string } | { ok: false; error: string };

const HOST_NAME = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
/** Hosts the manifest already covers; registering the loader there too would run it twice. */
const COVERED = /(^|\.)(gainsightcloud\.com|salesforce\.com|force\.com)$/;

/** Accepts a host name or a pasted https URL; answers the bare, lower-case host name. */
export function parseCustomDomain(input: string): DomainCheck {
  let text = input.trim().toLowerCase();
  if (!text) return { ok: false, error: 'Enter a domain such as cs.example.com.' };
  if (text.includes('://')) {
    if (!text.startsWith('https://')) return { ok: false, error: 'Gainsight is served over https: enter the domain only, such as cs.example.com.' };
    try {
      text = new URL(text).hostname;
    } catch {
      return { ok: false, error: 'must be a host name like cs.example.com' };
    }
  }
  text = text.replace(/\/.*$/, '');
  if (!HOST_NAME.test(text)) return { ok: false, error: 'must be a host name like cs.example.com' };
  if (COVERED.test(text)) return { ok: false, error: `${text} needs no custom domain: the extension already works there.` };
  return { ok: true, domain: text };
}

/** The one origin asked of Chrome for a domain (never a wildcard). */
export const originPattern = (domain: string): string => `https://${domain}/*`;
export const scriptIdFor = (domain: string): string => `${SCRIPT_ID_PREFIX}${domain}`;

export interface DomainStatus {
  domain: string;
  /** Chrome grants the origin and the loader is registered: the panel opens on its record pages. */
  active: boolean;
}

export type DomainsResult = { ok: true; domains: DomainStatus[] } | { ok: false; error: string };

/** The slice of the browser the sync needs, so it can be tested without one. */
export interface DomainApi {
  registered(): Promise<Pick<RegisteredScript, 'id'>[]>;
  register(scripts: RegisteredScript[]): Promise<void>;
  unregister(ids: string[]): Promise<void>;
  hasAccess(origin: string): Promise<boolean>;
  removeAccess(origin: string): Promise<void>;
}

export function browserDomainApi(): DomainApi {
  return {
    registered: () => browser.scripting.getRegisteredContentScripts(),
    register: (scripts) => browser.scripting.registerContentScripts(scripts),
    unregister: (ids) => browser.scripting.unregisterContentScripts({ ids }),
    hasAccess: (origin) => browser.permissions.contains({ origins: [origin] }),
    removeAccess: async (origin) => {
      await browser.permissions.remove({ origins: [origin] });
    },
  };
}

function loaderFor(domain: string): RegisteredScript {
  return {
    id: scriptIdFor(domain),
    js: [LOADER_FILE],
    matches: [originPattern(domain)],
    runAt: 'document_idle',
    persistAcrossSessions: true,
  };
}

/**
 * Brings the registrations in line with `domains`: registers the loader for each granted domain that
 * lacks it, unregisters the rest, and gives back Chrome's access for domains no longer in the list.
 * Only registrations with our id prefix are ever touched.
 */
export async function syncCustomDomains(domains: readonly string[], api: DomainApi): Promise<DomainStatus[]> {
  const granted = new Set<string>();
  for (const domain of domains) if (await api.hasAccess(originPattern(domain))) granted.add(domain);
  const existing = (await api.registered()).map((s) => s.id).filter((id) => id.startsWith(SCRIPT_ID_PREFIX));
  const stale = existing.filter((id) => !granted.has(id.slice(SCRIPT_ID_PREFIX.length)));
  if (stale.length) await api.unregister(stale);
  const missing = [...granted].filter((domain) => !existing.includes(scriptIdFor(domain)));
  if (missing.length) await api.register(missing.map(loaderFor));
  for (const id of stale) {
    const domain = id.slice(SCRIPT_ID_PREFIX.length);
    if (!domains.includes(domain)) await api.removeAccess(originPattern(domain));
  }
  return domains.map((domain) => ({ domain, active: granted.has(domain) }));
}

/**
 * One sync at a time, each reading the domains afresh when it starts: settings events, permission
 * events and the options page may all ask at once, and two overlapping runs would register the same
 * id twice (an error) or act on a list that has changed since.
 */
export function serialDomainSync(readDomains: () => Promise<string[]>, api: DomainApi): () => Promise<DomainStatus[]> {
  let last: Promise<unknown> = Promise.resolve();
  return () => {
    const run = last.catch(() => undefined).then(async () => syncCustomDomains(await readDomains(), api));
    last = run;
    return run;
  };
}
