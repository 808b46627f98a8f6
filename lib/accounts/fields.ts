import type { AccountFieldKey } from './account';

/** Every company field, in the order the sidebar lists what could not be read. */
export const ACCOUNT_FIELD_KEYS: readonly AccountFieldKey[] = [
  'customerSince', 'subscriptionStartDate', 'renewalDate', 'lastRenewalDate', 'arr', 'segment', 'csm', 'csmEmail',
  'csmAssignedDate', 'plan', 'ultimateSince', 'duoPurchaseDate', 'deployment', 'ciScore', 'ciUtilization',
  'licenseUtilization', 'issuesEpicsCreated', 'activeSubscription', 'controlGroup',
];

/** Fields a tenant may simply not have; their absence never holds a read open. */
export const OPTIONAL_FIELDS: ReadonlySet<AccountFieldKey> = new Set(['csmEmail', 'controlGroup']);
