import { createPlanner } from '@/components/sidebar/account-planner';
import { lightningAdminFix } from '@/components/sidebar/role-fix/lightning-fix';
import { rememberLightningHost } from '@/components/sidebar/role-fix/lightning-host';
import type { SidebarView } from '@/components/sidebar/view';
import type { Account } from '@/lib/accounts/account';
import { pageDateOrder } from '@/lib/accounts/field-values';
import { watchPage } from '@/lib/adapters/dom/watch-page';
import { readLightningAccount } from '@/lib/adapters/salesforce/read-lightning';
import { sendMessage } from '@/lib/messaging/protocol';
import { salesforceApiHost, type SalesforcePage } from '@/lib/pages/record-urls';
import type { SalesforceError } from '@/lib/salesforce/errors';
import { requestSettings } from '@/lib/settings/page-settings';
import type { Settings } from '@/lib/settings/schema';

/** Failures where the page itself can still tell us something: the org refuses the API, not the user. */
const READ_PAGE_INSTEAD = new Set<SalesforceError['kind']>(['api-blocked', 'no-access', 'request-limit']);

function signInAction(): { label: string; href: string } | undefined {
  const apiHost = salesforceApiHost(location.host);
  if (!apiHost) return undefined;
  return { label: 'Sign in to Salesforce', href: `https://${apiHost}/?startURL=${encodeURIComponent(location.pathname)}` };
}

function readPage(page: SalesforcePage, signal: AbortSignal, settings: Settings): Promise<Account | null> {
  const dateOrder = pageDateOrder(settings.gainsight.dateOrder, navigator.language);
  return watchPage({
    signal,
    read: () => readLightningAccount(document, { id: page.id, url: location.href, dateOrder }),
    isComplete: (account) => !!account?.contacts,
    onChange: () => {},
    timeoutMs: 5_000,
  });
}

export async function loadRecord(page: SalesforcePage, signal: AbortSignal, report: (view: SidebarView) => void): Promise<void> {
  // Customer360 pages link to the account here for the one-click admin fix; they need the org's host.
  void rememberLightningHost(location.host);
  const [settings, result] = await Promise.all([
    requestSettings(),
    sendMessage('salesforce.account', { pageHost: location.host, page, url: location.href }),
  ]);
  if (signal.aborted) return;
  let account: Account | null = result.ok ? result.data : null;
  let notice: string | undefined;
  if (!result.ok) {
    if (!READ_PAGE_INSTEAD.has(result.error.kind)) {
      const action = result.error.kind === 'not-signed-in' || result.error.kind === 'session-expired' ? signInAction() : undefined;
      report({ status: 'error', title: 'Salesforce', message: result.error.message, action });
      return;
    }
    account = await readPage(page, signal, settings);
    notice = `${result.error.message} Showing what this page shows; programs that need other fields are marked as needing data.`;
    if (!account) {
      report({ status: 'error', title: 'Salesforce', message: result.error.message });
      return;
    }
  }
  if (!account) return;
  const plan = await createPlanner(account, settings);
  if (signal.aborted) return;
  // Only an account read through the API can be fixed through it; one read from the page gets the steps.
  const adminFix = result.ok
    ? lightningAdminFix({
        pageHost: location.host,
        adminValue: settings.salesforce.adminValue,
        signInUrl: signInAction()?.href,
        async reread() {
          const again = await sendMessage('salesforce.account', { pageHost: location.host, page, url: location.href });
          if (again.ok && !signal.aborted) report({ status: 'ready', account: again.data, plan: plan(again.data), reading: false, page, adminFix });
        },
      })
    : undefined;
  report({ status: 'ready', account, plan: plan(account), reading: false, notice, page, adminFix });
}
