/**
 * The side panel's one model: which tab it follows, what the background knows of that tab, the plan
 * made from it, and the actions a user can take on it. The UI reads this store and calls its actions;
 * it never talks to the browser itself.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Account } from '../../shared/accounts/account';
import type { EmailToFill, FillOutcome } from '../../shared/messaging/fill-messages';
import type { TabState } from '../../shared/messaging/tab-state';
import { ctaFormValues } from '../../shared/planning/cta-values';
import { planAccount, type PlanInputs } from '../../shared/planning/plan-account';
import { sendInput, sequenceInput } from '../../shared/planning/sequence';
import type { Plan, PlanEntry } from '../../shared/programs/plan';
import type { Program } from '../../shared/programs/types';
import type { RecordResult } from '../../shared/reminders/results';
import type { MakeAdminResult, PanelBackend } from './panel-backend';

export type PanelSection = 'page' | 'pending' | 'book';

export interface PanelActions {
  /** Opens and fills the Create CTA form; the enrollment waits for the CSM's Save of it. */
  startPlaybook(entry: PlanEntry, recipients: readonly string[]): Promise<{ fill: FillOutcome }>;
  /** Takes back a Start whose CTA is not saved yet. */
  undoStart(): Promise<void>;
  /** Sets the saved CTA's Email Tasks' due dates to the catalog's, in Cockpit (which saves each as it is picked). */
  setTaskDates(): Promise<FillOutcome>;
  /** Fills the Edit Email dialog open on the page. */
  prefill(email: EmailToFill): Promise<FillOutcome>;
  /** Records a send the page did not show (sent from a mail app, or before the extension was installed). */
  markSent(program: Program, step: number, recipients: readonly string[]): Promise<RecordResult>;
  makeAdmin(contactId: string): Promise<MakeAdminResult>;
  /** Reloads the tab (Lightning keeps showing old values after an API change). */
  reloadTab(): Promise<void>;
  /** Opens Options at the field that sets a value (e.g. the sender's name). */
  openOptionsAt(fieldId: string): Promise<void>;
}

export interface PanelState {
  tabId: number | null;
  /** The background's state of the tab; null until it answered. */
  tab: TabState | null;
  /** The plan for the tab's account, when it has one. */
  plan: Plan | null;
  /** What the plan was made with (settings, catalog, today): the actions compose emails from it. */
  inputs: PlanInputs | null;
  /** Planning failed (e.g. the settings could not be read): the words to show. */
  planError: string | null;
  section: PanelSection;
  setSection(section: PanelSection): void;
  actions: PanelActions;
}

export type PanelStore = StoreApi<PanelState>;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createPanelStore(backend: PanelBackend): { store: PanelStore; start(): () => void } {
  let planToken = 0;

  const store = createStore<PanelState>()((set, get) => {
    const ready = (): { tabId: number; account: Account; inputs: PlanInputs } => {
      const { tabId, tab, inputs } = get();
      if (tabId === null || tab?.view.status !== 'ready' || !inputs) throw new Error('The panel has no account to act on. Wait for it to load.');
      return { tabId, account: tab.view.account, inputs };
    };
    return {
      tabId: null,
      tab: null,
      plan: null,
      inputs: null,
      planError: null,
      section: 'page',
      setSection: (section) => set({ section }),
      actions: {
        async startPlaybook(entry, recipients) {
          const { tabId, account, inputs } = ready();
          const result = await backend.startPlaybook(
            tabId,
            sequenceInput(entry.program, account, inputs.today, recipients),
            ctaFormValues(entry.program, account, inputs.today),
          );
          void replan();
          return result;
        },
        async undoStart() {
          const { tabId } = get();
          if (tabId !== null) await backend.undoStart(tabId);
        },
        async setTaskDates() {
          return backend.setTaskDates(ready().tabId);
        },
        async prefill(email) {
          return backend.prefill(ready().tabId, email);
        },
        async markSent(program, step, recipients) {
          const { account, inputs } = ready();
          const result = await backend.recordSend(sendInput({ program, account, step, sentOn: inputs.today, recipients, how: 'marked' }));
          await replan();
          return result;
        },
        async makeAdmin(contactId) {
          return backend.makeAdmin(ready().tabId, contactId);
        },
        async reloadTab() {
          await backend.reloadTab(ready().tabId);
        },
        openOptionsAt: (fieldId) => backend.openOptionsAt(fieldId),
      },
    };
  });

  /** Plans the tab's account again; an answer for an earlier state is dropped. */
  async function replan(): Promise<void> {
    const token = ++planToken;
    const view = store.getState().tab?.view;
    if (view?.status !== 'ready') return store.setState({ plan: null, planError: null });
    try {
      const inputs = await backend.loadInputs(view.account);
      if (token !== planToken) return;
      store.setState({ plan: planAccount(view.account, inputs), inputs, planError: null });
    } catch (error) {
      if (token === planToken) store.setState({ plan: null, planError: `The plan could not be made: ${message(error)}` });
    }
  }

  function start(): () => void {
    let unwatch: (() => void) | null = null;
    const unfollow = backend.followTabs((tabId) => {
      if (store.getState().tabId === tabId && unwatch) return;
      unwatch?.();
      planToken++;
      store.setState({ tabId, tab: null, plan: null, inputs: null, planError: null });
      unwatch = backend.watchTab(tabId, (msg) => {
        if (msg.type === 'state' && msg.state.tabId === tabId) {
          const before = store.getState().tab;
          store.setState({ tab: msg.state });
          // A new reading of the same account keeps the old plan on screen until the new one is made.
          if (msg.state.view.status !== 'ready') store.setState({ plan: null });
          if (msg.state.view !== before?.view) void replan();
        } else if (msg.type === 'history-changed') void replan();
      });
    });
    const unlisten = backend.onInputsChanged(() => void replan());
    return () => {
      unfollow();
      unwatch?.();
      unlisten();
    };
  }

  return { store, start };
}
