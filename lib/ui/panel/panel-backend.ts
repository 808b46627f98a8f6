/**
 * What the side panel needs from the browser, in one place: the tab it follows, the background's
 * state of that tab (over a Port that reconnects when the service worker restarts), the planning
 * inputs, and the write actions, which all go to the background. Component tests pass a fake.
 */
import { browser } from 'wxt/browser';
import type { Account } from '../../shared/accounts/account';
import type { CtaFormToFill, EmailToFill, FillOutcome } from '../../shared/messaging/fill-messages';
import { lastingPort } from '../messaging/lasting-port';
import { sendMessage } from '../messaging/send';
import { PANEL_PORT, type BackgroundToPanel } from '../../shared/messaging/tab-state';
import { loadPlanInputs } from '../../extension/planning/inputs';
import type { PlanInputs } from '../../shared/planning/plan-account';
import type { RecordSendInput, SequenceInput } from '../../shared/reminders/inputs';
import type { RecordResult } from '../../shared/reminders/results';
import { onPlanInputsChanged } from '../../extension/settings/items';
import { remedyOf } from '../../shared/salesforce/errors';

/** The role fix's answer in the panel's words (the panel knows nothing of Salesforce's REST shapes). */
export type MakeAdminResult =
  /** `note`: how the save was confirmed when Salesforce's first answer was unclear. */
  | { ok: true; name: string; alreadyAdmin: boolean; note?: string }
  | { ok: false; message: string; signInAgain: boolean };

export interface PanelBackend {
  /** The tab to follow now, and every later change of it (the active tab of the panel's window). */
  followTabs(onTab: (tabId: number) => void): () => void;
  /** Listens to the background's state for `tabId` until the returned function is called. */
  watchTab(tabId: number, onMessage: (message: BackgroundToPanel) => void): () => void;
  loadInputs(account: Pick<Account, 'source' | 'id' | 'org' | 'link'>): Promise<PlanInputs>;
  /** Settings or the catalog changed in another page. */
  onInputsChanged(listener: () => void): () => void;
  startPlaybook(tabId: number, sequence: SequenceInput, form: CtaFormToFill): Promise<{ fill: FillOutcome }>;
  undoStart(tabId: number): Promise<{ ok: boolean }>;
  setTaskDates(tabId: number): Promise<FillOutcome>;
  prefill(tabId: number, email: EmailToFill): Promise<FillOutcome>;
  recordSend(input: RecordSendInput): Promise<RecordResult>;
  makeAdmin(tabId: number, contactId: string): Promise<MakeAdminResult>;
  reloadTab(tabId: number): Promise<void>;
  /** Opens the options page at one field (its element id), in a new tab. */
  openOptionsAt(fieldId: string): Promise<void>;
}

/** `fixedTabId`: `/sidepanel.html?tabId=<n>` binds the panel to one tab instead of the active one. */
export function extensionBackend(fixedTabId: number | null): PanelBackend {
  return {
    followTabs(onTab) {
      if (fixedTabId !== null) {
        onTab(fixedTabId);
        return () => undefined;
      }
      let windowId: number | undefined;
      const onActivated = (info: { tabId: number; windowId: number }) => {
        if (windowId === undefined || info.windowId === windowId) onTab(info.tabId);
      };
      browser.tabs.onActivated.addListener(onActivated);
      void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
        windowId = tab?.windowId;
        if (tab?.id !== undefined) onTab(tab.id);
      });
      return () => browser.tabs.onActivated.removeListener(onActivated);
    },

    watchTab: (tabId, onMessage) => lastingPort<BackgroundToPanel>(PANEL_PORT, { type: 'bind', tabId }, onMessage),

    loadInputs: (account) => loadPlanInputs(account),

    onInputsChanged: onPlanInputsChanged,

    startPlaybook: (tabId, sequence, form) => sendMessage('playbook.start', { tabId, sequence, form }),
    undoStart: (tabId) => sendMessage('playbook.undoStart', { tabId }),
    setTaskDates: (tabId) => sendMessage('playbook.setTaskDates', { tabId }),
    prefill: (tabId, email) => sendMessage('email.prefill', { tabId, email }),
    recordSend: (input) => sendMessage('reminders.recordSend', input),
    async makeAdmin(tabId, contactId) {
      const result = await sendMessage('salesforce.makeAdmin', { tabId, contactId });
      if (result.ok) return { ok: true, name: result.data.name, alreadyAdmin: result.data.alreadyAdmin, ...(result.data.note ? { note: result.data.note } : {}) };
      return { ok: false, message: result.error.message, signInAgain: remedyOf(result.error) === 'sign-in' };
    },
    async reloadTab(tabId) {
      await sendMessage('tab.reload', { tabId });
    },
    async openOptionsAt(fieldId) {
      await browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}#${encodeURIComponent(fieldId)}` });
    },
  };
}
