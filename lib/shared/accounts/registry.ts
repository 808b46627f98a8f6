/**
 * The one list of company fields. Each field is declared once, here: its key, the kind of value it
 * holds, and the names it goes by in each place it is read (the C360 label, the Salesforce API name,
 * the Lightning label). The account type, the field reader, the engine's words and the settings'
 * defaults all derive from it, so adding a field means adding one line.
 *
 * Every name here is a default: tenants name things their own way, so the C360 labels and the
 * Salesforce API names are settings (`gainsight.labels`, `salesforce.accountFields`).
 */
import type { CiScore, Deployment, IsoDate, Plan } from './vocabulary';

export type FieldKind =
  | 'date' | 'money' | 'percent' | 'count' | 'yesno' | 'text'
  /** As the tenant spells it; the engine maps spellings to segments through a setting. */
  | 'segment'
  | 'plan' | 'deployment' | 'ciScore'
  /** An experiment group, "A" or "B". */
  | 'abGroup';

export interface FieldSpec {
  kind: FieldKind;
  /** The label C360 shows by default (a default: tenants rename labels, so it is a setting). */
  c360: string;
  /** The Salesforce Account API name by default; absent when the field is not read from Salesforce. */
  salesforce?: string;
  /** The label a Lightning record page shows, for the fallback reader; absent when it is not read there. */
  lightning?: string;
  /**
   * A field tenants may simply not have: its absence never holds a read open, and the panel does not list
   * it as missing unless a program needs it.
   */
  optional?: true;
}

export const ACCOUNT_FIELD_REGISTRY = {
  customerSince: { kind: 'date', c360: 'Customer Since', salesforce: 'Customer_Since__c', lightning: 'Customer Since' },
  subscriptionStartDate: { kind: 'date', c360: 'Subscription Start Date' },
  renewalDate: { kind: 'date', c360: 'Renewal Date', salesforce: 'Next_Renewal_Date__c', lightning: 'Next Renewal Date' },
  lastRenewalDate: { kind: 'date', c360: 'Last Renewal Date' },
  arr: { kind: 'money', c360: 'ARR', salesforce: 'ARR__c', lightning: 'ARR' },
  segment: { kind: 'segment', c360: 'Segment', salesforce: 'Segment__c', lightning: 'Segment' },
  csm: { kind: 'text', c360: 'CSM', salesforce: 'CSM__r.Name', lightning: 'CSM' },
  csmEmail: { kind: 'text', c360: 'CSM Email', optional: true },
  csmAssignedDate: { kind: 'date', c360: 'CSM Assigned Date' },
  /**
   * The account's AE, for programs sent in the AE's name (seed 002: the sender is "tokenized to come from
   * either a TAM or AE"). Salesforce's Account Owner as the AE is the team's choice, a setting like every name here.
   */
  ae: { kind: 'text', c360: 'Account Executive', salesforce: 'Owner.Name', optional: true },
  aeEmail: { kind: 'text', c360: 'Account Executive Email', salesforce: 'Owner.Email', optional: true },
  plan: { kind: 'plan', c360: 'Plan', salesforce: 'Plan__c', lightning: 'Plan' },
  ultimateSince: { kind: 'date', c360: 'Ultimate Since' },
  duoPurchaseDate: { kind: 'date', c360: 'Duo Purchase Date' },
  deployment: { kind: 'deployment', c360: 'Deployment', salesforce: 'Deployment__c', lightning: 'Deployment' },
  ciScore: { kind: 'ciScore', c360: 'CI Score' },
  /** Percent, 0–100. */
  ciUtilization: { kind: 'percent', c360: 'CI Utilization' },
  /** Percent, 0–100. */
  licenseUtilization: { kind: 'percent', c360: 'License Utilization' },
  issuesEpicsCreated: { kind: 'count', c360: 'Issues & Epics Created' },
  activeSubscription: { kind: 'yesno', c360: 'Active Subscription' },
  /** The customer's A/B group: Customer Success Operations' rule puts each customer in A or B (seed 001). */
  abGroup: { kind: 'abGroup', c360: 'A/B Group', salesforce: 'AB_Group__c', optional: true },
  /** In a pilot's control group, which may miss its onboarding or enablement content (seed 001); data, never computed. */
  controlGroup: { kind: 'yesno', c360: 'Control Group', salesforce: 'Control_Group__c', optional: true },
} as const satisfies Record<string, FieldSpec>;

type Registry = typeof ACCOUNT_FIELD_REGISTRY;

export type AccountFieldKey = keyof Registry;

export type AbGroup = 'A' | 'B';

/** The typed value of each kind; a field also holds null when the page shows it empty. */
interface KindValues {
  date: IsoDate;
  money: number;
  percent: number;
  count: number;
  yesno: boolean;
  text: string;
  segment: string;
  plan: Plan;
  deployment: Deployment;
  ciScore: CiScore;
  abGroup: AbGroup;
}

/** Company-level fields read from C360 (by label) or from the Salesforce Account (by API name). */
export type AccountFields = { -readonly [K in AccountFieldKey]: KindValues[Registry[K]['kind']] | null };

const entries = Object.entries(ACCOUNT_FIELD_REGISTRY) as [AccountFieldKey, FieldSpec][];

/** Every company field, in the order the panel lists what could not be read. */
export const ACCOUNT_FIELD_KEYS: readonly AccountFieldKey[] = entries.map(([key]) => key);

export const fieldKind = (key: AccountFieldKey): FieldKind => (ACCOUNT_FIELD_REGISTRY[key] as FieldSpec).kind;

/** Fields a tenant may simply not have; their absence never holds a read open. */
export const OPTIONAL_FIELDS: ReadonlySet<AccountFieldKey> = new Set(entries.filter(([, spec]) => spec.optional).map(([key]) => key));

/** The C360 labels by default: the settings' defaults and the engine's words when no settings are given. */
export const DEFAULT_C360_LABELS = Object.fromEntries(entries.map(([key, spec]) => [key, spec.c360])) as Readonly<Record<AccountFieldKey, string>>;

/** Fields read from the Salesforce Account, by their default API names. */
export type SalesforceFieldKey = { [K in AccountFieldKey]: Registry[K] extends { salesforce: string } ? K : never }[AccountFieldKey];

export const DEFAULT_SALESFORCE_FIELDS = Object.fromEntries(
  entries.flatMap(([key, spec]) => (spec.salesforce ? [[key, spec.salesforce]] : [])),
) as Readonly<Record<SalesforceFieldKey, string>>;

/** Labels the Lightning fallback reads, by field. */
export const LIGHTNING_LABELS = Object.fromEntries(
  entries.flatMap(([key, spec]) => (spec.lightning ? [[key, spec.lightning]] : [])),
) as Readonly<Partial<Record<AccountFieldKey, string>>>;

export const PERCENT_FIELDS: ReadonlySet<AccountFieldKey> = new Set(entries.filter(([, spec]) => spec.kind === 'percent').map(([key]) => key));
