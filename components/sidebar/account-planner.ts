import type { Account } from '@/lib/accounts/account';
import { toIsoDate } from '@/lib/dates';
import { sendMessage } from '@/lib/messaging/protocol';
import { evaluate } from '@/lib/programs/engine';
import type { SentRecord } from '@/lib/programs/history';
import { DEFAULT_APPROVAL_DEAL_TYPES } from '@/lib/programs/settings';
import type { Catalog } from '@/lib/programs/types';
import type { Plan } from '@/lib/programs/plan';
import type { Settings } from '@/lib/settings/schema';

/**
 * Joins an account snapshot with the catalog, the user's settings and what the extension already
 * recorded for the account, and asks the engine for the plan. History is fetched once per record
 * (not on every re-read of a still-rendering page). The catalog comes from the background: the user's
 * imported catalog when there is one, else the built-in edition, so this bundle carries no catalog data.
 */
export type Planner = (account: Account) => Plan;

async function recordedSends(account: Pick<Account, 'source' | 'id'>, catalog: Catalog): Promise<SentRecord[]> {
  try {
    const history = await sendMessage('reminders.forAccount', { accountKey: `${account.source}:${account.id}` });
    return history.sends.map((send) => {
      const program = catalog.programs.find((p) => p.id === send.programId);
      return { programId: send.programId, stepId: program?.steps[send.step]?.id ?? null, sentOn: send.sentOn };
    });
  } catch {
    // The plan still stands on the page's own Program Logs if the worker cannot answer.
    return [];
  }
}

export async function createPlanner(account: Pick<Account, 'source' | 'id'>, settings: Settings, now = new Date()): Promise<Planner> {
  const { catalog } = await sendMessage('catalog.get', {});
  const history = await recordedSends(account, catalog);
  const today = toIsoDate(now);
  const engineSettings = {
    edition: catalog.edition,
    disabledPrograms: settings.programs.disabled,
    controlShare: settings.programs.controlShare,
    adminRole: settings.salesforce.adminValue,
    approvalDealTypes: [...DEFAULT_APPROVAL_DEAL_TYPES],
  };
  return (snapshot) => evaluate(catalog, snapshot, today, history, engineSettings);
}
