/**
 * The side panel's write actions on the record in a tab. Each runs only for the extension's own pages
 * (the message map says so), and takes the org and record from what the background read for the tab,
 * never from the payload: a panel can only act on the record its tab shows.
 */
import type { Account } from '../../shared/accounts/account';
import type { Handlers, MessageSender } from '../../shared/messaging/protocol';
import { programForPlaybook, stepForTask } from '../../shared/planning/match-program';
import { loadPlanInputs } from '../../extension/planning/inputs';
import { planAccount } from '../../shared/planning/plan-account';
import { accountRef, sendInput } from '../../shared/planning/sequence';
import { sentSentence } from '../../shared/planning/notices';
import { toIsoDate } from '../../shared/dates/local';
import { thenRefresh } from '../reminders/handlers';
import { repository } from '../../extension/reminders/repository';
import { salesforceError } from '../../shared/salesforce/errors';
import { makeGitLabAdmin } from '../salesforce/role-fix';
import { loadSettings } from '../../extension/settings/stored-settings';
import type { DetectedSend } from '../../shared/messaging/page-messages';
import { stashStart } from '../tabs/company-snapshots';
import { fillInTab } from '../fill/fill-in-tab';
import { broadcastToPanels } from './panel-ports';
import { loadSalesforceTab, reloadTab } from '../tabs/salesforce-tab';
import { clientForPage } from '../salesforce/org-client';
import { getTab, readyAccount, setNotice, type TabRecord } from '../tabs/tab-records';
import { dropStart, holdStart } from '../tabs/pending-start';
import { taskDatesToSet } from '../tabs/cta-schedule';
import { currentRecord, injectScript, LIGHTNING_READER } from '../tabs/gainsight-tab';
import { browser } from 'wxt/browser';

type PanelMessage = 'tab.reread' | 'tab.reload' | 'playbook.start' | 'playbook.undoStart' | 'playbook.setTaskDates' | 'email.prefill' | 'salesforce.makeAdmin';

async function readyRecord(tabId: unknown): Promise<{ record: TabRecord; account: Account }> {
  const record = Number.isInteger(tabId) ? await getTab(tabId as number) : undefined;
  const account = readyAccount(record);
  if (!record || !account) throw new Error('The tab no longer shows the record the panel was showing. Reopen the panel.');
  return { record, account };
}

/** Cockpit's create page for a company of the tab's tenant. */
function cockpitCreateUrl(record: TabRecord, companyId: string): string {
  return `${new URL(record.url).origin}/v1/ui/cockpit?cid=${encodeURIComponent(companyId)}&create=1`;
}

export const panelActionHandlers: Pick<Handlers, PanelMessage> = {
  async 'tab.reread'({ tabId }) {
    const { record } = await readyRecord(tabId);
    if (record.page?.site !== 'salesforce') return { ok: false };
    // The user asked to read again: an admin may have just added a field, so the org is described afresh.
    await loadSalesforceTab(record, record.page, (id) => injectScript(id, LIGHTNING_READER), true);
    return { ok: true };
  },

  async 'tab.reload'({ tabId }) {
    await readyRecord(tabId);
    await reloadTab(tabId);
    return { ok: true };
  },

  async 'playbook.start'({ tabId, sequence, form }) {
    const { record, account } = await readyRecord(tabId);
    if (record.view.status !== 'ready' || !record.view.canStart) throw new Error('This page cannot open the Create CTA form.');
    // The enrollment is for the tab's account, whatever the payload says it is for; it waits for the CTA's Save.
    await holdStart(tabId, account, { ...sequence, account: accountRef(account) });
    // The user's date order goes with the form: a date field that does not say its format is typed in it.
    const safeForm = { ...form, company: { id: account.id, name: account.name }, dateOrder: (await loadSettings()).gainsight.dateOrder };
    let fill = await fillInTab(record, { type: 'fill.createCta', form: safeForm });
    if (fill.kind === 'unavailable' && !fill.moved && record.page?.site === 'gainsight' && record.page.kind === 'company') {
      // No "+ CTA" on this layout: Cockpit's create page opens the form by itself and is filled there.
      await stashStart(tabId, { org: account.org, companyId: account.id, programName: sequence.programName, form: safeForm });
      await browser.tabs.update(tabId, { url: cockpitCreateUrl(record, account.id) });
      fill = { kind: 'navigating' };
    }
    // A form that never opened cannot be saved: the start is not kept.
    if (fill.kind === 'unavailable') await dropStart(tabId);
    return { fill };
  },

  async 'playbook.undoStart'({ tabId }) {
    return { ok: Number.isInteger(tabId) ? await dropStart(tabId) : false };
  },

  async 'playbook.setTaskDates'({ tabId }) {
    const { record } = await readyRecord(tabId);
    const tasks = await taskDatesToSet(record);
    if (tasks.length === 0) return { kind: 'unavailable', message: "This CTA's Email Tasks already carry the catalog's dates, or cannot be paired with its steps." };
    return fillInTab(record, { type: 'fill.taskDates', tasks, dateOrder: (await loadSettings()).gainsight.dateOrder });
  },

  async 'email.prefill'({ tabId, email }) {
    const { record } = await readyRecord(tabId);
    if (record.view.status !== 'ready' || !record.view.cockpit?.dialog) {
      return { kind: 'unavailable', message: 'The Edit Email dialog is not open: click Validate Email on the task first.' };
    }
    return fillInTab(record, { type: 'fill.emailDialog', email });
  },

  async 'salesforce.makeAdmin'({ tabId, contactId }) {
    const { record, account } = await readyRecord(tabId);
    if (record.source !== 'rest' || record.page?.site !== 'salesforce') {
      return { ok: false, error: salesforceError('no-access', { message: 'This record was not read through the Salesforce API, so the extension cannot change it. Edit the contact in Salesforce.' }) };
    }
    // Only a contact of the account the tab shows can be made admin from it.
    if (!account.contacts?.some((c) => c.id === contactId)) return { ok: false, error: salesforceError('not-found', { message: 'That contact is not on this account. Reload the page.' }) };
    const client = await clientForPage({ pageUrl: record.url, tabId });
    if (!client.ok) return client;
    const result = await makeGitLabAdmin(client.data, contactId, (await loadSettings()).salesforce);
    // The change is saved whatever the re-read does; a failed re-read only leaves the panel stale.
    if (result.ok) await loadSalesforceTab(record, record.page, (id) => injectScript(id, LIGHTNING_READER)).catch(() => undefined);
    return result;
  },
};

/**
 * A Send the user clicked in a Cockpit tab: records the step for the tab's account with the plan's
 * recipients, and tells the panels. The program comes from the CTA's playbook, the step from the task.
 */
export async function recordDetectedSend(send: DetectedSend, sender: MessageSender): Promise<boolean> {
  const record = await currentRecord(send?.url, sender);
  const account = readyAccount(record ?? undefined);
  const cockpit = record?.view.status === 'ready' ? record.view.cockpit : undefined;
  if (!record || !account || !cockpit) return false;
  const inputs = await loadPlanInputs(account);
  const program = cockpit.playbook ? programForPlaybook(inputs.catalog, cockpit.playbook) : null;
  if (!program || (send.playbook !== null && send.playbook !== cockpit.playbook)) return false;
  const entry = planAccount(account, inputs).entries.find((e) => e.programId === program.id);
  const step = (typeof send.taskName === 'string' ? stepForTask(program, send.taskName) : null) ?? entry?.nextStep?.index ?? 0;
  const recipients = (entry?.recipients ?? []).flatMap((r) => (r.contact.email ? [r.contact.email] : []));
  try {
    const result = await thenRefresh(repository().recordSend(sendInput({ program, account, step, sentOn: toIsoDate(new Date()), recipients, how: 'detected' })));
    setNotice(record, sentSentence(program, step, result));
  } catch (error) {
    setNotice(record, `The send was not recorded: ${error instanceof Error ? error.message : String(error)}. Use "Mark sent".`);
  }
  broadcastToPanels({ type: 'history-changed' });
  return true;
}
