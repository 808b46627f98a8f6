/** The "My book" store's shape (store.ts builds it): what the view reads and the actions it calls. */
import type { StoreApi } from 'zustand/vanilla';
import type { Account, IsoDate } from '../../shared/accounts/account';
import type { MakeAdminResult } from '../panel/panel-backend';
import type { Settings } from '../../shared/settings/schema';
import type { BookOrg } from './book-backend';
import type { BookFailure, BookMeta, BookSignIn, RefreshProgress } from '../../shared/book/model';
import type { PastEmail } from './queue/fatigue';
import type { BookLists, DueRow } from './plan-book';

export type BookPhase = 'starting' | 'no-org' | 'loading' | 'ready';

export interface BookState {
  phase: BookPhase;
  orgs: BookOrg[];
  org: string | null;
  /** The cached book's facts (as-of time, user, notes, calls); null when none is shown. */
  meta: BookMeta | null;
  /** How many accounts the lists are made from. */
  accounts: number;
  lists: BookLists;
  /** A refresh running now: its progress. */
  refreshing: RefreshProgress | null;
  /** How the last refresh stopped, when it did not finish. */
  failure: BookFailure | null;
  /** The accounts shown are a stopped refresh's, not a saved book: the view says so. */
  partial: boolean;
  /** API calls of the last refresh, when it did not save a book (a saved one's are in `meta`). */
  lastCalls: number | null;
  /** What the last action did, in words (read out by a live region). */
  notice: string | null;
  /** Planning failed: the words to show. */
  error: string | null;
  /** The day the plans are made for, and the admin role value, from the planning inputs. */
  today: IsoDate;
  adminValue: string;
  /** The book's settings the plans were made with (the queue's calendar and fatigue guard). */
  bookSettings: Settings['book'];
  /** An account's past program emails: recorded sends and its Program Logs (the fatigue guard). */
  pastEmails(accountId: string): readonly PastEmail[];
  /** Sends were recorded (or undone) for these accounts (by id): read their sends again and plan them again. */
  recorded(accountIds: readonly string[]): Promise<void>;
  filter: string;
  /** Who the org said is signed in when the book opened; null until it answered. */
  signIn: BookSignIn | null;
  setFilter(filter: string): void;
  /** Opens the org's book; `afterSessionChange`: its session just changed, so it is read again when signed in. */
  chooseOrg(org: string, afterSessionChange?: boolean): Promise<void>;
  refresh(): Promise<void>;
  cancel(): Promise<void>;
  markSent(row: DueRow): Promise<void>;
  start(row: DueRow): Promise<void>;
  makeAdmin(account: Account, contactId: string): Promise<MakeAdminResult>;
  openAccount(account: Account): Promise<void>;
}

export type BookStore = StoreApi<BookState>;
