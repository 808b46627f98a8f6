/**
 * What the background tells the "My book" view over its Port, in plain shapes (no Salesforce REST
 * types): the accounts as a refresh reads them, its progress, and how it ended.
 */
import type { Account } from '../accounts/account';
import type { BookMeta } from './book-records';

export type { BookMeta, CachedBook } from './book-records';

/** The port a book view opens to the background. */
export const BOOK_PORT = 'book';

export interface RefreshProgress {
  /** Accounts read so far. */
  read: number;
  /** Accounts the query matches; null until the first page answered. */
  total: number | null;
  /** API calls made so far (each counts against the org's daily limit). */
  calls: number;
}

export interface BookFailure {
  /** What happened and what to do, in plain words. */
  message: string;
  /** Signing in again is the remedy: the view links to the org's sign-in page. */
  signInUrl?: string;
}

export type ToBook = { type: 'watch'; org: string };

export type FromBook =
  /** Sent when a view starts watching an org: whether a refresh runs, and how the last one failed. */
  | { type: 'state'; org: string; run: number | null; progress: RefreshProgress | null; failure: BookFailure | null }
  /** Accounts a running refresh read (on watching: every account it read so far). */
  | { type: 'accounts'; org: string; run: number; accounts: Account[]; progress: RefreshProgress }
  | { type: 'finished'; org: string; run: number; outcome: 'saved'; meta: BookMeta }
  | { type: 'finished'; org: string; run: number; outcome: 'failed'; failure: BookFailure; calls: number }
  | { type: 'finished'; org: string; run: number; outcome: 'cancelled'; calls: number }
  /** One account changed (a role fix from the book). */
  | { type: 'account'; org: string; account: Account }
  /** The org's session changed (sign-in, sign-out, another user): the view re-checks who is signed in. */
  | { type: 'session'; org: string };

/**
 * Who is signed in to an org now: a user (by their Salesforce id), nobody, or someone the org would not
 * name (an expired session, the API refused). A cached book is shown only to its own user, or, when
 * nobody can be named, as the book read before.
 */
export type BookSignIn = { kind: 'user'; id: string; name: string | null } | { kind: 'signed-out' } | { kind: 'unknown'; message: string };

/** The cached book may be shown to whoever is signed in now: its own user, or nobody the org could name. */
export function bookIsFor(meta: { user: { id: string } }, signIn: BookSignIn): boolean {
  return signIn.kind !== 'user' || sameUser(meta.user.id, signIn.id);
}

/** Whose cached book to read: the signed-in user's; null (the org's last read) only when nobody can be named. */
export function readerFor(signIn: BookSignIn): string | null {
  return signIn.kind === 'user' ? signIn.id : null;
}

/** Salesforce treats a 15-character id and its 18-character form as the same record. */
export function sameUser(a: string, b: string): boolean {
  return a.length >= 15 && b.length >= 15 && a.slice(0, 15) === b.slice(0, 15);
}

export type RefreshAnswer = { started: boolean } | { started: false; message: string };
