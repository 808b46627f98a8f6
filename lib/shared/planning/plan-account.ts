/**
 * One way to plan an account, for the side panel and the background alike: the engine with the user's
 * settings, the catalog in use and what the extension recorded. Pure: the inputs are gathered by the caller.
 */
import type { Account, IsoDate } from '../accounts/account';
import { evaluate } from '../programs/engine';
import type { SentRecord } from '../programs/history';
import { engineSettingsFrom } from '../programs/from-settings';
import type { Plan } from '../programs/plan';
import type { Catalog } from '../programs/types';
import type { Settings } from '../settings/schema';

export interface PlanInputs {
  catalog: Catalog;
  settings: Settings;
  /** What the extension recorded for this account (the page's Program Logs are in the account). */
  sends: readonly { programId: string; step: number; sentOn: IsoDate; recipients?: readonly string[] }[];
  today: IsoDate;
  /** The recorded sends could not be read (the plan then rests on the page's Program Logs alone): why, in words. */
  historyProblem?: string;
}

/** The repository records steps by index; the engine reads them by step id. */
export function sentRecords(catalog: Catalog, sends: PlanInputs['sends']): SentRecord[] {
  return sends.map((send) => {
    const program = catalog.programs.find((p) => p.id === send.programId);
    return { programId: send.programId, stepId: program?.steps[send.step]?.id ?? null, sentOn: send.sentOn, recipients: send.recipients };
  });
}

export function planAccount(account: Account, { catalog, settings, sends, today }: PlanInputs): Plan {
  return evaluate(catalog, account, today, sentRecords(catalog, sends), engineSettingsFrom(settings));
}
