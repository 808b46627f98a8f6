import { startReading } from '@/lib/page/reading';
import { readLightningPage } from '@/lib/page/lightning-reader';
import { salesforcePage } from '@/lib/pages/record-urls';

// Injected by the background into a Lightning record page only when the org refuses the REST API.
export default defineUnlistedScript(() => {
  startReading(salesforcePage, readLightningPage);
});
