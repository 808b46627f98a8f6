/**
 * The cached "My book" of each Salesforce org and user, in the reminders database (schema v5): one meta
 * record per org and user (when it was read, what the org lacked) and the accounts in chunks, so a book
 * of thousands of accounts is a few large reads instead of thousands of small ones. Keyed by org *and*
 * the user it was read for, so another user's refresh never replaces it, and another user is never
 * handed it: reading needs the reader. A cache, not data the user made: the backup leaves it out and a
 * refresh rewrites it whole.
 */
import type { Account } from '../../shared/accounts/account';
import type { RemindersConnection } from './db/open';
import { readerOf, type BookMeta, type BookViewRecord, type CachedBook } from '../../shared/book/book-records';
import { writeFailure } from '../../shared/reminders/errors';


/** Accounts per stored chunk: large enough that a 5,000-account book is ten reads. */
export const BOOK_CHUNK = 500;

/**
 * Whose book: a Salesforce user id (15 or 18 characters). `null` only where nobody can be named (signed
 * out, or the org would not say): then the org's most recently read book, the one shown before.
 */
export type BookReader = string | null;

export interface BookCache {
  read(org: string, reader: BookReader): Promise<CachedBook | null>;
  /** Replaces the book of its org and user in one transaction: a reader sees the old book or the new one, never a mix. */
  save(book: CachedBook): Promise<void>;
  /** Replaces one account of a user's book (after a role fix); false when the book does not hold it. */
  replaceAccount(org: string, reader: string, account: Account): Promise<boolean>;
  /** The cached books, one per org and user. */
  list(): Promise<BookMeta[]>;
  readView(org: string, reader: BookReader): Promise<BookViewRecord | null>;
  saveView(view: BookViewRecord): Promise<void>;
  /**
   * Deletes every book read before `cutoff` (an ISO instant), with its lists: the retention limit for
   * cached contacts (Options → Data). Returns the orgs whose book (of some user) went.
   */
  dropReadBefore(cutoff: string): Promise<string[]>;
}

const chunkRange = (org: string, reader: string) => IDBKeyRange.bound([org, reader, 0], [org, reader, Number.MAX_SAFE_INTEGER]);
const orgRange = (org: string) => IDBKeyRange.bound([org, ''], [org, '\uffff']);
const withoutReader = <T extends { reader?: string }>({ reader: _reader, ...rest }: T): Omit<T, 'reader'> => rest;

/** The reader a null asks for: whoever's book of the org was read last. */
async function latestReader(db: RemindersConnection, org: string): Promise<string | null> {
  const metas = await db.getAll('bookMeta', orgRange(org));
  return metas.sort((a, b) => b.asOf.localeCompare(a.asOf))[0]?.reader ?? null;
}

export function bookCacheOf(db: () => Promise<RemindersConnection>): BookCache {
  const resolve = async (org: string, reader: BookReader) => (reader === null ? latestReader(await db(), org) : readerOf(reader));
  return {
    async read(org, reader) {
      const who = await resolve(org, reader);
      if (who === null) return null;
      const tx = (await db()).transaction(['bookMeta', 'bookPages']);
      const [meta, chunks] = await Promise.all([tx.objectStore('bookMeta').get([org, who]), tx.objectStore('bookPages').getAll(chunkRange(org, who))]);
      if (!meta) return null;
      return { meta: withoutReader(meta), accounts: chunks.sort((a, b) => a.index - b.index).flatMap((chunk) => chunk.accounts) };
    },

    async save({ meta, accounts }) {
      const reader = readerOf(meta.user.id);
      const tx = (await db()).transaction(['bookMeta', 'bookPages', 'bookViews'], 'readwrite');
      try {
        const pages = tx.objectStore('bookPages');
        await pages.delete(chunkRange(meta.org, reader));
        // The lists planned from the old book go with it.
        const writes: Promise<unknown>[] = [tx.objectStore('bookMeta').put({ ...meta, reader }), tx.objectStore('bookViews').delete([meta.org, reader])];
        for (let start = 0; start < accounts.length; start += BOOK_CHUNK) {
          writes.push(pages.put({ org: meta.org, reader, index: start / BOOK_CHUNK, accounts: accounts.slice(start, start + BOOK_CHUNK) }));
        }
        await Promise.all([...writes, tx.done]);
      } catch (error) {
        tx.done.catch(() => undefined);
        throw writeFailure(error);
      }
    },

    async replaceAccount(org, reader, account) {
      const tx = (await db()).transaction('bookPages', 'readwrite');
      for (let cursor = await tx.store.openCursor(chunkRange(org, readerOf(reader))); cursor; cursor = await cursor.continue()) {
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
      return (await (await db()).getAll('bookMeta')).map(withoutReader);
    },

    async readView(org, reader) {
      const who = await resolve(org, reader);
      const view = who === null ? undefined : await (await db()).get('bookViews', [org, who]);
      return view ? withoutReader(view) : null;
    },

    async dropReadBefore(cutoff) {
      const tx = (await db()).transaction(['bookMeta', 'bookPages', 'bookViews'], 'readwrite');
      const old = (await tx.objectStore('bookMeta').getAll()).filter((meta) => !(meta.asOf >= cutoff));
      await Promise.all([
        ...old.flatMap(({ org, reader }) => [
          tx.objectStore('bookMeta').delete([org, reader]), tx.objectStore('bookPages').delete(chunkRange(org, reader)), tx.objectStore('bookViews').delete([org, reader]),
        ]),
        tx.done,
      ]);
      return [...new Set(old.map((meta) => meta.org))];
    },

    async saveView(view) {
      await (await db()).put('bookViews', { ...view, reader: readerOf(view.user) }).catch((error: unknown) => {
        throw writeFailure(error);
      });
    },
  };
}
