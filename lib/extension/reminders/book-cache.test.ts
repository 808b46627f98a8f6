import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Account } from '../../shared/accounts/account';
import { BOOK_CHUNK } from './book-cache';
import type { BookMeta } from '../../shared/book/book-records';
import { openRemindersDb } from './db/open';
import { SCHEMA_VERSION, UNDO_KEY } from './db/schema';
import { accountKeyOf, toEnrollment, toReminder, toSendRecord } from '../../shared/reminders/keys';
import { openRepository, type Repository } from './repository';
import { ACME, GLOBEX, freshDbName, onboarding } from './repository.test-support';

const ORG = 'gitlab.my.salesforce.com';
const USER = '005000000000001AAA';

const account = (i: number, org = ORG): Account => ({
  source: 'salesforce', org, id: `001BOOK${String(i).padStart(11, '0')}`, name: `Account ${i}`, fields: {}, unreadable: {},
  contacts: [{ id: `003BOOK${String(i).padStart(11, '0')}`, name: `Contact ${i}`, email: `c${i}@example.com`, roles: [], soldTo: true, enablementEnrollment: [], permission: null }],
  opportunities: [], programLogs: [],
});

const meta = (total: number, org = ORG): BookMeta => ({ org, asOf: '2026-11-23T09:00:00.000Z', total, user: { id: USER, name: 'Dana Whitfield' }, notes: [], calls: 7 });

let repo: Repository;
beforeEach(() => {
  repo = openRepository(freshDbName());
});
afterEach(() => repo.close());

describe('the cached book', () => {
  it('keeps a book of many accounts in chunks and gives it back whole, in order', async () => {
    const accounts = Array.from({ length: BOOK_CHUNK * 2 + 34 }, (_, i) => account(i));
    await repo.book.save({ meta: meta(accounts.length), accounts });
    const read = await repo.book.read(ORG, null);
    expect(read?.meta.total).toBe(accounts.length);
    expect(read?.accounts.map((a) => a.id)).toEqual(accounts.map((a) => a.id));
    expect(await repo.book.read('other.my.salesforce.com', null)).toBeNull();
  });

  it('replaces a book whole: a smaller new book leaves none of the old accounts behind, other orgs untouched', async () => {
    await repo.book.save({ meta: meta(1200), accounts: Array.from({ length: 1200 }, (_, i) => account(i)) });
    await repo.book.save({ meta: meta(3, 'uat.sandbox.my.salesforce.com'), accounts: [account(1, 'uat.sandbox.my.salesforce.com')] });
    await repo.book.save({ meta: meta(2), accounts: [account(7), account(8)] });
    expect((await repo.book.read(ORG, null))?.accounts.map((a) => a.name)).toEqual(['Account 7', 'Account 8']);
    expect((await repo.book.read('uat.sandbox.my.salesforce.com', null))?.accounts).toHaveLength(1);
    expect((await repo.book.list()).map((m) => m.org).sort()).toEqual([ORG, 'uat.sandbox.my.salesforce.com']);
  });

  it('keeps the lists a view planned, and drops them when a new book is saved', async () => {
    await repo.book.save({ meta: meta(1), accounts: [account(1)] });
    await repo.book.saveView({ org: ORG, user: USER, data: { planned: 'lists' } });
    expect(await repo.book.readView(ORG, null)).toEqual({ org: ORG, user: USER, data: { planned: 'lists' } });
    await repo.book.save({ meta: meta(2), accounts: [account(1), account(2)] });
    expect(await repo.book.readView(ORG, null)).toBeNull();
  });

  it('replaces one account after a role fix, and says when the book does not hold it', async () => {
    await repo.book.save({ meta: meta(700), accounts: Array.from({ length: 700 }, (_, i) => account(i)) });
    const fixed = account(650);
    fixed.contacts = [{ ...fixed.contacts![0]!, roles: ['GitLab Admin'] }];
    expect(await repo.book.replaceAccount(ORG, USER, fixed)).toBe(true);
    expect(await repo.book.replaceAccount(ORG, USER, account(9999))).toBe(false);
    const read = await repo.book.read(ORG, null);
    expect(read?.accounts[650]?.contacts?.[0]?.roles).toEqual(['GitLab Admin']);
    expect(read?.accounts).toHaveLength(700);
  });

  it('keeps one book per org and user: a second user\'s refresh leaves the first one\'s, and neither is read for the other', async () => {
    const other = { id: '005000000000002AAA', name: 'Omar Reyes' };
    await repo.book.save({ meta: meta(2), accounts: [account(1), account(2)] });
    await repo.book.save({ meta: { ...meta(1), user: other, asOf: '2026-11-24T09:00:00.000Z' }, accounts: [account(9)] });
    expect((await repo.book.read(ORG, USER))?.accounts.map((a) => a.name)).toEqual(['Account 1', 'Account 2']);
    // The 15-character form of a user id is the same user.
    expect((await repo.book.read(ORG, other.id.slice(0, 15)))?.accounts.map((a) => a.name)).toEqual(['Account 9']);
    expect(await repo.book.read(ORG, '005000000000003AAA')).toBeNull();
    // Nobody named (signed out): the book read last, as before.
    expect((await repo.book.read(ORG, null))?.meta.user).toEqual(other);
    expect((await repo.book.list()).map((m) => m.user.id).sort()).toEqual([USER, other.id]);
    await repo.book.saveView({ org: ORG, user: USER, data: 'mine' });
    expect(await repo.book.readView(ORG, other.id)).toBeNull();
    expect(await repo.book.replaceAccount(ORG, other.id, account(1))).toBe(false);
  });

  it('reads the recorded sends of many accounts at once, by account', async () => {
    await repo.recordSend({ ...onboarding(), step: 0, sentOn: '2026-11-03', how: 'marked' });
    await repo.recordSend({ ...onboarding({ account: GLOBEX }), step: 1, sentOn: '2026-11-04', how: 'marked' });
    const sends = await repo.sendsByAccount([accountKeyOf(GLOBEX), accountKeyOf({ source: 'salesforce', org: ORG, id: 'none' })]);
    expect([...sends.keys()]).toEqual([accountKeyOf(GLOBEX)]);
    expect(sends.get(accountKeyOf(GLOBEX))?.map((s) => [s.step, s.sentOn])).toEqual([[1, '2026-11-04']]);
    expect(sends.has(accountKeyOf(ACME))).toBe(false);
  });
});

describe('schema upgrade v3 → v4: the book cache beside the user\'s records', () => {
  const enrollment = toEnrollment({ ...onboarding(), startedOn: '2026-11-02', currentStep: 1, status: 'active' });
  const send = toSendRecord({ account: ACME, programId: 'net-new-onboarding', programName: 'Net-New Onboarding', step: 0, stepName: 'Welcome', sentOn: '2026-11-02', recipients: ['admin@acme.example'], how: 'detected' });
  const pending = toReminder({ account: ACME, programId: 'net-new-onboarding', programName: 'Net-New Onboarding', step: 1, stepName: 'Getting started', dueDate: '2026-11-09', recipients: ['admin@acme.example'], status: 'pending' });
  const snoozed = toReminder({ ...pending, account: GLOBEX, snoozedUntil: '2026-11-20' });
  const done = toReminder({ ...pending, step: 0, stepName: 'Welcome', dueDate: '2026-11-02', status: 'done', closedOn: '2026-11-02' });
  const undo = { action: 'snooze', label: 'snooze for Globex', touched: [{ store: 'reminders', key: snoozed.key, before: { ...snoozed, snoozedUntil: undefined, pendingDue: '2026-11-09' }, after: snoozed }] };

  async function writeV3(name: string): Promise<void> {
    const db = await openRemindersDb({ name, version: 3 });
    const tx = db.transaction(['enrollments', 'sendLog', 'reminders', 'undo'], 'readwrite');
    await Promise.all([
      tx.objectStore('enrollments').put(enrollment),
      tx.objectStore('sendLog').put(send),
      ...[pending, snoozed, done].map((r) => tx.objectStore('reminders').put(r)),
      tx.objectStore('undo').put(undo as never, UNDO_KEY),
      tx.done,
    ]);
    db.close();
  }

  it('keeps every enrollment, send, reminder and the undo record exactly as they were', async () => {
    const name = freshDbName();
    await writeV3(name);
    const upgraded = openRepository(name);
    const all = await upgraded.readAll();
    expect(all.enrollments).toEqual([enrollment]);
    expect(all.sendLog).toEqual([send]);
    expect([...all.reminders].sort((a, b) => a.key.localeCompare(b.key))).toEqual([pending, snoozed, done].sort((a, b) => a.key.localeCompare(b.key)));
    expect((await upgraded.listPending()).map((r) => [r.account.name, r.pendingDue])).toEqual([['Acme Corp', '2026-11-09'], ['Globex', '2026-11-20']]);
    expect(await upgraded.lastUndo()).toEqual({ action: 'snooze', label: 'snooze for Globex' });
    expect((await upgraded.forAccount(accountKeyOf(ACME))).reminders).toHaveLength(2);
    // The new stores are there, empty, and work.
    expect(await upgraded.book.list()).toEqual([]);
    await upgraded.book.save({ meta: meta(1), accounts: [account(1)] });
    expect((await upgraded.book.read(ORG, null))?.accounts).toHaveLength(1);
    expect((await upgraded.readAll()).reminders).toHaveLength(3);
    upgraded.close();

    const db = await openRemindersDb({ name });
    expect(db.version).toBe(SCHEMA_VERSION);
    db.close();
  });
});

describe('schema upgrade v4 → v5: My book keyed by org and user', () => {
  it("moves each org's book, its chunks and its lists under the user it was read for; the user's records stay as they were", async () => {
    const name = freshDbName();
    const db = await openRemindersDb({ name, version: 4 });
    const accounts = Array.from({ length: BOOK_CHUNK + 3 }, (_, i) => account(i));
    const v4Meta = meta(accounts.length);
    const tx = db.transaction(['bookMeta', 'bookPages', 'bookViews', 'sendLog'], 'readwrite');
    const send = toSendRecord({ account: ACME, programId: 'net-new-onboarding', programName: 'Net-New Onboarding', step: 0, stepName: 'Welcome', sentOn: '2026-11-02', recipients: [], how: 'marked' });
    // Untyped on purpose: v4's shapes, not today's.
    const put = (store: 'bookMeta' | 'bookPages' | 'bookViews', value: unknown) => tx.objectStore(store).put(value as never);
    await Promise.all([
      put('bookMeta', v4Meta),
      put('bookPages', { org: ORG, index: 0, accounts: accounts.slice(0, BOOK_CHUNK) }),
      put('bookPages', { org: ORG, index: 1, accounts: accounts.slice(BOOK_CHUNK) }),
      put('bookViews', { org: ORG, data: { meta: v4Meta, planned: 'lists' } }),
      tx.objectStore('sendLog').put(send),
      tx.done,
    ]);
    db.close();

    const upgraded = openRepository(name);
    const book = await upgraded.book.read(ORG, USER);
    expect(book?.meta).toEqual(v4Meta);
    expect(book?.accounts.map((a) => a.id)).toEqual(accounts.map((a) => a.id));
    expect(await upgraded.book.readView(ORG, USER)).toEqual({ org: ORG, user: USER, data: { meta: v4Meta, planned: 'lists' } });
    expect(await upgraded.book.read(ORG, '005000000000009AAA')).toBeNull();
    expect((await upgraded.readAll()).sendLog).toEqual([send]);
    upgraded.close();
  });
});
