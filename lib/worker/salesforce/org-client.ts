import { loadSettings } from '../../extension/settings/stored-settings';
import { createSalesforceClient, type SalesforceClient, type SalesforceClientOptions } from './client';
import { salesforceError, type SalesforceResult } from '../../shared/salesforce/errors';
import { isSalesforceApiHost } from '../../shared/salesforce/hosts';
import { apiHostOfPage, browserCookies, sessionForPage, type CookieAccess, type PageSessionInput } from './session';

/**
 * A REST client for the org of a page in a tab: the session comes from the tab's cookie store and
 * must name the page's org. Each call looks the session up again, so signing in again in another tab
 * of the same store is picked up without reopening anything.
 */

export interface OrgClientDeps {
  cookies?: CookieAccess;
  /** Client options for tests (fetch, policy, sleep…). */
  client?: Partial<Omit<SalesforceClientOptions, 'apiHost' | 'getSessionId'>>;
}

export async function clientForPage(input: PageSessionInput, deps: OrgClientDeps = {}): Promise<SalesforceResult<SalesforceClient>> {
  const cookies = deps.cookies ?? browserCookies;
  if (!apiHostOfPage(input.pageUrl)) {
    return { ok: false, error: salesforceError('not-found', { message: 'This page is not on a Salesforce org the extension knows.' }) };
  }
  const session = await sessionForPage(input, cookies);
  if (!session) return { ok: false, error: salesforceError('not-signed-in') };
  const apiVersion = deps.client?.apiVersion ?? (await loadSettings()).salesforce.apiVersion;
  return {
    ok: true,
    data: createSalesforceClient({
      ...deps.client,
      apiHost: session.apiHost,
      apiVersion,
      getSessionId: async () => (await sessionForPage(input, cookies))?.sid ?? null,
    }),
  };
}

/** A client for an org by its API host, in the default cookie store (the options page has no tab). */
export async function clientForApiHost(apiHost: string, deps: OrgClientDeps = {}): Promise<SalesforceResult<SalesforceClient>> {
  if (!isSalesforceApiHost(apiHost)) return { ok: false, error: salesforceError('not-found', { message: `${apiHost} is not a Salesforce org host.` }) };
  return clientForPage({ pageUrl: `https://${apiHost.toLowerCase()}/` }, deps);
}
