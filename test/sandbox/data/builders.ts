/** Small constructors that keep the book of business readable: one line per contact, defaults for fields. */
import type {
  Account,
  AccountFields,
  Contact,
  IsoDate,
  Opportunity,
  Permission,
  ProgramLogEntry,
} from '../../../lib/shared/accounts/account';
import type { DateFormat } from '../dates';
import { gainsightIdFor, salesforceIdFor } from '../ids';
import type { CompanyNote, SandboxAccount, ScenarioTag } from './types';

export const GAINSIGHT_ORIGIN = 'https://gitlab.gainsightcloud.com';

/** Every field present and empty: a C360 page shows them all, as "—" when there is no value. */
export function emptyFields(): AccountFields {
  return {
    customerSince: null,
    subscriptionStartDate: null,
    renewalDate: null,
    lastRenewalDate: null,
    arr: null,
    segment: null,
    csm: null,
    csmEmail: null,
    ae: null,
    aeEmail: null,
    csmAssignedDate: null,
    plan: null,
    ultimateSince: null,
    duoPurchaseDate: null,
    deployment: null,
    ciScore: null,
    ciUtilization: null,
    licenseUtilization: null,
    issuesEpicsCreated: null,
    activeSubscription: null,
    abGroup: null,
    controlGroup: null,
  };
}

export interface PersonSpec {
  roles?: string[];
  soldTo?: boolean;
  enablement?: string[];
  permission?: Permission | null;
}

/** `Ava Chen` at `acme.example` → ava.chen@acme.example, with a Salesforce Contact id. */
export function person(key: string, domain: string, fullName: string, spec: PersonSpec = {}): Contact {
  const [firstName = fullName, ...rest] = fullName.split(' ');
  const local = [firstName, ...rest]
    .join('.')
    .normalize('NFD')
    .replace(/[^\w.]/g, '')
    .toLowerCase();
  return {
    id: salesforceIdFor('003', `${key}:${fullName}`),
    name: fullName,
    firstName,
    email: `${local}@${domain}`,
    roles: spec.roles ?? [],
    soldTo: spec.soldTo ?? false,
    enablementEnrollment: spec.enablement ?? [],
    permission: spec.permission ?? null,
  };
}

export function opportunity(
  key: string,
  name: string,
  type: string,
  stage: string,
  closeDate: IsoDate,
): Opportunity {
  return { id: salesforceIdFor('006', `${key}:${name}`), name, type, stage, closeDate };
}

export function log(program: string, step: string | null, sentOn: IsoDate, recipients: Contact[]): ProgramLogEntry {
  return { program, step, sentOn, recipients: recipients.map((c) => c.email ?? '') };
}

export interface CompanySpec {
  key: string;
  name: string;
  domain: string;
  scenario: string;
  tags: ScenarioTag[];
  fields: Partial<AccountFields>;
  contacts: Contact[];
  opportunities?: Opportunity[];
  programLogs?: ProgramLogEntry[];
  dateFormat?: DateFormat;
  hiddenFields?: string[];
  note?: CompanyNote;
}

export function company(spec: CompanySpec): SandboxAccount {
  const gainsightId = gainsightIdFor('1P02', spec.key);
  const account: Account = {
    source: 'gainsight', org: 'gitlab.gainsightcloud.com',
    id: gainsightId,
    name: spec.name,
    url: `${GAINSIGHT_ORIGIN}/v1/ui/customersuccess360?cid=${gainsightId}`,
    fields: { ...emptyFields(), ...spec.fields },
    unreadable: {},
    contacts: spec.contacts,
    opportunities: spec.opportunities ?? [],
    programLogs: spec.programLogs ?? [],
  };
  return {
    key: spec.key,
    scenario: spec.scenario,
    tags: spec.tags,
    gainsightId,
    salesforceId: salesforceIdFor('001', spec.key),
    domain: spec.domain,
    account,
    dateFormat: spec.dateFormat ?? 'MONTH_NAME',
    hiddenFields: spec.hiddenFields ?? [],
    ...(spec.note ? { note: spec.note } : {}),
  };
}
