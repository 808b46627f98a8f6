/**
 * The book's refresh and role fix in the background, against the sandbox over real HTTPS: one refresh
 * at a time, cancel, a stop that keeps the cached book, and a fix accepted only inside the cached book.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { gitlabAdmins } from '../../shared/accounts/account';
import type { MessageSender } from '../../shared/messaging/protocol';
import { repository } from '../../extension/reminders/repository';
import { clearDescribeMemory } from '../salesforce/describe';
import type { CookieAccess } from '../salesforce/session';
import { sandboxFetchFor } from '../../../test/sandbox/salesforce/node-fetch';
import { createSession } from '../../../test/sandbox/salesforce/session';
import { startSandbox, type Sandbox } from '../../../test/sandbox/server';
import type { FromBook } from '../../shared/book/model';
import { bookHandlersWith } from './handlers';
import { startRefresh, watchBook, type RefreshDeps } from './refresh';

const ORG = 'gitlab.my.salesforce.com';
const FROM_PAGE: MessageSender = { fromExtensionPage: true };
let sandbox: Sandbox;
let sid = '';

const cookies: CookieAccess = {
  getCookie: async () => null,
  getAllCookies: async () => (sid ? [{ domain: ORG, value: sid }] : []),
  tabCookieStoreId: async () => undefined,
  cookieStores: async () => [],
};
const deps = (): RefreshDeps => ({ client: { cookies, client: { apiVersion: '66.0', fetch: sandboxFetchFor(sandbox.port), sleep: async () => undefined } } });

beforeAll(async () => {
  sandbox = await startSandbox({ today: '2026-11-23', salesforcePageSize: 3, dataDelayMs: 0 });
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  sandbox.reset();
  fakeBrowser.reset();
  clearDescribeMemory();
  sid = createSession(sandbox.state, ORG, 'digital-success@gitlab.example').sid;
  await repository().destroy();
});

function listen(): FromBook[] {
  const heard: FromBook[] = [];
  watchBook(ORG, (message) => heard.push(message));
  return heard;
}

const digitalAccounts = () => sandbox.state.accounts.filter((a) => !a.account.fields.csm);

describe('refreshing the book', () => {
  it('saves the whole book with its as-of time and API calls, and never runs twice at once', async () => {
    const heard = listen();
    const first = startRefresh(ORG, deps());
    const second = startRefresh(ORG, deps());
    expect([first.started, second.started]).toEqual([true, false]);
    await first.done;
    const saved = await repository().book.read(ORG, null);
    expect(saved?.accounts.map((a) => a.id).sort()).toEqual(digitalAccounts().map((a) => a.salesforceId).sort());
    expect(saved?.meta).toMatchObject({ org: ORG, total: digitalAccounts().length, user: { name: 'Digital Success' } });
    expect(saved?.meta.calls).toBeGreaterThan(4);
    const finished = heard.find((m) => m.type === 'finished');
    expect(finished).toMatchObject({ outcome: 'saved', meta: { calls: saved?.meta.calls } });
    const streamed = heard.flatMap((m) => (m.type === 'accounts' ? m.accounts : []));
    expect(streamed).toHaveLength(digitalAccounts().length);
  });

  it('keeps the cached book when the session ends in the middle, and says why to a view opened later', async () => {
    // Jordan Kim's book has an account of 64 contacts: its child list is still being paged when the session ends.
    sid = createSession(sandbox.state, ORG, 'jkim@gitlab.example').sid;
    await startRefresh(ORG, deps()).done;
    const before = await repository().book.read(ORG, null);
    const heard: FromBook[] = [];
    const stop = watchBook(ORG, (message) => {
      heard.push(message);
      if (message.type === 'accounts') sandbox.state.sessions.clear();
    });
    await startRefresh(ORG, deps()).done;
    stop();
    expect(heard.at(-1)).toMatchObject({
      type: 'finished', outcome: 'failed',
      failure: { message: 'Your Salesforce session has expired. Sign in to Salesforce again, then retry.', signInUrl: `https://${ORG}/` },
    });
    expect(await repository().book.read(ORG, null)).toEqual(before);
    expect(listen()[0]).toMatchObject({ type: 'state', run: null, failure: { message: expect.stringContaining('expired') } });
  });

  it('stops cleanly on REQUEST_LIMIT_EXCEEDED with the plain message', async () => {
    sandbox.state.switches.requestLimit = true;
    const heard = listen();
    await startRefresh(ORG, deps()).done;
    expect(heard.at(-1)).toMatchObject({ outcome: 'failed', failure: { message: 'Your Salesforce org has used its daily API request limit. Try again later.' } });
    expect(await repository().book.read(ORG, null)).toBeNull();
  });

  it('can be cancelled: nothing is saved and the views are told', async () => {
    const heard = listen();
    const run = startRefresh(ORG, deps());
    await bookHandlersWith(deps())['book.cancel']({ org: ORG }, FROM_PAGE);
    await run.done;
    expect(heard.at(-1)).toMatchObject({ type: 'finished', outcome: 'cancelled' });
    expect(await repository().book.read(ORG, null)).toBeNull();
  });
});

describe('the role fix from the book', () => {
  const meridian = () => sandbox.state.accounts.find((a) => a.key === 'meridian-sold-to-only')!;

  it('adds the admin role in Salesforce for a contact of an account in the cached book, and updates the cache', async () => {
    await startRefresh(ORG, deps()).done;
    const heard = listen();
    const soldTo = meridian().account.contacts!.find((c) => c.soldTo)!;
    const result = await bookHandlersWith(deps())['book.makeAdmin']({ org: ORG, accountId: meridian().salesforceId, contactId: soldTo.id! }, FROM_PAGE);
    expect(result.ok).toBe(true);
    expect(gitlabAdmins(meridian().account).map((c) => c.id)).toEqual([soldTo.id]);
    const cached = (await repository().book.read(ORG, null))!.accounts.find((a) => a.id === meridian().salesforceId)!;
    expect(gitlabAdmins(cached).map((c) => c.name)).toEqual([soldTo.name]);
    expect(heard.some((m) => m.type === 'account' && m.account.id === meridian().salesforceId)).toBe(true);
  });

  it('refuses a contact that is not on an account of the cached book, changing nothing', async () => {
    await startRefresh(ORG, deps()).done;
    const elsewhere = sandbox.state.accounts.find((a) => a.account.fields.csm === 'Jordan Kim')!;
    const contact = elsewhere.account.contacts![0]!;
    const handlers = bookHandlersWith(deps());
    const wrongAccount = await handlers['book.makeAdmin']({ org: ORG, accountId: elsewhere.salesforceId, contactId: contact.id! }, FROM_PAGE);
    const mixed = await handlers['book.makeAdmin']({ org: ORG, accountId: meridian().salesforceId, contactId: contact.id! }, FROM_PAGE);
    const otherOrg = await handlers['book.makeAdmin']({ org: 'acme.my.salesforce.com', accountId: meridian().salesforceId, contactId: meridian().account.contacts![0]!.id! }, FROM_PAGE);
    for (const answer of [wrongAccount, mixed, otherOrg]) expect(answer).toMatchObject({ ok: false, error: { message: expect.stringContaining('not on an account of your book') } });
    expect(sandbox.state.patches).toEqual([]);
  });
});
