/** Human words for account fields, used in every reason the engine gives. */
import type { Account, AccountFieldKey } from '../accounts/account';
import type { MissingField } from './plan';
import type { DateField } from './types';

/** Labels as the default C360 layout shows them (DOMAIN.md), so a CSM can find the field on the page. */
export const FIELD_LABELS: Readonly<Record<AccountFieldKey, string>> = {
  customerSince: 'Customer Since',
  subscriptionStartDate: 'Subscription Start Date',
  renewalDate: 'Renewal Date',
  lastRenewalDate: 'Last Renewal Date',
  arr: 'ARR',
  segment: 'Segment',
  csm: 'CSM',
  csmEmail: 'CSM Email',
  csmAssignedDate: 'CSM Assigned Date',
  plan: 'Plan',
  ultimateSince: 'Ultimate Since',
  duoPurchaseDate: 'Duo Purchase Date',
  deployment: 'Deployment',
  ciScore: 'CI Score',
  ciUtilization: 'CI Utilization',
  licenseUtilization: 'License Utilization',
  issuesEpicsCreated: 'Issues & Epics Created',
  activeSubscription: 'Active Subscription',
  controlGroup: 'Control Group',
};

export const PERCENT_FIELDS: ReadonlySet<AccountFieldKey> = new Set(['ciUtilization', 'licenseUtilization']);

interface DatePhrases {
  /** What an empty value means, e.g. "No Duo purchase". */
  none: string;
  /** The date relative to today; `when` is "10 days ago" or "today". */
  past: (when: string) => string;
  /** `when` is "in 3 days". */
  future: (when: string) => string;
  /** How "N days before/after X" names the date. */
  noun: string;
}

export const DATE_PHRASES: Readonly<Record<DateField, DatePhrases>> = {
  customerSince: {
    none: 'No Customer Since date', noun: 'becoming a customer',
    past: (when) => `Became a customer ${when}`, future: (when) => `Becomes a customer ${when}`,
  },
  subscriptionStartDate: {
    none: 'No subscription start date', noun: 'the subscription start',
    past: (when) => `Subscription started ${when}`, future: (when) => `Subscription starts ${when}`,
  },
  renewalDate: {
    none: 'No renewal date', noun: 'renewal',
    past: (when) => `Renewal date was ${when}`, future: (when) => `Renewal is ${when}`,
  },
  lastRenewalDate: {
    none: 'Not renewed yet', noun: 'renewal',
    past: (when) => `Renewed ${when}`, future: (when) => `Last renewal date is ${when}`,
  },
  csmAssignedDate: {
    none: 'No CSM assigned yet', noun: 'CSM assignment',
    past: (when) => `CSM assigned ${when}`, future: (when) => `CSM assignment starts ${when}`,
  },
  ultimateSince: {
    none: 'No Ultimate purchase', noun: 'the first Ultimate purchase',
    past: (when) => `First Ultimate purchase ${when}`, future: (when) => `Ultimate starts ${when}`,
  },
  duoPurchaseDate: {
    none: 'No Duo purchase', noun: 'the Duo purchase',
    past: (when) => `Duo purchased ${when}`, future: (when) => `Duo purchase takes effect ${when}`,
  },
};

export const plural = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** "Subscription started 10 days ago" / "… today" / "Subscription starts in 3 days". */
export function describeDateFromToday(field: DateField, daysSince: number): string {
  const p = DATE_PHRASES[field];
  if (daysSince === 0) return p.past('today');
  return daysSince > 0 ? p.past(`${plural(daysSince, 'day')} ago`) : p.future(`in ${plural(-daysSince, 'day')}`);
}

/** Why a field has no usable value: absent from the page, or present but unreadable (quoting the text). */
export function describeMissing(account: Account, field: AccountFieldKey, rawOverride?: string): MissingField {
  const label = FIELD_LABELS[field];
  const raw = rawOverride ?? account.unreadable[field];
  return raw === undefined
    ? { field, label, message: `${label} was not found on the page` }
    : { field, label, raw, message: `${label} could not be read: "${raw}"` };
}
