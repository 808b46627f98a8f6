/**
 * My book's queue as kept in the browser, per org and Salesforce user (the book itself is per user, so
 * two CSMs sharing a browser profile each see their own day): the marks (lib/ui/book/queue/marks.ts) in
 * storage.local, so the day's progress survives a reload and a restart; the open undo entries
 * (lib/ui/book/queue/undo.ts) in storage.session, so they survive a reload of the panel until their own
 * time ends, and never reach the disk. Both are validated by their readers.
 */
import { storage } from 'wxt/utils/storage';

export interface QueueOwner {
  /** The org's API host. */
  org: string;
  /** The user's key part (readerOf: the first 15 characters of the Salesforce user id). */
  reader: string;
}

const ownerKey = ({ org, reader }: QueueOwner) => `${org}|${reader}`;

const marksItem = (owner: QueueOwner) => storage.defineItem<unknown>(`local:book.queue.${ownerKey(owner)}`, { fallback: null });

/** Until marks were kept per user: one record per org, whoever was signed in. */
const orgMarksItem = (org: string) => storage.defineItem<unknown>(`local:book.queue.${org}`, { fallback: null });

const undoItem = (owner: QueueOwner) => storage.defineItem<unknown>(`session:book.undo.${ownerKey(owner)}`, { fallback: null });

/**
 * The user's marks of the org. An org's marks from before they were per user move to the first user
 * who opens that org's book: they were made in this browser on that org's book, and before this version
 * one browser profile showed one user's book per org. Moved, not copied, so a second user starts afresh.
 */
export async function readQueueMarks(owner: QueueOwner): Promise<unknown> {
  const mine = await marksItem(owner).getValue();
  if (mine !== null) return mine;
  const earlier = await orgMarksItem(owner.org).getValue();
  if (earlier === null) return null;
  await marksItem(owner).setValue(earlier);
  await orgMarksItem(owner.org).removeValue();
  return earlier;
}

export const saveQueueMarks = (owner: QueueOwner, marks: unknown): Promise<void> => marksItem(owner).setValue(marks);

export const readQueueUndo = (owner: QueueOwner): Promise<unknown> => undoItem(owner).getValue();

export const saveQueueUndo = (owner: QueueOwner, entries: unknown): Promise<void> => undoItem(owner).setValue(entries);
