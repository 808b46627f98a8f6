import { startReading } from '@/lib/page/reading';
import { readCompanyPage } from '@/lib/page/c360-reader';
import { readCockpitPage } from '@/lib/page/cockpit-reader';
import { gainsightAppPage } from '@/lib/pages/record-urls';

// Injected by the background (scripting.executeScript) into C360 and Cockpit record pages only, once
// per record: a later injection replaces this one. Holds no React, no engine and no catalog.
export default defineContentScript({
  matches: ['https://*.gainsightcloud.com/*'],
  registration: 'runtime',
  main(ctx) {
    startReading(ctx, gainsightAppPage, (reading) =>
      reading.page.kind === 'cockpit' ? readCockpitPage({ ...reading, page: reading.page }) : readCompanyPage({ ...reading, page: reading.page }),
    );
  },
});
