/**
 * Human words for account fields, used in every reason the engine gives. Fields are named as the user's
 * tenant names them: the C360 label from the settings, and on an account read from Salesforce the API
 * field it came from, so "Needs data" points at something the user can find.
 */
import type { Account, AccountFieldKey, AccountSource } from '../accounts/account';
import { unreadableReason } from '../accounts/field-values';
import { DEFAULT_C360_LABELS, PERCENT_FIELDS } from '../accounts/registry';
import type { MissingField } from './plan';
import type { SourceIndex } from './spelling';
import type { EngineSettings } from './settings';
import type { DateField } from './types';

/** Labels as the default C360 layout shows them (the registry's), for callers without settings. */
export const FIELD_LABELS: Readonly<Record<AccountFieldKey, string>> = DEFAULT_C360_LABELS;

export { PERCENT_FIELDS };

/** How each field is named on accounts from one source, and why one has no value. */
export class FieldNames {
  readonly label: Readonly<Record<AccountFieldKey, string>>;
  /** The source as an index, for memos kept per source. */
  readonly sourceIndex: SourceIndex;
  private readonly notFound: Readonly<Record<AccountFieldKey, string>>;
  private readonly absent: Partial<Record<AccountFieldKey, MissingField>> = {};

  constructor(settings: EngineSettings, readonly source: AccountSource) {
    const label = { ...settings.labels };
    const notFound = {} as Record<AccountFieldKey, string>;
    for (const key of Object.keys(label) as AccountFieldKey[]) {
      const api = settings.salesforceFields[key];
      if (source === 'salesforce' && api) label[key] = `${label[key]} (${api})`;
      notFound[key] = source === 'gainsight'
        ? `${label[key]} was not found on the page`
        : api
          ? `Salesforce field ${api} was not read`
          : `${label[key]} is not read from Salesforce: see it on the account's Customer360 page`;
    }
    this.label = label;
    this.notFound = notFound;
    this.sourceIndex = source === 'salesforce' ? 1 : 0;
  }

  /**
   * Why a field has no usable value: the adapter's own note, the text that could not be read (and why, when
   * the text tells), the contradiction found, or that it is absent.
   */
  missing(account: Account, field: AccountFieldKey, raw?: string, conflict?: string): MissingField {
    const label = this.label[field];
    const note = account.fieldNotes?.[field];
    if (conflict !== undefined) return { field, label, ...(raw === undefined ? {} : { raw }), message: `${label} cannot be used: ${conflict}` };
    if (raw === undefined) {
      if (note !== undefined) return { field, label, message: note };
      // Not on the page: worded the same for every account, so one frozen record (engine's unknown lists).
      return (this.absent[field] ??= Object.freeze({ field, label, message: this.notFound[field] }));
    }
    const why = unreadableReason(field, raw);
    return { field, label, raw, message: `${label} could not be read: "${raw}"${why ? ` (${why})` : ''}` };
  }
}

interface DatePhrases {
  /** What an empty value means, e.g. "No Duo purchase"; `label` is the field's name. */
  none: (label: string) => string;
  /** The date relative to today; `when` is "10 days ago" or "today". */
  past: (when: string) => string;
  /** `when` is "in 3 days". */
  future: (when: string) => string;
  /** How "N days before/after X" names the date. */
  noun: string;
}

const empty = (label: string) => `${label} is empty`;

export const DATE_PHRASES: Readonly<Record<DateField, DatePhrases>> = {
  customerSince: {
    none: empty, noun: 'becoming a customer',
    past: (when) => `Became a customer ${when}`, future: (when) => `Becomes a customer ${when}`,
  },
  subscriptionStartDate: {
    none: empty, noun: 'the subscription start',
    past: (when) => `Subscription started ${when}`, future: (when) => `Subscription starts ${when}`,
  },
  renewalDate: {
    none: (label) => `No renewal date (${label} is empty)`, noun: 'renewal',
    past: (when) => `Renewal date was ${when}`, future: (when) => `Renewal is ${when}`,
  },
  lastRenewalDate: {
    none: () => 'Not renewed yet', noun: 'the last renewal',
    past: (when) => `Renewed ${when}`, future: (when) => `Last renewal date is ${when}`,
  },
  csmAssignedDate: {
    none: () => 'No CSM assigned yet', noun: 'CSM assignment',
    past: (when) => `CSM assigned ${when}`, future: (when) => `CSM assignment starts ${when}`,
  },
  ultimateSince: {
    none: () => 'No Ultimate purchase', noun: 'the first Ultimate purchase',
    past: (when) => `First Ultimate purchase ${when}`, future: (when) => `Ultimate starts ${when}`,
  },
  duoPurchaseDate: {
    none: () => 'No Duo purchase', noun: 'the Duo purchase',
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
