import type { Account } from '../../shared/accounts/account';
import { fetchAccount } from './fetch-account';
import { orgOfUrl, type SalesforcePage } from '../../shared/urls/record-urls';
import { loadSettings } from '../../extension/settings/stored-settings';
import type { SalesforceResult } from '../../shared/salesforce/errors';
import { createDescriber } from './describe';
import { rememberOrg } from './known-orgs';
import { clientForPage, type OrgClientDeps } from './org-client';

export interface ReadAccountInput {
  /** The Lightning page the tab shows. */
  pageUrl: string;
  page: Pick<SalesforcePage, 'object' | 'id'>;
  /** The tab, for its cookie store (incognito, containers); the default store without one. */
  tabId?: number;
  /** Abort when the tab moves on: every request stops. */
  signal?: AbortSignal;
  /** Describe the org again first (the user asked to re-read: an admin may have just added a field). */
  refreshSchema?: boolean;
}

/**
 * The account behind a Lightning record page (Account, Contact or Opportunity), read through the REST
 * API with the session of the tab's cookie store and the page's org. The background calls this; a
 * failure says in plain words what happened, and `error.remedy` what to do (`read-page`: the org
 * refuses the API, inject the page reader instead; `sign-in`: offer the sign-in link).
 */
export async function readSalesforceAccount(input: ReadAccountInput, deps: OrgClientDeps = {}): Promise<SalesforceResult<Account>> {
  const client = await clientForPage({ pageUrl: input.pageUrl, tabId: input.tabId }, deps);
  if (!client.ok) return client;
  const settings = await loadSettings();
  const describer = createDescriber(client.data);
  if (input.refreshSchema) await describer.forget();
  const result = await fetchAccount(client.data, { ...input.page, url: input.pageUrl }, settings.salesforce, {
    signal: input.signal,
    describer,
    // The org the page is on, whichever API host its session was found on: reminders key by it.
    org: orgOfUrl(input.pageUrl),
  });
  if (result.ok) await rememberOrg(client.data.apiHost).catch(() => undefined);
  return result;
}
