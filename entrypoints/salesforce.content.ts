import { runLoader } from '@/lib/pages/loader';
import { salesforcePage } from '@/lib/pages/record-urls';
import { SALESFORCE_UI_HOSTS } from '@/lib/pages/hosts';

export default defineContentScript({
  matches: SALESFORCE_UI_HOSTS,
  runAt: 'document_idle',
  main(ctx) {
    runLoader(ctx, 'salesforce', (href) => salesforcePage(href) !== null);
  },
});
