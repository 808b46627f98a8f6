import { runPageApp } from '@/components/sidebar/run-page-app';
import { GAINSIGHT_HOSTS } from '@/lib/pages/hosts';
import { gainsightPage } from '@/lib/pages/record-urls';

// Injected by the background only on record pages (see lib/pages/loader.ts).
export default defineContentScript({
  matches: GAINSIGHT_HOSTS,
  registration: 'runtime',
  cssInjectionMode: 'ui',
  main(ctx) {
    runPageApp(ctx, {
      site: 'gainsight',
      recognise: gainsightPage,
      async load(page, _signal, report) {
        if (page.site !== 'gainsight') return;
        const title = page.kind === 'cockpit' ? 'Cockpit' : `Company ${page.id}`;
        report({ status: 'ready', title, page });
      },
    });
  },
});
