import { runPageApp } from '@/components/sidebar/run-page-app';
import { GAINSIGHT_HOSTS } from '@/lib/pages/hosts';
import { gainsightAppPage } from '@/lib/pages/record-urls';
import { loadCockpit } from './load-cockpit';
import { loadCompany } from './load-company';

// Injected by the background on record pages and on Cockpit pages that name a CTA or a company
// (see lib/pages/loader.ts and gainsightAppPage).
export default defineContentScript({
  matches: GAINSIGHT_HOSTS,
  registration: 'runtime',
  cssInjectionMode: 'ui',
  main(ctx) {
    runPageApp(ctx, {
      site: 'gainsight',
      recognise: gainsightAppPage,
      async load(page, signal, report) {
        if (page.site !== 'gainsight') return;
        if (page.kind === 'cockpit') await loadCockpit(page, signal, report);
        else await loadCompany(page, signal, report);
      },
    });
  },
});
