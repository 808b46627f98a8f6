import { runLoader } from '@/lib/pages/loader';
import { gainsightAppPage } from '@/lib/pages/record-urls';
import { GAINSIGHT_HOSTS } from '@/lib/pages/hosts';

export default defineContentScript({
  matches: GAINSIGHT_HOSTS,
  runAt: 'document_idle',
  main(ctx) {
    runLoader(ctx, 'gainsight', (href) => gainsightAppPage(href) !== null);
  },
});
