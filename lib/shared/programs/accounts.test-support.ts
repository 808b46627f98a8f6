/** Builders for engine tests: a complete, ordinary account that each test bends in one place. */
import type { Account, AccountFields, Contact, IsoDate, Opportunity, ProgramLogEntry } from '../accounts/account';
import { builtInCatalog } from './catalogs';
import { evaluate } from './engine';
import type { SentRecord } from './history';
import type { Plan, PlanEntry } from './plan';
import { DEFAULT_ENGINE_SETTINGS, type EngineSettings } from './settings';
import type { Edition } from './types';

export const BASE_FIELDS: AccountFields = {
  customerSince: '2025-01-15',
  subscriptionStartDate: '2025-01-15',
  renewalDate: '2027-01-15',
  lastRenewalDate: '2026-01-15',
  arr: 50_000,
  segment: 'Tech Touch',
  csm: null,
  csmEmail: null,
  ae: null,
  aeEmail: null,
  csmAssignedDate: null,
  plan: 'Premium',
  ultimateSince: null,
  duoPurchaseDate: null,
  deployment: 'Self-Managed',
  ciScore: 'Green',
  ciUtilization: 50,
  licenseUtilization: 90,
  issuesEpicsCreated: 10,
  activeSubscription: true,
  abGroup: 'A',
  controlGroup: false,
};

export function contact(name: string, extra: Partial<Contact> = {}): Contact {
  return {
    name,
    firstName: name.split(' ')[0],
    email: `${name.toLowerCase().replace(/\s+/g, '.')}@example.com`,
    roles: [],
    soldTo: false,
    enablementEnrollment: [],
    permission: null,
    ...extra,
  };
}

export const ADMIN = contact('Ada Admin', { roles: ['Billing', 'GitLab Admin'] });
export const SOLD_TO = contact('Sam Buyer', { soldTo: true });

export interface AccountOptions {
  id?: string;
  fields?: Partial<AccountFields>;
  /** Field keys to leave out, as when the adapter could not find them. */
  without?: (keyof AccountFields)[];
  unreadable?: Account['unreadable'];
  fieldNotes?: Account['fieldNotes'];
  contactsIncomplete?: string;
  source?: Account['source'];
  contacts?: Contact[] | undefined;
  opportunities?: Opportunity[];
  programLogs?: ProgramLogEntry[];
}

export function makeAccount(options: AccountOptions = {}): Account {
  const fields: Partial<AccountFields> = { ...BASE_FIELDS, ...options.fields };
  for (const key of options.without ?? []) delete fields[key];
  return {
    source: options.source ?? 'gainsight', org: 'gitlab.gainsightcloud.com',
    ...(options.fieldNotes ? { fieldNotes: options.fieldNotes } : {}),
    ...(options.contactsIncomplete ? { contactsIncomplete: options.contactsIncomplete } : {}),
    id: options.id ?? 'acct-001',
    name: 'Acme Corp',
    fields,
    unreadable: options.unreadable ?? {},
    contacts: 'contacts' in options ? options.contacts : [ADMIN, SOLD_TO],
    opportunities: options.opportunities ?? [],
    programLogs: options.programLogs ?? [],
  };
}

/** The default settings with event dates entered, as a user would before labs and webinars can be planned. */
export const withEvents = (eventDates: EngineSettings['eventDates'], settings: EngineSettings = DEFAULT_ENGINE_SETTINGS): EngineSettings => ({
  ...settings, eventDates,
});

export interface PlanOptions {
  history?: SentRecord[];
  settings?: EngineSettings;
  edition?: Edition;
}

export function planFor(account: Account, today: IsoDate, options: PlanOptions = {}): Plan {
  return evaluate(builtInCatalog(options.edition), account, today, options.history ?? [], options.settings ?? DEFAULT_ENGINE_SETTINGS);
}

export function entryOf(plan: Plan, programId: string): PlanEntry {
  const entry = plan.entries.find((e) => e.programId === programId);
  if (!entry) throw new Error(`no entry for ${programId}`);
  return entry;
}

/** One line a table row can compare against: state, then the date or the reasons. */
export function summary(entry: PlanEntry): string {
  switch (entry.state) {
    case 'due':
    case 'upcoming':
    case 'sent':
      return `${entry.state} ${entry.date}`;
    case 'held-back':
      return `held-back ${entry.date}: ${entry.reasons.join(' | ')}`;
    case 'not-eligible':
    case 'unknown':
    case 'untracked':
      return `${entry.state}: ${entry.reasons.join(' | ')}`;
  }
}
