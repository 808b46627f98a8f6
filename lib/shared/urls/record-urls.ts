/**
 * Decides from a URL alone whether a page is one the extension works on. This runs in the tiny
 * loader on every Gainsight and Salesforce page, so it must stay dependency-free and cheap.
 */

import { salesforceApiHost } from '../salesforce/hosts';

export type GainsightPage =
  | {
      site: 'gainsight';
      kind: 'company';
      id: string;
      /** `aid`: the URL names the company by its Salesforce Account id (`aid=`), not its Gainsight id. */
      by?: 'aid';
      /** The C360 section the hash routes to (`#/<sectionId>`), when it names one. */
      section?: string;
    }
  | { site: 'gainsight'; kind: 'relationship'; id: string; section?: string }
  | { site: 'gainsight'; kind: 'cockpit'; ctaId: string | null; companyId: string | null };

export type SalesforceObject = 'Account' | 'Contact' | 'Opportunity';
export type SalesforcePage = { site: 'salesforce'; kind: 'record'; object: SalesforceObject; id: string };

export type RecordPage = GainsightPage | SalesforcePage;

/**
 * Gainsight's own reading of a URL: parameter names in any case (`cid`, `CID`), in the query string or,
 * on hybrid and older routes, in the hash (`#/?cid=`, `#customersuccess360?cid=`).
 */
function params(url: URL): Map<string, string> {
  const found = new Map<string, string>();
  const hashQuery = url.hash.indexOf('?');
  const sources = [url.searchParams, new URLSearchParams(hashQuery >= 0 ? url.hash.slice(hashQuery + 1) : '')];
  for (const source of sources) {
    for (const [name, value] of source) if (value && !found.has(name.toLowerCase())) found.set(name.toLowerCase(), value);
  }
  return found;
}

const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

function safeId(value: string | null | undefined): string | null {
  return value && SAFE_ID.test(value) ? value : null;
}

/** The route, lower-cased: the path, and the hash route before its query (hybrid pages route there). */
function routeOf(url: URL): { path: string; hashPath: string } {
  const hash = url.hash.slice(1);
  const query = hash.indexOf('?');
  return { path: url.pathname.toLowerCase(), hashPath: (query >= 0 ? hash.slice(0, query) : hash).toLowerCase() };
}

/** `#/<sectionId>`: C360 routes its sections by hash. */
function sectionOf(url: URL): { section?: string } {
  const match = /^#\/([A-Za-z0-9_-]{1,64})(?:[/?]|$)/.exec(url.hash);
  return match ? { section: match[1]! } : {};
}

export function gainsightPage(href: string): GainsightPage | null {
  const url = new URL(href);
  const { path, hashPath } = routeOf(url);
  const on = (page: string) => path.endsWith(`/${page}`) || path.endsWith(`__${page}`) || hashPath.replace(/^\//, '') === page;
  const p = params(url);
  if (path.endsWith('/cockpit')) {
    return { site: 'gainsight', kind: 'cockpit', ctaId: safeId(p.get('ctaid')), companyId: safeId(p.get('cid')) };
  }
  // As C360 itself decides: a relationship page by its path or an `rid`, a company page by its path.
  if (on('relationship360') || (on('customersuccess360') && p.has('rid'))) {
    const id = safeId(p.get('rid'));
    return id ? { site: 'gainsight', kind: 'relationship', id, ...sectionOf(url) } : null;
  }
  if (on('customersuccess360')) {
    const cid = safeId(p.get('cid'));
    if (cid) return { site: 'gainsight', kind: 'company', id: cid, ...sectionOf(url) };
    const aid = safeId(p.get('aid'));
    return aid ? { site: 'gainsight', kind: 'company', id: aid, by: 'aid', ...sectionOf(url) } : null;
  }
  return null;
}

/** Company and relationship pages: the ones with an account to plan for. */
export function gainsightRecordPage(href: string): Extract<GainsightPage, { id: string }> | null {
  const page = gainsightPage(href);
  return page && page.kind !== 'cockpit' ? page : null;
}

/**
 * Pages the Gainsight page app runs on: records, plus Cockpit pages that name a CTA or a company (the
 * Create CTA form and the Edit Email dialog are prefilled there). Other Cockpit pages stay loader-only.
 */
export function gainsightAppPage(href: string): GainsightPage | null {
  const page = gainsightPage(href);
  if (page?.kind === 'cockpit' && page.ctaId === null && page.companyId === null) return null;
  return page;
}

const LIGHTNING_RECORD = /^\/lightning\/r\/(Account|Contact|Opportunity)\/([A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?)\//;

export function salesforcePage(href: string): SalesforcePage | null {
  const match = LIGHTNING_RECORD.exec(new URL(href).pathname);
  if (!match) return null;
  return { site: 'salesforce', kind: 'record', object: match[1] as SalesforceObject, id: match[2]! };
}

/**
 * A stable key for "the same record": navigating within one record (tabs, hash) keeps the sidebar.
 * The org or tenant is part of it (`href`'s host, as orgOfUrl reads it): a full-copy sandbox holds
 * the same ids as production, and two Gainsight tenants may share company ids, yet each is another
 * record, read again and written to on its own host.
 */
export function pageKey(page: RecordPage | null, href: string): string | null {
  if (!page) return null;
  const org = orgOfUrl(href);
  if (page.site === 'salesforce') return `${org}|sf:${page.object}:${page.id}`;
  if (page.kind === 'cockpit') return `${org}|gs:cockpit:${page.ctaId ?? ''}:${page.companyId ?? ''}`;
  return `${org}|gs:${page.kind}:${page.id}`;
}

/**
 * The key of the record `href` shows (pageKey), or null for a page that shows none. For comparing a
 * URL with a tab's record, which was admitted by its host already: the host is part of the key.
 */
export function recordKeyOf(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const page = salesforceApiHost(url.host) ? salesforcePage(href) : gainsightAppPage(href);
  return pageKey(page, href);
}

/**
 * The org or tenant a record page belongs to (see Account.org): a Gainsight tenant's host, or the API
 * host of a Salesforce org, which Lightning and the API share.
 */
export function orgOfUrl(href: string): string {
  const host = new URL(href).host.toLowerCase();
  return salesforceApiHost(host) ?? host;
}

/** `<org>.lightning.force.com` → `<org>.my.salesforce.com`, for every host form (lib/shared/salesforce/hosts.ts). */
export { salesforceApiHost } from '../salesforce/hosts';

/**
 * The hosts that are Gainsight: its cloud (`*.gainsightcloud.com`), the domains the user added in the
 * options, and, for the Salesforce-hosted edition, Gainsight's managed package pages on
 * `*.visual.force.com` (its optional permission is asked only when the user turns the edition on).
 * Nothing else, however Gainsight-like its path: any org can serve such a path on its own
 * `my.salesforce.com`, and once the optional `https://*\/*` is granted every site would.
 */
export function isGainsightUrl(url: URL, customDomains: readonly string[]): boolean {
  const host = url.hostname.toLowerCase();
  if (host.endsWith('.gainsightcloud.com')) return true;
  if (customDomains.some((domain) => domain.toLowerCase() === host)) return true;
  return host.endsWith('.visual.force.com') && url.pathname.toLowerCase().startsWith('/apex/jbcxm__');
}

/**
 * The record a tab's URL shows, whatever the site: a Lightning record on a Lightning host, else a
 * Gainsight page by its path on a Gainsight host (isGainsightUrl; `customDomains` from the settings).
 */
export function recordPageOf(href: string, customDomains: readonly string[]): RecordPage | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  if (salesforceApiHost(url.host)) return salesforcePage(href);
  return isGainsightUrl(url, customDomains) ? gainsightAppPage(href) : null;
}
