import { startReading } from '@/lib/host/readers/reading';
import { readCompanyPage } from '@/lib/host/readers/c360-reader';
import { readCockpitPage } from '@/lib/host/readers/cockpit-reader';
import { gainsightAppPage } from '@/lib/shared/urls/record-urls';

// Injected by the background (scripting.executeScript) into C360 and Cockpit record pages only, once
// per record: a later injection replaces this one. Holds no React, no engine, no catalog, no polyfill.
export default defineUnlistedScript(() => {
  startReading(gainsightAppPage, (reading) => {
    const { page } = reading;
    return page.kind === 'cockpit' ? readCockpitPage({ ...reading, page }) : readCompanyPage({ ...reading, page });
  });
});
