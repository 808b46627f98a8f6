/**
 * v4 → v5: My book's cache keyed by org and user instead of by org alone, so one user's refresh no
 * longer replaces another's book and a book is read only for its own user. Each v4 book moves under the
 * user its meta says it was read for; a view whose meta does not name its user is left out (it is
 * planned again from the book on opening). Written against v4's stores as they were (untyped).
 */
import { readerOf } from '../../../shared/book/book-records';
import type { IDBPDatabase, IDBPTransaction } from 'idb';

type UpgradeDb = IDBPDatabase<unknown>;
type UpgradeTransaction = IDBPTransaction<unknown, ArrayLike<string>, 'versionchange'>;

interface V4Meta {
  org: string;
  user?: { id?: unknown };
}
interface V4Page {
  org: string;
  index: number;
  accounts: unknown[];
}
interface V4View {
  org: string;
  data?: { meta?: { user?: { id?: unknown } } };
}

const idOf = (user: { id?: unknown } | undefined): string | null => (typeof user?.id === 'string' && user.id.length >= 15 ? readerOf(user.id) : null);

export async function keyBooksByReader(db: UpgradeDb, tx: UpgradeTransaction): Promise<void> {
  const metas = (await tx.objectStore('bookMeta').getAll()) as V4Meta[];
  const pages = (await tx.objectStore('bookPages').getAll()) as V4Page[];
  const views = (await tx.objectStore('bookViews').getAll()) as V4View[];
  for (const name of ['bookMeta', 'bookPages', 'bookViews']) db.deleteObjectStore(name);
  const metaStore = db.createObjectStore('bookMeta', { keyPath: ['org', 'reader'] });
  const pageStore = db.createObjectStore('bookPages', { keyPath: ['org', 'reader', 'index'] });
  const viewStore = db.createObjectStore('bookViews', { keyPath: ['org', 'reader'] });
  const readers = new Map<string, string>();
  const writes: Promise<unknown>[] = [];
  for (const meta of metas) {
    const reader = idOf(meta.user);
    // A v4 book that does not name its user cannot be given to anyone: it is read again.
    if (!reader) continue;
    readers.set(meta.org, reader);
    writes.push(tx.objectStore(metaStore.name).put({ ...meta, reader }));
  }
  for (const page of pages) {
    const reader = readers.get(page.org);
    if (reader) writes.push(tx.objectStore(pageStore.name).put({ ...page, reader }));
  }
  for (const view of views) {
    const user = view.data?.meta?.user;
    const reader = idOf(user);
    if (reader && reader === readers.get(view.org)) writes.push(tx.objectStore(viewStore.name).put({ ...view, user: user!.id, reader }));
  }
  await Promise.all(writes);
}
