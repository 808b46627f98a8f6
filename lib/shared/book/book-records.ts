import type { Account } from '../accounts/account';

/** The shapes My book's cache stores (book-cache.ts reads and writes them; db/schema.ts declares their stores). */

export interface BookMeta {
  /** The org's API host, lower-cased (Account.org of every account in it). */
  org: string;
  /** When the read that made this book finished (ISO instant). */
  asOf: string;
  /** How many accounts the book holds. */
  total: number;
  /** The Salesforce user the book was read for: the book is theirs alone (book-cache.ts). */
  user: { id: string; name: string | null };
  /** What the org lacks or what could not be applied, in the user's words. */
  notes: string[];
  /** API calls the read cost. */
  calls: number;
}

/**
 * The book's lists as the view last planned them, so the book opens with its rows at once and is
 * planned again behind them. Written by the view; its shape is the view's (lib/ui/book/view-cache.ts).
 */
export interface BookViewRecord {
  org: string;
  /** The Salesforce user id of the book the lists were planned from. */
  user: string;
  data: unknown;
}

export interface CachedBook {
  meta: BookMeta;
  accounts: Account[];
}

/**
 * The key part naming a book's user: Salesforce takes a 15-character id and its 18-character form for
 * the same user, so the (case-sensitive) first 15 characters are the key.
 */
export function readerOf(userId: string): string {
  return userId.slice(0, 15);
}
