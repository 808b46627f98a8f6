/**
 * Reads an account snapshot the way the engine needs it: dates as day numbers, converted at most once,
 * the segment as one of the three segments, and a clear split between a known empty value (null) and
 * one the engine must not use (undefined): missing, unreadable, or contradicted by another field.
 */
import type { Account, AccountFieldKey, Segment } from '../accounts/account';
import { ACCOUNT_FIELD_KEYS, OPTIONAL_FIELDS, PERCENT_FIELDS } from '../accounts/registry';
import { dayFromIso } from '../dates/days';
import type { FieldNames } from './fields';
import type { MissingField, Recipient } from './plan';
import type { ReasonMemo } from './reason-memo';
import type { Spelling, Spellings } from './spelling';
import type { DateField } from './types';

/** Day number; null when the page shows the field empty; undefined when it cannot be used. */
type DayRead = number | null | undefined;

/** A switch compares interned strings by identity: cheaper than looking a name up in an object. */
export function dateIndex(field: DateField): number {
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

/** A date field's value by its index: named loads, each of one shape, are cheaper than a load by a computed name. */
function dateValue(fields: Account['fields'], index: number): unknown {
  switch (index) {
    case 0: return fields.customerSince;
    case 1: return fields.subscriptionStartDate;
    case 2: return fields.renewalDate;
    case 3: return fields.lastRenewalDate;
    case 4: return fields.csmAssignedDate;
    case 5: return fields.ultimateSince;
    default: return fields.duoPurchaseDate;
  }
}

/** A date field's text when it is shaped YYYY-MM-DD; null otherwise. */
function isoText(value: unknown): string | null {
  return typeof value === 'string' && value.length === 10 && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45 ? value : null;
}

/** `a` is before `b`, both real calendar dates (the texts are only parsed when they seem to conflict). */
const before = (a: string | null, b: string | null): a is string =>
  a !== null && b !== null && a < b && dayFromIso(a) !== null && dayFromIso(b) !== null;

/** Not converted yet. Dates are converted on first use: most programs read only one or two of them. */
const UNREAD = -Infinity;

const outOfPercent = (value: number): boolean => !(value >= 0 && value <= 100);

function readDay(value: unknown): DayRead {
  if (value === null) return null;
  return typeof value === 'string' ? (dayFromIso(value) ?? undefined) : undefined;
}

const PERCENT_KEYS = [...PERCENT_FIELDS];

/**
 * Dates that cannot come before another: a renewal or a subscription of someone not yet a customer, a next
 * renewal before the last one. Both dates of a pair that breaks its rule are contradicted.
 */
const NOT_BEFORE: readonly (readonly [DateField, DateField])[] = [
  ['lastRenewalDate', 'customerSince'],
  ['subscriptionStartDate', 'customerSince'],
  ['renewalDate', 'lastRenewalDate'],
];
/** The NOT_BEFORE pairs as dateIndex pairs, and the date fields some pair names (one bit per dateIndex). */
const NOT_BEFORE_INDEXES = NOT_BEFORE.map(([later, earlier]) => [dateIndex(later), dateIndex(earlier)] as const);
const RULED_DATES = NOT_BEFORE_INDEXES.reduce((bits, [later, earlier]) => bits | (1 << later) | (1 << earlier), 0);

const NO_CONFLICTS: Readonly<Partial<Record<AccountFieldKey, string>>> = {};
const NO_MISSING: readonly MissingField[] = [];
const NO_RECIPIENTS: readonly Recipient[] = [];
const NO_ENROLLMENTS: ReadonlyMap<string, Recipient[]> = new Map();

/** Enablement Enrollment values are typed by hand in picklists: compared ignoring case and stray spaces. */
export const enrollmentKey = (campaign: string): string => campaign.trim().toLowerCase();

export class AccountView {
  /** One slot per date field, filled lazily: an array index is cheaper than a property chosen by name. */
  private readonly days: DayRead[] = [UNREAD, UNREAD, UNREAD, UNREAD, UNREAD, UNREAD, UNREAD];
  private conflictsFound: Partial<Record<AccountFieldKey, string>> | null = null;
  /** The date fields found contradicted, one bit per dateIndex; -1 until looked for. */
  private conflictDates = -1;
  private spellingRead: Spelling | null = null;
  private enrollments: ReadonlyMap<string, Recipient[]> | null = null;
  account!: Account;
  names!: FieldNames;
  /**
   * The reasons already phrased for this account's source, one memo per check (setup.ts); the list outside
   * the engine has none to share.
   */
  memos: readonly ReasonMemo[] = [];

  constructor(account: Account, private readonly spellings: Spellings, names: FieldNames, memos: readonly ReasonMemo[] = []) {
    this.read(account, names, memos);
  }

  /** Points the view at another account (the engine reuses one view for a whole batch), forgetting what it read. */
  read(account: Account, names: FieldNames, memos: readonly ReasonMemo[]): void {
    this.account = account;
    this.names = names;
    this.memos = memos;
    const { days } = this;
    for (let i = 0; i < days.length; i++) days[i] = UNREAD;
    this.conflictsFound = null;
    this.conflictDates = -1;
    this.spellingRead = null;
    this.enrollments = null;
  }

  /**
   * Fields that contradict each other or themselves: each is reported with the reason and never used, since
   * either value may be the wrong one. Found once per account, on first use.
   */
  get conflicts(): Readonly<Partial<Record<AccountFieldKey, string>>> {
    if (this.conflictsFound === null) this.conflictsFound = this.findConflicts();
    return this.conflictsFound;
  }

  private findConflicts(): Partial<Record<AccountFieldKey, string>> {
    let found: Partial<Record<AccountFieldKey, string>> | null = null;
    const { fields } = this.account;
    const label = this.names.label;
    for (const [later, earlier] of NOT_BEFORE) {
      const date = isoText(fields[later]);
      const other = isoText(fields[earlier]);
      if (before(date, other)) {
        found ??= {};
        const said = `${label[later]} (${date}) is before ${label[earlier]} (${other})`;
        found[later] = found[later] ? `${found[later]}; ${said}` : said;
        found[earlier] = found[earlier] ? `${found[earlier]}; ${said}` : said;
      }
    }
    for (const field of PERCENT_KEYS) {
      const value = fields[field];
      if (typeof value === 'number' && outOfPercent(value)) {
        found ??= {};
        found[field] = `${value}% is not a percentage between 0 and 100`;
      }
    }
    return found ?? NO_CONFLICTS;
  }

  day(field: DateField): DayRead {
    return this.dayAt(dateIndex(field));
  }

  /**
   * day() by the field's dateIndex, which the catalog's compiled checks and triggers already know. Whether a
   * date breaks a NOT_BEFORE rule is decided on day numbers, and only for dates a rule names: the
   * contradictions' words (conflicts) are only made when a field is reported.
   */
  dayAt(index: number): DayRead {
    const day = this.rawDay(index);
    if (typeof day !== 'number' || (RULED_DATES & (1 << index)) === 0) return day;
    if (this.conflictDates < 0) this.conflictDates = this.contradictedDates();
    return (this.conflictDates & (1 << index)) === 0 ? day : undefined;
  }

  /** A date as read, before any rule between dates. */
  private rawDay(index: number): DayRead {
    const day = this.days[index];
    return day === UNREAD ? (this.days[index] = readDay(dateValue(this.account.fields, index))) : day;
  }

  /** The dates that break a NOT_BEFORE rule, one bit per dateIndex (the calendar dates compare as day numbers). */
  private contradictedDates(): number {
    let mask = 0;
    for (const [later, earlier] of NOT_BEFORE_INDEXES) {
      const a = this.rawDay(later);
      if (typeof a !== 'number') continue;
      const b = this.rawDay(earlier);
      if (typeof b === 'number' && a < b) mask |= (1 << later) | (1 << earlier);
    }
    return mask;
  }

  /**
   * A number the engine may use: undefined when missing, of the wrong shape, or contradicted (a percentage
   * outside 0–100, the only contradiction a number field can hold). `value`: the field's value, as the
   * check's reader read it (field-readers.ts).
   */
  number(field: AccountFieldKey, value: unknown): number | null | undefined {
    if (value === null) return null;
    if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
    return outOfPercent(value) && PERCENT_FIELDS.has(field) ? undefined : value;
  }

  /** The segment field's value as spelled, and what that spelling means; read once per account. */
  spelling(): Spelling {
    return (this.spellingRead ??= this.spellings.of(this.account.fields.segment));
  }

  /** The segment as a bit (compile.ts' segmentBit); 0 when empty, missing or not mapped. */
  segmentBits(): number {
    return this.spelling().bits;
  }

  /** The segment, mapped from the tenant's spelling; undefined when missing or a spelling no setting maps. */
  segment(): Segment | null | undefined {
    return this.spelling().segment;
  }

  /** The contacts enrolled in a campaign (by enrollmentKey), found for every campaign in one pass over the contacts. */
  enrolled(key: string): readonly Recipient[] {
    if (this.enrollments === null) {
      let map: Map<string, Recipient[]> | null = null;
      for (const contact of this.account.contacts ?? []) {
        for (const value of contact.enablementEnrollment) {
          map ??= new Map();
          const campaign = enrollmentKey(value);
          const list = map.get(campaign);
          if (!list) map.set(campaign, [{ contact, via: 'enrolled' }]);
          else if (list.at(-1)!.contact !== contact) list.push({ contact, via: 'enrolled' });
        }
      }
      this.enrollments = map ?? NO_ENROLLMENTS;
    }
    // Most accounts enroll nobody: no look-up for them.
    return this.enrollments === NO_ENROLLMENTS ? NO_RECIPIENTS : (this.enrollments.get(key) ?? NO_RECIPIENTS);
  }

  /** Why a field has no usable value. A value of the wrong shape (an adapter bug) is quoted like unreadable text. */
  missing(field: AccountFieldKey): MissingField {
    const { account } = this;
    const value = account.fields[field];
    const raw = value === undefined || value === null ? account.unreadable[field] : String(value);
    if (field === 'segment' && typeof value === 'string' && raw !== undefined) {
      return {
        field, label: this.names.label.segment, raw,
        message: `${this.names.label.segment} "${raw}" is a spelling the extension does not know: add it under Options → Programs → Segment spellings`,
      };
    }
    return this.names.missing(account, field, raw, this.conflicts[field]);
  }

  /**
   * Every field the panel should say it could not use: unreadable or contradicted ones, those the adapter
   * explained, and, on C360 (which shows every field), those not on the page unless a tenant may lack them.
   */
  unreadFields(): readonly MissingField[] {
    const { account } = this;
    let list: MissingField[] | null = null;
    for (const key of ACCOUNT_FIELD_KEYS) {
      const value = account.fields[key];
      const unusable = key === 'segment' ? value !== null && this.segment() === undefined
        : key in account.unreadable || this.conflicts[key] !== undefined || account.fieldNotes?.[key] !== undefined
          || (value === undefined && account.source === 'gainsight' && !OPTIONAL_FIELDS.has(key));
      if (unusable) (list ??= []).push(this.missing(key));
    }
    return list ?? NO_MISSING;
  }
}
