import { createPlanner, type Planner } from '@/components/sidebar/account-planner';
import { registerPageActions, type PageActions } from '@/components/sidebar/actions/page-actions';
import { lastLightningHost, lightningAccountUrl } from '@/components/sidebar/role-fix/lightning-host';
import type { AdminFix, SidebarView } from '@/components/sidebar/view';
import type { Account } from '@/lib/accounts/account';
import { pageDateOrder } from '@/lib/accounts/field-values';
import { watchPage } from '@/lib/adapters/dom/watch-page';
import { readC360 } from '@/lib/adapters/gainsight/read-c360';
import { toIsoDate } from '@/lib/dates';
import { sendMessage } from '@/lib/messaging/protocol';
import type { GainsightPage } from '@/lib/pages/record-urls';
import { requestSettings } from '@/lib/settings/page-settings';
import { startPlaybookOnPage } from './start-playbook';

/** The company last shown, so a client-side move to another company never shows the old one's data. */
let lastName: string | null = null;
let lastId: string | null = null;

export async function loadCompany(page: Extract<GainsightPage, { id: string }>, signal: AbortSignal, report: (view: SidebarView) => void): Promise<void> {
  const settings = await requestSettings();
  const dateOrder = pageDateOrder(settings.gainsight.dateOrder, navigator.language);
  const [firstPlanner, lightningHost] = await Promise.all([createPlanner({ source: 'gainsight', id: page.id }, settings), lastLightningHost()]);
  let plan: Planner = firstPlanner;
  const today = toIsoDate(new Date());
  // The admin can be made in one click on the account's Salesforce page, when the org's host is known.
  const adminFix = (account: Account): AdminFix => ({
    adminValue: settings.salesforce.adminValue,
    salesforceUrl: lightningAccountUrl(lightningHost, account.salesforceAccountId),
  });
  const show = (account: Account, reading: boolean, notice?: string) =>
    report({ status: 'ready', account, plan: plan(account), reading, page, adminFix: adminFix(account), ...(notice ? { notice } : {}) });

  // The sidebar's actions (Start playbook, copy, mark sent) for the account as last read.
  let latest: Account | null = null;
  let updateActions: ((patch: Partial<PageActions>) => void) | null = null;
  const replan = (notice?: string) => {
    void createPlanner({ source: 'gainsight', id: page.id }, settings).then((fresh) => {
      plan = fresh;
      if (latest && !signal.aborted) show(latest, false, notice);
    });
  };
  const offerActions = (account: Account) => {
    latest = account;
    if (updateActions) return updateActions({ account });
    const startPlaybook: PageActions['startPlaybook'] = (program) =>
      startPlaybookOnPage(program, { account: latest ?? account, today, signal, canNavigate: page.kind === 'company' });
    updateActions = registerPageActions({ account, settings, today, startPlaybook, dialog: null, replan }, signal);
  };

  // Cockpit pages show no contacts: they plan with the last complete snapshot (kept in memory by the
  // background). Left as soon as it is complete: the user may move on to a CTA before this watch ends.
  let remembered: Account | null = null;
  const remember = (account: Account) => {
    if (account === remembered) return;
    remembered = account;
    void sendMessage('accounts.remember', { account }).catch(() => undefined);
  };

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
      offerActions(reading.account);
      show(reading.account, !reading.complete);
      if (reading.complete) remember(reading.account);
    },
  });
  if (final.account) {
    offerActions(final.account);
    show(final.account, false);
    remember(final.account);
  } else {
    report({ status: 'error', title: 'No company found', message: 'This Customer360 page shows no company the panel can read. If it is still loading, reopen the panel in a moment.' });
  }
}
