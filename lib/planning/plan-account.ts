/**
 * One way to plan an account, for the side panel and the background alike: the engine with the user's
 * settings, the catalog in use and what the extension recorded. Pure: the inputs are gathered by the caller.
 */
import type { Account, IsoDate } from '../accounts/account';
import { evaluate } from '../programs/engine';
import type { SentRecord } from '../programs/history';
import type { Plan } from '../programs/plan';
import { DEFAULT_APPROVAL_DEAL_TYPES } from '../programs/settings';
import type { Catalog } from '../programs/types';
import type { Settings } from '../settings/schema';

export interface PlanInputs {
  catalog: Catalog;
  settings: Settings;
  /** What the extension recorded for this account (the page's Program Logs are in the account). */
  sends: readonly { programId: string; step: number; sentOn: IsoDate }[];
  today: IsoDate;
}

/** The repository records steps by index; the engine reads them by step id. */
export function sentRecords(catalog: Catalog, sends: PlanInputs['sends']): SentRecord[] {
  return sends.map((send) => {
    const program = catalog.programs.find((p) => p.id === send.programId);
    return { programId: send.programId, stepId: program?.steps[send.step]?.id ?? null, sentOn: send.sentOn };
  });
}

export function planAccount(account: Account, { catalog, settings, sends, today }: PlanInputs): Plan {
  const engineSettings = {
    edition: catalog.edition,
    disabledPrograms: settings.programs.disabled,
    controlShare: settings.programs.controlShare,
    adminRole: settings.salesforce.adminValue,
    approvalDealTypes: [...DEFAULT_APPROVAL_DEAL_TYPES],
  };
  return evaluate(catalog, account, today, sentRecords(catalog, sends), engineSettings);
}
