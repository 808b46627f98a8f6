import { runFillers } from '@/lib/host/filler/gainsight-filler';

// Injected by the background only when the side panel asks to fill the Create CTA form or the Edit Email dialog.
export default defineContentScript({
  matches: ['https://*.gainsightcloud.com/*'],
  registration: 'runtime',
  main(ctx) {
    runFillers(ctx);
  },
});
