/**
 * Reads an account snapshot the way the engine needs it: dates as day numbers, converted at most once,
 * and a clear split between a known empty value (null) and one the engine must not guess (undefined).
 */
import type { Account, AccountFieldKey } from '../accounts/account';
import { dayFromIso } from '../dates/days';
import { describeMissing } from './fields';
import type { MissingField } from './plan';
import type { DateField } from './types';

/** Day number; null when the page shows the field empty; undefined when missing or unreadable. */
type DayRead = number | null | undefined;

/** A switch compares interned strings by identity: cheaper than looking a name up in an object. */
function dateIndex(field: DateField): number {
  switch (field) {
    case 'customerSince': return 0;
    case 'subscriptionStartDate': return 1;
    case 'renewalDate': return 2;
    case 'lastRenewalDate': return 3;
    case 'csmAssignedDate': return 4;
    case 'ultimateSince': return 5;
    case 'duoPurchaseDate': return 6;
  }
}

/** Not converted yet. Dates are converted on first use: most programs read only one or two of them. */
const UNREAD = -Infinity;

function readDay(value: unknown): DayRead {
  if (value === null) return null;
  return typeof value === 'string' ? (dayFromIso(value) ?? undefined) : undefined;
}

export class AccountView {
  /** One slot per date field, filled lazily: an array index is cheaper than a property chosen by name. */
  private readonly days: DayRead[] = [UNREAD, UNREAD, UNREAD, UNREAD, UNREAD, UNREAD, UNREAD];

  constructor(readonly account: Account) {}

  day(field: DateField): DayRead {
    const index = dateIndex(field);
    let day = this.days[index];
    if (day === UNREAD) day = this.days[index] = readDay(this.account.fields[field]);
    return day;
  }

  /** Why a field has no usable value. A value of the wrong shape (an adapter bug) is quoted like unreadable text. */
  missing(field: AccountFieldKey): MissingField {
    const value = this.account.fields[field];
    return describeMissing(this.account, field, value === undefined || value === null ? undefined : String(value));
  }
}
