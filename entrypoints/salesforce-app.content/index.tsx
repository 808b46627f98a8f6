import { runPageApp } from '@/components/sidebar/run-page-app';
import { SALESFORCE_UI_HOSTS } from '@/lib/pages/hosts';
import { salesforcePage } from '@/lib/pages/record-urls';
import { loadRecord } from './load-record';

// Injected by the background only on record pages (see lib/pages/loader.ts).
export default defineContentScript({
  matches: SALESFORCE_UI_HOSTS,
  registration: 'runtime',
  cssInjectionMode: 'ui',
  main(ctx) {
    runPageApp(ctx, {
      site: 'salesforce',
      recognise: salesforcePage,
      async load(page, signal, report) {
        if (page.site === 'salesforce') await loadRecord(page, signal, report);
      },
    });
  },
});
