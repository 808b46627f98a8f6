import { fetchAccount } from '../adapters/salesforce/fetch-account';
import type { Handlers, MessageSender } from '../messaging/protocol';
import { salesforceApiHost } from '../pages/record-urls';
import { loadSettings } from '../settings/store';
import { createSalesforceClient, type SalesforceClient } from './client';
import { salesforceError } from './errors';
import { makeGitLabAdmin } from './role-fix';
import type { SalesforceResult } from './types';
import { sessionIdFor } from './session';

/**
 * The background's Salesforce messages. A content script may only reach the org of the page it
 * runs in (extension pages have no tab and may name any org the user is signed in to).
 */
async function clientFor(pageHost: string, sender: MessageSender): Promise<SalesforceResult<SalesforceClient>> {
  const apiHost = salesforceApiHost(pageHost);
  const fromOtherPage = !sender.fromExtensionPage && (!sender.url || new URL(sender.url).host !== pageHost);
  if (!apiHost || fromOtherPage) {
    return { ok: false, error: salesforceError('not-found', { detail: `Not a Salesforce org page: ${pageHost}` }) };
  }
  const settings = await loadSettings();
  return { ok: true, data: createSalesforceClient({ apiHost, apiVersion: settings.salesforce.apiVersion, getSessionId: sessionIdFor }) };
}

export const salesforceHandlers: Pick<Handlers, 'salesforce.query' | 'salesforce.account' | 'salesforce.makeAdmin' | 'settings.get'> = {
  async 'settings.get'() {
    return loadSettings();
  },

  async 'salesforce.query'({ pageHost, soql }, sender) {
    const client = await clientFor(pageHost, sender);
    return client.ok ? client.data.query(soql) : client;
  },

  async 'salesforce.account'({ pageHost, page, url }, sender) {
    const client = await clientFor(pageHost, sender);
    if (!client.ok) return client;
    const settings = await loadSettings();
    return fetchAccount(client.data, { object: page.object, id: page.id, url }, settings.salesforce);
  },

  async 'salesforce.makeAdmin'({ pageHost, contactId }, sender) {
    const client = await clientFor(pageHost, sender);
    if (!client.ok) return client;
    const settings = await loadSettings();
    return makeGitLabAdmin(client.data, contactId, settings.salesforce);
  },
};
