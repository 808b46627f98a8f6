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

/** Not converted yet. Dates are converted on first use: most programs read only one or two of them. */
const UNREAD = -Infinity;

function readDay(value: unknown): DayRead {
  if (value === null) return null;
  return typeof value === 'string' ? (dayFromIso(value) ?? undefined) : undefined;
}

export class AccountView {
  /** One fixed-shape record (fast property access), filled lazily. */
  private readonly days: Record<DateField, DayRead> = {
    customerSince: UNREAD, subscriptionStartDate: UNREAD, renewalDate: UNREAD, lastRenewalDate: UNREAD,
    csmAssignedDate: UNREAD, ultimateSince: UNREAD, duoPurchaseDate: UNREAD,
  };

  constructor(readonly account: Account) {}

  day(field: DateField): DayRead {
    let day = this.days[field];
    if (day === UNREAD) day = this.days[field] = readDay(this.account.fields[field]);
    return day;
  }

  /** Why a field has no usable value. A value of the wrong shape (an adapter bug) is quoted like unreadable text. */
  missing(field: AccountFieldKey): MissingField {
    const value = this.account.fields[field];
    return describeMissing(this.account, field, value === undefined || value === null ? undefined : String(value));
  }
}
