import type { Handlers } from '../../shared/messaging/protocol';
import { createDescriber } from './describe';
import { describeOrgFields } from './describe-org';
import { isSalesforceApiHost } from '../../shared/salesforce/hosts';
import { knownOrgs } from './known-orgs';
import { clientForApiHost } from './org-client';

/**
 * The background's Salesforce messages for the options page. Both are extension-page-only (not in
 * PAGE_MESSAGES): a host page can never make the worker describe an org or list the user's orgs.
 * Reading a tab's account and the role fix are plain functions the background calls
 * (read-account.ts, org-client.ts, role-fix.ts).
 */
export const salesforceHandlers: Pick<Handlers, 'salesforce.orgs' | 'salesforce.describe'> = {
  async 'salesforce.orgs'() {
    return { orgs: await knownOrgs() };
  },

  async 'salesforce.describe'(payload) {
    const apiHost = typeof payload?.apiHost === 'string' ? payload.apiHost.trim().toLowerCase() : '';
    if (!isSalesforceApiHost(apiHost)) return { ok: false, apiHost, message: 'That is not the address of a Salesforce org (…my.salesforce.com).' };
    const client = await clientForApiHost(apiHost);
    if (!client.ok) return { ok: false, apiHost, message: client.error.message };
    // The user is mapping fields now: an admin may have just added or renamed one, so the org is asked afresh.
    const describer = createDescriber(client.data);
    await describer.forget();
    return describeOrgFields(client.data, { describer });
  },
};
