/**
 * The cached "My book" of each Salesforce org, in the reminders database (schema v4): one meta record
 * per org (when it was read, for whom, what the org lacked) and the accounts in chunks, so a book of
 * thousands of accounts is a few large reads instead of thousands of small ones. A cache, not data the
 * user made: the backup leaves it out and a refresh rewrites it whole.
 */
import type { Account } from '../../shared/accounts/account';
import type { RemindersConnection } from './db/open';
import type { BookMeta, BookViewRecord, CachedBook } from '../../shared/book/book-records';
import { writeFailure } from '../../shared/reminders/errors';


/** Accounts per stored chunk: large enough that a 5,000-account book is ten reads. */
export const BOOK_CHUNK = 500;

export interface BookCache {
  read(org: string): Promise<CachedBook | null>;
  /** Replaces the org's book in one transaction: a reader sees the old book or the new one, never a mix. */
  save(book: CachedBook): Promise<void>;
  /** Replaces one account of the org's book (after a role fix); false when the book does not hold it. */
  replaceAccount(org: string, account: Account): Promise<boolean>;
  /** The orgs with a cached book. */
  list(): Promise<BookMeta[]>;
  readView(org: string): Promise<BookViewRecord | null>;
  saveView(view: BookViewRecord): Promise<void>;
  /**
   * Deletes every org's book read before `cutoff` (an ISO instant), with its lists: the retention
   * limit for cached contacts (Options → Data). Returns the orgs whose book went.
   */
  dropReadBefore(cutoff: string): Promise<string[]>;
}

const chunkRange = (org: string) => IDBKeyRange.bound([org, 0], [org, Number.MAX_SAFE_INTEGER]);

export function bookCacheOf(db: () => Promise<RemindersConnection>): BookCache {
  return {
    async read(org) {
      const tx = (await db()).transaction(['bookMeta', 'bookPages']);
      const [meta, chunks] = await Promise.all([tx.objectStore('bookMeta').get(org), tx.objectStore('bookPages').getAll(chunkRange(org))]);
      if (!meta) return null;
      return { meta, accounts: chunks.sort((a, b) => a.index - b.index).flatMap((chunk) => chunk.accounts) };
    },

    async save({ meta, accounts }) {
      const tx = (await db()).transaction(['bookMeta', 'bookPages', 'bookViews'], 'readwrite');
      try {
        const pages = tx.objectStore('bookPages');
        await pages.delete(chunkRange(meta.org));
        // The lists planned from the old book go with it.
        const writes: Promise<unknown>[] = [tx.objectStore('bookMeta').put(meta), tx.objectStore('bookViews').delete(meta.org)];
        for (let start = 0; start < accounts.length; start += BOOK_CHUNK) {
          writes.push(pages.put({ org: meta.org, index: start / BOOK_CHUNK, accounts: accounts.slice(start, start + BOOK_CHUNK) }));
        }
        await Promise.all([...writes, tx.done]);
      } catch (error) {
        tx.done.catch(() => undefined);
        throw writeFailure(error);
      }
    },

    async replaceAccount(org, account) {
      const tx = (await db()).transaction('bookPages', 'readwrite');
      for (let cursor = await tx.store.openCursor(chunkRange(org)); cursor; cursor = await cursor.continue()) {
        const at = cursor.value.accounts.findIndex((a) => a.id === account.id);
        if (at < 0) continue;
        const accounts = cursor.value.accounts.slice();
        accounts[at] = account;
        await cursor.update({ ...cursor.value, accounts });
        await tx.done;
        return true;
      }
      await tx.done;
      return false;
    },

    async list() {
      return (await db()).getAll('bookMeta');
    },

    async readView(org) {
      return (await (await db()).get('bookViews', org)) ?? null;
    },

    async dropReadBefore(cutoff) {
      const tx = (await db()).transaction(['bookMeta', 'bookPages', 'bookViews'], 'readwrite');
      const old = (await tx.objectStore('bookMeta').getAll()).filter((meta) => !(meta.asOf >= cutoff)).map((meta) => meta.org);
      await Promise.all([
        ...old.flatMap((org) => [tx.objectStore('bookMeta').delete(org), tx.objectStore('bookPages').delete(chunkRange(org)), tx.objectStore('bookViews').delete(org)]),
        tx.done,
      ]);
      return old;
    },

    async saveView(view) {
      await (await db()).put('bookViews', view).catch((error: unknown) => {
        throw writeFailure(error);
      });
    },
  };
}
