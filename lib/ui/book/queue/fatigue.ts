/**
 * The fatigue guard: no contact gets more than N program emails in D days. The seeds set no limit, so
 * N and D are the team's choice (settings.book.fatigueEmails / fatigueDays). A send that would cross the
 * limit is not hidden: its row says so, with the first day it would be fine.
 */
import type { IsoDate } from '../../../shared/accounts/account';
import { addDays } from '../../../shared/dates/iso';
import type { Settings } from '../../../shared/settings/schema';

export interface FatigueRule {
  maxEmails: number;
  days: number;
}

/** An email a program sent: from the recorded sends or the account's Program Logs. */
export interface PastEmail {
  sentOn: IsoDate;
  recipients: readonly string[];
}

export interface FatigueHit {
  /** The contact who would get one email too many (as the row names recipients). */
  contact: string;
  /** Program emails the contact got in the D days up to the send's day. */
  count: number;
  /** The first day the send would not cross the limit. */
  fineFrom: IsoDate;
}

export function fatigueRuleOf(book: Pick<Settings['book'], 'fatigueEmails' | 'fatigueDays'>): FatigueRule | null {
  return book.fatigueEmails === 'off' ? null : { maxEmails: Number(book.fatigueEmails), days: Number(book.fatigueDays) };
}

const contactKey = (name: string) => name.trim().toLowerCase();

/** Each contact's email dates, newest first: made once per account, asked once per row. */
export function emailsByContact(history: Iterable<PastEmail>): Map<string, IsoDate[]> {
  const byContact = new Map<string, IsoDate[]>();
  for (const email of history) {
    for (const recipient of new Set(email.recipients.map(contactKey))) {
      const dates = byContact.get(recipient);
      if (dates) dates.push(email.sentOn);
      else byContact.set(recipient, [email.sentOn]);
    }
  }
  for (const dates of byContact.values()) dates.sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
  return byContact;
}

/**
 * Whether sending to `recipients` on `day` would give a contact more than the rule allows in the window
 * of D days ending on `day`; the contact that frees up last decides the day it becomes fine.
 */
export function fatigueOf(recipients: readonly string[], day: IsoDate, byContact: ReadonlyMap<string, readonly IsoDate[]>, rule: FatigueRule): FatigueHit | null {
  const windowStart = addDays(day, -(rule.days - 1));
  let worst: FatigueHit | null = null;
  for (const recipient of recipients) {
    const dates = (byContact.get(contactKey(recipient)) ?? []).filter((d) => d <= day);
    const count = dates.filter((d) => d >= windowStart).length;
    if (count < rule.maxEmails) continue;
    // With the send, the window must hold at most N emails: the N-th newest one must have left it.
    const fineFrom = addDays(dates[rule.maxEmails - 1]!, rule.days);
    if (!worst || fineFrom > worst.fineFrom) worst = { contact: recipient, count, fineFrom };
  }
  return worst;
}
