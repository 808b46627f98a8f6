import type { Account } from '@/lib/shared/accounts/account';
import type { CockpitContext } from '@/lib/shared/messaging/tab-state';
import type { PanelActions } from '@/lib/ui/panel/panel-store';
import type { PlanInputs } from '@/lib/shared/planning/plan-account';
import { usePanel } from '../StoreContext';

/** What a program item's actions need: the account, the plan's inputs, what the page allows, the actions. */
export interface ProgramContext {
  account: Account;
  inputs: PlanInputs;
  /** The page can open the Create CTA form. */
  canStart: boolean;
  /** The Cockpit CTA page's playbook and open Edit Email dialog, if any. */
  cockpit: CockpitContext | null;
  actions: PanelActions;
}

export function useProgramContext(): ProgramContext | null {
  const view = usePanel((s) => s.tab?.view);
  const inputs = usePanel((s) => s.inputs);
  const actions = usePanel((s) => s.actions);
  if (view?.status !== 'ready' || !inputs) return null;
  return { account: view.account, inputs, canStart: view.canStart, cockpit: view.cockpit ?? null, actions };
}
