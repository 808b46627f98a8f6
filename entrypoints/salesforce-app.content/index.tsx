import { runPageApp } from '@/components/sidebar/run-page-app';
import { SALESFORCE_UI_HOSTS } from '@/lib/pages/hosts';
import { salesforcePage } from '@/lib/pages/record-urls';
import { sendMessage } from '@/lib/messaging/protocol';

// Injected by the background only on record pages (see lib/pages/loader.ts).
export default defineContentScript({
  matches: SALESFORCE_UI_HOSTS,
  registration: 'runtime',
  cssInjectionMode: 'ui',
  main(ctx) {
    runPageApp(ctx, {
      site: 'salesforce',
      recognise: salesforcePage,
      async load(page, _signal, report) {
        if (page.site !== 'salesforce') return;
        const result = await sendMessage('salesforce.query', {
          pageHost: location.host,
          soql: `SELECT Id, Name FROM ${page.object} WHERE Id = '${page.id}'`,
        });
        if (!result.ok) {
          report({ status: 'error', title: 'Salesforce', message: result.error.message });
          return;
        }
        const name = result.data[0]?.Name;
        report({ status: 'ready', title: typeof name === 'string' ? name : page.id, subtitle: page.object, page });
      },
    });
  },
});
