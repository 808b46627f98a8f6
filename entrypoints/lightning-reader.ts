import { startReading } from '@/lib/host/readers/reading';
import { readLightningPage } from '@/lib/host/readers/lightning-reader';
import { salesforcePage } from '@/lib/shared/urls/record-urls';

// Injected by the background into a Lightning record page only when the org refuses the REST API.
export default defineUnlistedScript(() => {
  startReading(salesforcePage, readLightningPage);
});
