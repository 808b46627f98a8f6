import { browser } from 'wxt/browser';
import { handleMessages } from '@/lib/messaging/protocol';
import { salesforceApiHost } from '@/lib/pages/record-urls';
import { createSalesforceClient } from '@/lib/salesforce/client';
import { salesforceError } from '@/lib/salesforce/errors';
import { sessionIdFor } from '@/lib/salesforce/session';

const API_VERSION = '66.0';

/** The page apps are injected only on record pages so every other page pays for the loader alone. */
const APP_FILES = {
  gainsight: '/content-scripts/gainsight-app.js',
  salesforce: '/content-scripts/salesforce-app.js',
} as const;

export default defineBackground(() => {
  handleMessages({
    async 'page.injectApp'({ app }, sender) {
      if (sender.tabId === undefined) return { injected: false };
      await browser.scripting.executeScript({
        target: { tabId: sender.tabId, frameIds: [sender.frameId ?? 0] },
        files: [APP_FILES[app]],
      });
      return { injected: true };
    },

    async 'salesforce.query'({ pageHost, soql }, sender) {
      const apiHost = salesforceApiHost(pageHost);
      // A content script may only query the org of the page it runs in; extension pages have no tab.
      const fromOtherPage = sender.tabId !== undefined && !!sender.url && new URL(sender.url).host !== pageHost;
      if (!apiHost || fromOtherPage) {
        return { ok: false, error: salesforceError('not-found', { detail: `Not a Salesforce org page: ${pageHost}` }) };
      }
      const client = createSalesforceClient({ apiHost, apiVersion: API_VERSION, getSessionId: sessionIdFor });
      return client.query(soql);
    },
  });
});
