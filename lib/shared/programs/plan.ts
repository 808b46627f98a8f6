/** What the engine returns: one entry per program, plus account-level warnings. */
import type { AbGroup, AccountFieldKey, Contact, IsoDate, Opportunity } from '../accounts/account';
import type { Edition, Program, Step } from './types';

/**
 * `untracked`: a program whose trigger the extension cannot observe (an event's registrants): listed once,
 * with how to track it, never as data this account lacks.
 */
export type EntryState = 'due' | 'upcoming' | 'not-eligible' | 'sent' | 'held-back' | 'unknown' | 'untracked';

export type RecipientVia = 'admin' | 'sold-to' | 'saas-owner' | 'saas-maintainer' | 'enrolled';

export interface Recipient {
  contact: Contact;
  /** Why this contact receives it; the first reason when several apply. */
  via: RecipientVia;
}

export interface NextStep {
  index: number;
  step: Step;
  dueDate: IsoDate;
}

export interface MissingField {
  /** `history`: sends whose step cannot be told; `eventDates`: no date entered for an event held "when held". */
  field: AccountFieldKey | 'contacts' | 'opportunities' | 'eventRegistrations' | 'eventDates' | 'history';
  label: string;
  /** The text found on the page when it could not be read. */
  raw?: string;
  message: string;
}

export type { AbGroup };

/**
 * What the user can do about a program held back for want of a recipient: make a contact the admin
 * (the panel offers its role fix there), or enroll contacts in the program's campaign.
 */
export type EntryFix = 'make-admin' | 'enroll';

/**
 * Every entry has the same fields, whatever its state (one object shape keeps the engine and the UI's
 * lists fast); the state narrows which of them carry a value.
 */
interface EntryFields {
  state: EntryState;
  program: Program;
  programId: string;
  /**
   * due: the day it became due (today or earlier); upcoming: the day it becomes due; sent: the day its last
   * step went out; held-back: the day it would have been due; otherwise null.
   */
  date: IsoDate | null;
  /** The step to send next (due, upcoming), or the one held back; otherwise null. */
  nextStep: NextStep | null;
  /** In plain words: every failing condition (not-eligible), why (held-back), each missing field (unknown), how to track it (untracked). */
  reasons: readonly string[];
  /** unknown: the fields that could not be read. */
  missing: readonly MissingField[];
  /** null: the contacts could not be read, so nobody can be named. */
  recipients: readonly Recipient[] | null;
  /** Problems with this entry's recipients, in words. */
  warnings: readonly string[];
  /** Steps of the current cycle already sent. */
  stepsSent: number;
  /** Latest send of this program in any cycle (history and Program Logs). */
  lastSentOn: IsoDate | null;
  /**
   * The account's A/B group (read from the account, never computed) for a digital-only program that applies to
   * it; null when not A/B tested, not eligible, unknown, or when the account shows no group.
   */
  abGroup: AbGroup | null;
  /** held-back for want of a recipient: the fix to offer; otherwise null. */
  fix: EntryFix | null;
  /**
   * The values behind this program that are the team's choice, not the seed's (a catch-up window, a survey's
   * anchor), in words with their current value: the panel's "why" shows them labelled as such.
   */
  teamChoices: readonly string[];
}

export interface DueEntry extends EntryFields {
  state: 'due';
  date: IsoDate;
  nextStep: NextStep;
}

export interface UpcomingEntry extends EntryFields {
  state: 'upcoming';
  date: IsoDate;
  nextStep: NextStep;
}

export interface SentEntry extends EntryFields {
  state: 'sent';
  date: IsoDate;
  nextStep: null;
}

export interface HeldBackEntry extends EntryFields {
  state: 'held-back';
  date: IsoDate;
  nextStep: NextStep;
}

export interface NotEligibleEntry extends EntryFields {
  state: 'not-eligible';
  date: null;
  nextStep: null;
}

export interface UnknownEntry extends EntryFields {
  state: 'unknown';
  date: null;
  nextStep: null;
}

export interface UntrackedEntry extends EntryFields {
  state: 'untracked';
  date: null;
  nextStep: null;
}

export type PlanEntry = DueEntry | UpcomingEntry | NotEligibleEntry | SentEntry | HeldBackEntry | UnknownEntry | UntrackedEntry;

/** `churned`: no longer a customer, so the customer programs stopped: said once for the account. */
export type PlanWarningCode = 'contacts-unknown' | 'contacts-incomplete' | 'no-admin' | 'no-recipient' | 'opportunity-needs-admin' | 'churned';

export interface PlanWarning {
  code: PlanWarningCode;
  /** blocking: something must be fixed before work can go on (an opportunity cannot be approved). */
  severity: 'blocking' | 'warning';
  message: string;
  opportunity?: Opportunity;
}

export interface Plan {
  accountId: string;
  today: IsoDate;
  edition: Edition;
  /** Due first (oldest due date first), then upcoming by date, then unknown, held back, sent, not eligible, untracked. */
  entries: PlanEntry[];
  warnings: PlanWarning[];
}
