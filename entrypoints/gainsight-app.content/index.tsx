import { runPageApp } from '@/components/sidebar/run-page-app';
import { GAINSIGHT_HOSTS } from '@/lib/pages/hosts';
import { gainsightRecordPage } from '@/lib/pages/record-urls';
import { loadCompany } from './load-company';

// Injected by the background only on record pages (see lib/pages/loader.ts).
export default defineContentScript({
  matches: GAINSIGHT_HOSTS,
  registration: 'runtime',
  cssInjectionMode: 'ui',
  main(ctx) {
    runPageApp(ctx, {
      site: 'gainsight',
      recognise: gainsightRecordPage,
      async load(page, signal, report) {
        if (page.site === 'gainsight' && page.kind !== 'cockpit') await loadCompany(page, signal, report);
      },
    });
  },
});
