import type { Account, AccountFieldKey } from '../../lib/accounts/account';
import { FIELD_LABELS } from '../../lib/programs/fields';
import { CURRENT_CATALOG, DEFAULT_ENGINE_SETTINGS, evaluate } from '../../lib/programs';
import type { Plan, PlanEntry } from '../../lib/programs/plan';
import type { SandboxAccount } from '../sandbox/data/types';

/**
 * What the engine decides for a sample account, as each site exposes it: C360 shows every field
 * but the ones its layout hides; Salesforce holds only the account fields its API names.
 */

const SALESFORCE_FIELDS: AccountFieldKey[] = ['customerSince', 'renewalDate', 'arr', 'segment', 'csm', 'plan', 'deployment'];

export function asC360Shows(sample: SandboxAccount): Account {
  const fields = { ...sample.account.fields };
  for (const key of Object.keys(fields) as AccountFieldKey[]) {
    if (sample.hiddenFields.includes(FIELD_LABELS[key])) delete fields[key];
  }
  return { ...sample.account, fields };
}

export function asSalesforceShows(sample: SandboxAccount): Account {
  const fields = Object.fromEntries(SALESFORCE_FIELDS.map((key) => [key, sample.account.fields[key] ?? null]));
  return {
    ...sample.account,
    source: 'salesforce',
    id: sample.salesforceId,
    fields,
    contacts: sample.account.contacts?.map((c) => ({ ...c, permission: null })),
    programLogs: [],
  };
}

export function expectedPlan(account: Account, today: string): Plan {
  return evaluate(CURRENT_CATALOG, account, today, [], DEFAULT_ENGINE_SETTINGS);
}

/** Program names per sidebar list, in the order the plan sorts them. */
export function namesIn(plan: Plan, state: PlanEntry['state']): string[] {
  return plan.entries.filter((e) => e.state === state).map((e) => e.program.name);
}
