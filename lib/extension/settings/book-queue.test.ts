import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readQueueMarks, readQueueUndo, saveQueueMarks, saveQueueUndo } from './book-queue';

beforeEach(() => fakeBrowser.reset());

const ORG = 'acme.my.salesforce.com';
const ANNA = { org: ORG, reader: '005000000000001' };
const BEN = { org: ORG, reader: '005000000000002' };
const marks = (kind: string) => ({ version: 1, marks: { 'a|p|0|2026-12-07': { kind, on: '2026-12-07', row: { accountId: 'a' } } } });

describe("My book's queue, kept per org and user", () => {
  it("moves an org's marks from before they were per user to the first user who opens its book, keeping them whole", async () => {
    await fakeBrowser.storage.local.set({ [`book.queue.${ORG}`]: marks('sent') });
    expect(await readQueueMarks(ANNA)).toEqual(marks('sent'));
    // Kept under the user now, and no longer under the org alone: a second user starts afresh.
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ [`book.queue.${ORG}|${ANNA.reader}`]: marks('sent') });
    expect(await readQueueMarks(BEN)).toBeNull();
    expect(await readQueueMarks(ANNA)).toEqual(marks('sent'));
  });

  it("keeps each user's marks apart, and never lets an org's older record overwrite a user's own", async () => {
    await saveQueueMarks(ANNA, marks('sent'));
    await saveQueueMarks(BEN, marks('skipped'));
    await fakeBrowser.storage.local.set({ [`book.queue.${ORG}`]: marks('snoozed') });
    expect(await readQueueMarks(ANNA)).toEqual(marks('sent'));
    expect(await readQueueMarks(BEN)).toEqual(marks('skipped'));
    expect(await readQueueMarks({ org: 'other.my.salesforce.com', reader: ANNA.reader })).toBeNull();
  });

  it('keeps the open undo entries in session storage only (never on disk), per user', async () => {
    await saveQueueUndo(ANNA, [{ id: 1 }]);
    expect(await readQueueUndo(ANNA)).toEqual([{ id: 1 }]);
    expect(await readQueueUndo(BEN)).toBeNull();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
