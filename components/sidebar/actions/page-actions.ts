/**
 * What the page under the sidebar lets the sidebar do: open and fill the Create CTA form, fill an open
 * Edit Email dialog, plan again after a send. The page app (entrypoints/*-app.content) registers them for
 * the record it loaded and they vanish when it navigates away; the sidebar's program items read them.
 *
 * One module-level store, because a frame has exactly one sidebar and one page app, and the sidebar's
 * tree is mounted by run-page-app (which knows nothing of these actions). Where nothing is registered
 * (Salesforce pages, component tests of the plan), the program items show no actions.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Account, IsoDate } from '@/lib/accounts/account';
import type { EmailFields } from '@/lib/adapters/gainsight/cockpit/email-dialog';
import type { FillReport } from '@/lib/adapters/gainsight/cockpit/fill-report';
import type { Program } from '@/lib/programs/types';
import type { Settings } from '@/lib/settings/schema';

export type StartOutcome =
  | { kind: 'filled'; report: FillReport }
  /** The page is being left for Cockpit's create page, which fills the form when it opens. */
  | { kind: 'navigating' }
  | { kind: 'unavailable'; message: string };

export interface OpenEmailDialog {
  /** The catalog program the CTA's playbook is; null when it is none of them. */
  programId: string | null;
  /** The step the open Email Task stands for; null when its name does not tell. */
  stepIndex: number | null;
  taskName: string | null;
  fill(email: EmailFields): FillReport;
}

export interface PageActions {
  /** The account these actions are for; items of another account's plan show none. */
  account: Account;
  settings: Settings;
  today: IsoDate;
  /** Absent where the page cannot open the Create CTA form. */
  startPlaybook: ((program: Program) => Promise<StartOutcome>) | null;
  /** The Edit Email dialog open on the page, if any. */
  dialog: OpenEmailDialog | null;
  /** Plans the account again (a send was recorded), showing `notice` in the panel. */
  replan(notice?: string): void;
}

interface PageActionsState {
  actions: PageActions | null;
}

export const pageActionsStore = createStore<PageActionsState>()(() => ({ actions: null }));

export function usePageActions(): PageActions | null {
  return useStore(pageActionsStore, (s) => s.actions);
}

/** Registers the actions of one loaded record; they are withdrawn when its load is aborted. */
export function registerPageActions(actions: PageActions, signal: AbortSignal): (patch: Partial<PageActions>) => void {
  let current = actions;
  pageActionsStore.setState({ actions });
  signal.addEventListener('abort', () => {
    if (pageActionsStore.getState().actions === current) pageActionsStore.setState({ actions: null });
  });
  return (patch) => {
    if (signal.aborted) return;
    current = { ...current, ...patch };
    pageActionsStore.setState({ actions: current });
  };
}
