/**
 * The book's messages: refresh, cancel, and the role fix. Extension pages only (not in PAGE_MESSAGES).
 * The fix is accepted only for a contact of an account in the cached book of that org: the view names
 * the account and the contact, and the background checks both against what it read itself.
 */
import type { Account, Contact } from '../../shared/accounts/account';
import type { CachedBook } from '../../shared/book/book-records';
import type { Handlers } from '../../shared/messaging/protocol';
import { repository } from '../../extension/reminders/repository';
import { salesforceError, type SalesforceError } from '../../shared/salesforce/errors';
import { isSalesforceApiHost } from '../../shared/salesforce/hosts';
import { clientForApiHost } from '../salesforce/org-client';
import type { RefreshDeps } from './refresh';
import { makeGitLabAdmin } from '../salesforce/role-fix';
import { loadSettings } from '../../extension/settings/stored-settings';
import { cancelRefresh, noteFixedAccount, startRefresh } from './refresh';
import { whoAmI } from './who-am-i';
import { sameUser } from '../../shared/book/model';

type BookMessage = 'book.refresh' | 'book.cancel' | 'book.makeAdmin' | 'book.whoAmI';

const orgOf = (payload: unknown): string | null => {
  const org = (payload as { org?: unknown } | null)?.org;
  return typeof org === 'string' && isSalesforceApiHost(org) ? org.toLowerCase() : null;
};

/** Salesforce treats a 15-character id and its 18-character form as the same record. */
const sameId = (a: unknown, b: unknown) => typeof a === 'string' && typeof b === 'string' && a.length >= 15 && b.length >= 15 && a.slice(0, 15) === b.slice(0, 15);

const OTHER_USER = (name: string | null) =>
  `This book was read for ${name ?? 'another Salesforce user'}, and you are signed in as someone else now. Refresh the book to read your own, then try again.`;

const NOT_IN_BOOK = 'That contact is not on an account of your book as it was last read. Refresh the book, then try again.';

type FixTarget = { account: Account; contact: Contact & { id: string } } | { error: SalesforceError };

/** The account and contact of the signed-in user's book a fix names; else why not, in their words. */
async function fixTarget(org: string, me: string, payload: { accountId?: unknown; contactId?: unknown } | null): Promise<FixTarget> {
  const inBook = (book: CachedBook | null) => {
    const account = book?.accounts.find((a) => sameId(a.id, payload?.accountId));
    const contact = account?.contacts?.find((c) => sameId(c.id, payload?.contactId));
    return account && contact?.id ? { account, contact: { ...contact, id: contact.id } } : null;
  };
  const mine = inBook(await repository().book.read(org, me));
  if (mine) return mine;
  // Said plainly when the contact is in the book another user read last: they should refresh their own.
  const last = await repository().book.read(org, null);
  if (last && !sameUser(last.meta.user.id, me) && inBook(last)) return { error: salesforceError('no-access', { message: OTHER_USER(last.meta.user.name) }) };
  return { error: salesforceError('not-found', { message: NOT_IN_BOOK }) };
}

/** `deps`: how to reach Salesforce (tests give the sandbox's cookies and fetch). */
export function bookHandlersWith(deps: RefreshDeps = {}): Pick<Handlers, BookMessage> {
  return {
    async 'book.refresh'(payload) {
      const org = orgOf(payload);
      if (!org) return { started: false, message: 'That is not the address of a Salesforce org (…my.salesforce.com).' };
      return { started: startRefresh(org, deps).started };
    },

    async 'book.whoAmI'(payload) {
      const org = orgOf(payload);
      if (!org) return { kind: 'unknown', message: 'That is not the address of a Salesforce org (…my.salesforce.com).' };
      const client = await clientForApiHost(org, deps.client);
      if (!client.ok) return client.error.kind === 'not-signed-in' ? { kind: 'signed-out' } : { kind: 'unknown', message: client.error.message };
      const me = await whoAmI(client.data);
      return me.ok ? { kind: 'user', id: me.data.id, name: me.data.name } : { kind: 'unknown', message: me.error.message };
    },

    async 'book.cancel'(payload) {
      const org = orgOf(payload);
      return { cancelled: org ? cancelRefresh(org) : false };
    },

    async 'book.makeAdmin'(payload) {
      const org = orgOf(payload);
      // No book of the org at all: nothing to act from, and no reason to ask Salesforce anything.
      const cached = org ? await repository().book.list() : [];
      if (!org || !cached.some((meta) => meta.org === org)) return { ok: false, error: salesforceError('not-found', { message: NOT_IN_BOOK }) };
      const client = await clientForApiHost(org, deps.client);
      if (!client.ok) return client;
      // The book is its reader's: only the signed-in user's own book is searched, so another user
      // signed in since can never act from it.
      const me = await whoAmI(client.data);
      if (!me.ok) return me;
      const found = await fixTarget(org, me.data.id, payload);
      if ('error' in found) return { ok: false, error: found.error };
      const { account, contact } = found;
      const result = await makeGitLabAdmin(client.data, contact.id, (await loadSettings()).salesforce);
      if (result.ok) {
        const changed: Account = { ...account, contacts: account.contacts!.map((c) => (c.id === contact.id ? { ...c, roles: result.data.roles } : c)) };
        // Salesforce has the change whatever the cache does; a failed cache write only leaves the book stale.
        await repository().book.replaceAccount(org, me.data.id, changed).catch(() => false);
        noteFixedAccount(org, changed, contact.id, result.data.roles);
      }
      return result;
    },
  };
}

export const bookHandlers = bookHandlersWith();
