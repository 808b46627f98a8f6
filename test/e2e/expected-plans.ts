import type { Account, AccountFieldKey } from '../../lib/shared/accounts/account';
import { DEFAULT_C360_LABELS, DEFAULT_SALESFORCE_FIELDS } from '../../lib/shared/accounts/registry';
import { CURRENT_CATALOG } from '../../lib/shared/programs/catalog-current';
import { evaluate } from '../../lib/shared/programs/engine';
import { engineSettingsFrom } from '../../lib/shared/programs/from-settings';
import type { Plan, PlanEntry } from '../../lib/shared/programs/plan';
import { DEFAULT_SETTINGS } from '../../lib/shared/settings/schema';
import type { SandboxAccount } from '../sandbox/data/types';

/**
 * What the engine decides for a sample account, as each site exposes it: C360 shows every field
 * but the ones its layout hides; Salesforce holds only the account fields the registry gives an API name.
 * Planned with the default settings, as the panel plans with them: labs and webinars need data until
 * their dates are entered.
 */

const SALESFORCE_FIELDS = Object.keys(DEFAULT_SALESFORCE_FIELDS) as AccountFieldKey[];

export function asC360Shows(sample: SandboxAccount): Account {
  const fields = { ...sample.account.fields };
  for (const key of Object.keys(fields) as AccountFieldKey[]) {
    if (sample.hiddenFields.includes(DEFAULT_C360_LABELS[key])) delete fields[key];
  }
  return { ...sample.account, fields };
}

export function asSalesforceShows(sample: SandboxAccount): Account {
  const fields = Object.fromEntries(SALESFORCE_FIELDS.map((key) => [key, sample.account.fields[key] ?? (key === 'controlGroup' ? false : null)]));
  return {
    ...sample.account,
    source: 'salesforce',
    id: sample.salesforceId,
    fields,
    contacts: sample.account.contacts?.map((c) => ({ ...c, permission: null })),
    programLogs: [],
  };
}

export function expectedPlan(account: Account, today: string, settings = DEFAULT_SETTINGS): Plan {
  return evaluate(CURRENT_CATALOG, account, today, [], engineSettingsFrom(settings));
}

/** Program names per panel list, in the order the plan sorts them. */
export function namesIn(plan: Plan, state: PlanEntry['state']): string[] {
  return plan.entries.filter((e) => e.state === state).map((e) => e.program.name);
}
