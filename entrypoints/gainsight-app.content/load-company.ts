import { createPlanner } from '@/components/sidebar/account-planner';
import { lastLightningHost, lightningAccountUrl } from '@/components/sidebar/role-fix/lightning-host';
import type { AdminFix, SidebarView } from '@/components/sidebar/view';
import type { Account } from '@/lib/accounts/account';
import { localeDateOrder } from '@/lib/accounts/field-values';
import { watchPage } from '@/lib/adapters/dom/watch-page';
import { readC360 } from '@/lib/adapters/gainsight/read-c360';
import type { GainsightPage } from '@/lib/pages/record-urls';
import { requestSettings } from '@/lib/settings/page-settings';

/** The company last shown, so a client-side move to another company never shows the old one's data. */
let lastName: string | null = null;
let lastId: string | null = null;

export async function loadCompany(page: Extract<GainsightPage, { id: string }>, signal: AbortSignal, report: (view: SidebarView) => void): Promise<void> {
  const settings = await requestSettings();
  const dateOrder = settings.gainsight.dateOrder === 'auto' ? localeDateOrder(navigator.language) : settings.gainsight.dateOrder;
  const [plan, lightningHost] = await Promise.all([createPlanner({ source: 'gainsight', id: page.id }, settings), lastLightningHost()]);
  // The admin can be made in one click on the account's Salesforce page, when the org's host is known.
  const adminFix = (account: Account): AdminFix => ({
    adminValue: settings.salesforce.adminValue,
    salesforceUrl: lightningAccountUrl(lightningHost, account.salesforceAccountId),
  });
  // Planning the same company again (settings changed) must not wait for its own name to go away.
  const previousName = lastId === page.id ? null : lastName;
  const read = () => readC360(document, { id: page.id, url: location.href, labels: settings.gainsight.labels, dateOrder, previousName });
  const final = await watchPage({
    signal,
    read,
    isComplete: (reading) => reading.complete,
    same: (a, b) => JSON.stringify(a.account) === JSON.stringify(b.account) && a.complete === b.complete,
    onChange(reading) {
      if (!reading.account) return;
      lastName = reading.account.name;
      lastId = page.id;
      report({ status: 'ready', account: reading.account, plan: plan(reading.account), reading: !reading.complete, page, adminFix: adminFix(reading.account) });
    },
  });
  if (final.account) {
    report({ status: 'ready', account: final.account, plan: plan(final.account), reading: false, page, adminFix: adminFix(final.account) });
  } else {
    report({ status: 'error', title: 'No company found', message: 'This Customer360 page shows no company the panel can read. If it is still loading, reopen the panel in a moment.' });
  }
}
