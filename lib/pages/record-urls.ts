/**
 * Decides from a URL alone whether a page is one the extension works on. This runs in the tiny
 * loader on every Gainsight and Salesforce page, so it must stay dependency-free and cheap.
 */

export type GainsightPage =
  | { site: 'gainsight'; kind: 'company'; id: string }
  | { site: 'gainsight'; kind: 'relationship'; id: string }
  | { site: 'gainsight'; kind: 'cockpit'; ctaId: string | null; companyId: string | null };

export type SalesforceObject = 'Account' | 'Contact' | 'Opportunity';
export type SalesforcePage = { site: 'salesforce'; kind: 'record'; object: SalesforceObject; id: string };

export type RecordPage = GainsightPage | SalesforcePage;

/** Gainsight puts ids in the query string or, on some tenants, in the hash route (`#/?cid=`). */
function param(url: URL, name: string): string | null {
  const fromSearch = url.searchParams.get(name);
  if (fromSearch) return fromSearch;
  const hashQuery = url.hash.indexOf('?');
  return hashQuery >= 0 ? new URLSearchParams(url.hash.slice(hashQuery + 1)).get(name) : null;
}

const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

function safeId(value: string | null): string | null {
  return value && SAFE_ID.test(value) ? value : null;
}

export function gainsightPage(href: string): GainsightPage | null {
  const url = new URL(href);
  const path = url.pathname.toLowerCase();
  if (path.endsWith('/customersuccess360') || path.endsWith('/jbcxm__customersuccess360')) {
    const id = safeId(param(url, 'cid'));
    return id ? { site: 'gainsight', kind: 'company', id } : null;
  }
  if (path.endsWith('/relationship360')) {
    const id = safeId(param(url, 'rid'));
    return id ? { site: 'gainsight', kind: 'relationship', id } : null;
  }
  if (path.endsWith('/cockpit')) {
    return { site: 'gainsight', kind: 'cockpit', ctaId: safeId(param(url, 'ctaId')), companyId: safeId(param(url, 'cid')) };
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

/** A stable key for "the same record": navigating within one record (tabs, hash) keeps the sidebar. */
export function pageKey(page: RecordPage | null): string | null {
  if (!page) return null;
  if (page.site === 'salesforce') return `sf:${page.object}:${page.id}`;
  if (page.kind === 'cockpit') return `gs:cockpit:${page.ctaId ?? ''}:${page.companyId ?? ''}`;
  return `gs:${page.kind}:${page.id}`;
}

/**
 * The org or tenant a record page belongs to (see Account.org): a Gainsight tenant's host, or the API
 * host of a Salesforce org, which Lightning and the API share.
 */
export function orgOfUrl(href: string): string {
  const host = new URL(href).host.toLowerCase();
  return salesforceApiHost(host) ?? host;
}

/** `<org>.lightning.force.com` → `<org>.my.salesforce.com` (sandbox orgs keep their `.sandbox.` part). */
export function salesforceApiHost(lightningHost: string): string | null {
  const match = /^([a-z0-9-]+(?:--[a-z0-9-]+)?)(\.sandbox)?\.lightning\.force\.com$/i.exec(lightningHost);
  return match ? `${match[1]}${match[2] ?? ''}.my.salesforce.com`.toLowerCase() : null;
}

/**
 * The record a tab's URL shows, whatever the site: a Lightning record on a Lightning host, else a
 * Gainsight page by its path (gainsightcloud.com, the Salesforce-hosted edition, or a custom domain the
 * user granted; the background only sees URLs of hosts it may access).
 */
export function recordPageOf(href: string): RecordPage | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  if (salesforceApiHost(url.host)) return salesforcePage(href);
  return gainsightAppPage(href);
}
