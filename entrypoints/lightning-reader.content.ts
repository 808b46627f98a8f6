import { startReading } from '@/lib/page/reading';
import { readLightningPage } from '@/lib/page/lightning-reader';
import { salesforcePage } from '@/lib/pages/record-urls';

// Injected by the background into a Lightning record page only when the org refuses the REST API.
export default defineContentScript({
  matches: ['https://*.lightning.force.com/*'],
  registration: 'runtime',
  main(ctx) {
    startReading(ctx, salesforcePage, readLightningPage);
  },
});
