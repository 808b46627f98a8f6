/**
 * Puts the launcher chip on a tab's record page once the verdict is known, updates it, and takes it
 * away when the tab leaves the record. Injected as a function: the page gets the chip and nothing else.
 */
import { browser } from 'wxt/browser';
import { showLauncher, type LauncherContent } from '../../host/injected/show-launcher';
import { launcherText, verdictOf } from '../../shared/planning/verdict';
import { planAccount } from '../../shared/planning/plan-account';
import { loadPlanInputs } from '../../extension/planning/inputs';
import { readyAccount, type TabRecord } from '../tabs/tab-records';

async function inject(tabId: number, content: LauncherContent | null): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, func: showLauncher, args: [content] });
    return true;
  } catch {
    // The tab closed or moved to a page we may not script; nothing to show there.
    return false;
  }
}

/** Shows the chip for a ready, fully read record (when the user has not turned it off). */
export async function refreshLauncher(record: TabRecord): Promise<void> {
  const account = readyAccount(record);
  if (!account || (record.view.status === 'ready' && record.view.reading)) return;
  const inputs = await loadPlanInputs(account);
  if (!inputs.settings.panel.launcher) return hideLauncher(record);
  const plan = planAccount(account, inputs);
  const content = launcherText(verdictOf(plan, account, inputs.settings.salesforce.adminValue));
  if (await inject(record.tabId, content)) record.scriptsInPage = true;
}

/** Takes the chip away and stops the page's reader (the tab left the record, or the chip was turned off). */
export async function hideLauncher(record: TabRecord): Promise<void> {
  if (!record.scriptsInPage) return;
  record.scriptsInPage = false;
  await inject(record.tabId, null);
}
