/**
 * Reads "My book" through the REST API, in the background: who the user is, what the org has
 * (describe first), then ONE Account query with Contacts and Opportunities as child subqueries. The
 * parent's pages and each child list's own pages are followed by their `nextRecordsUrl`; accounts are
 * handed on as soon as they are whole, so the first screenful shows while later pages load.
 *
 * A failure about the session or the org (401, 403, REQUEST_LIMIT_EXCEEDED) stops the whole read, and
 * so does a parent page that cannot be read: a book missing accounts is never passed off as whole. A
 * child list that cannot be finished for another reason marks that account's contacts as partial.
 */
import type { Account } from '../../shared/accounts/account';
import { MAX_CONTACT_PAGES, MAX_CONTACT_ROWS, missingFieldNote } from '../salesforce/fetch-account';
import { lightningHostOf } from '../../shared/salesforce/hosts';
import type { QueryPage, SalesforceClient } from '../salesforce/client';
import { createDescriber, type Describer } from '../salesforce/describe';
import { salesforceError, type SalesforceResult } from '../../shared/salesforce/errors';
import { fieldNamedBy } from '../salesforce/query-existing';
import type { SalesforceRecord } from '../../shared/salesforce/types';
import type { Settings } from '../../shared/settings/schema';
import { bookSoql, segmentValues } from './query';
import { bookAccount, childListOf } from './book-account';
import { childListReader, openList } from './child-lists';
import { bookFields, dropRefused, type BookFields } from './book-fields';
import { whoAmI, type BookUser } from './who-am-i';

/** Salesforce's largest batch: the fewer pages, the fewer API calls (Salesforce may still send fewer). */
export const BOOK_BATCH_SIZE = 2000;
/** Parent pages read at most (100,000 accounts at full batches): a bound on a runaway read. */
export const MAX_BOOK_PAGES = 50;
/** Accounts per hand-on: the first rows show after planning this many, not a whole page. */
const EMIT_BATCH = 250;
/** Opportunity pages per account read at most; the newest come first. */
const MAX_OPPORTUNITY_PAGES = 5;
/** Rounds of "Salesforce refused a field the describe listed: leave it out and ask again". */
const MAX_DROPS = 3;

export interface BookProgress {
  read: number;
  total: number;
}

export interface ReadBookOptions {
  signal?: AbortSignal;
  describer?: Describer;
  /** Whole accounts as they are read. */
  onAccounts(accounts: Account[], progress: BookProgress): void;
}

export interface BookRead {
  user: BookUser;
  total: number;
  /** What the org lacks or what could not be applied, in the user's words. */
  notes: string[];
}

function notesOf(fields: BookFields, settings: Settings, user: BookUser): string[] {
  const notes = [...fields.missing.map(([, api]) => missingFieldNote(api)), ...Object.values(fields.contactNotes)];
  if (settings.book.who === 'csm-or-owner' && !fields.csmField) {
    notes.push(`The CSM field (${settings.salesforce.accountFields.csm}) is not a lookup to a user in this org, so the book holds the accounts ${user.name ?? 'you'} own(s).`);
  }
  if (segmentValues(settings) && !fields.segmentField) {
    notes.push(`The segment filter was not applied: ${missingFieldNote(settings.salesforce.accountFields.segment)}.`);
  }
  return notes;
}

export async function readBook(client: SalesforceClient, settings: Settings, options: ReadBookOptions): Promise<SalesforceResult<BookRead>> {
  // One signal for every request of this read: a stop anywhere cancels the requests still running.
  const stop = new AbortController();
  const onAbort = () => stop.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.signal?.aborted) stop.abort();
  try {
    return await read(client, settings, options, stop);
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    stop.abort();
  }
}

async function read(client: SalesforceClient, settings: Settings, options: ReadBookOptions, stop: AbortController): Promise<SalesforceResult<BookRead>> {
  const { signal } = stop;
  const describer = options.describer ?? createDescriber(client);
  const [user, fields] = await Promise.all([whoAmI(client, signal), bookFields(describer, settings.salesforce, signal)]);
  if (!user.ok) return user;
  if (settings.book.who === 'csm' && !fields.csmField) {
    return {
      ok: false,
      error: salesforceError('unknown-field', {
        message: `Your book is the accounts whose CSM is you, but the CSM field (${settings.salesforce.accountFields.csm}) is not a lookup to a user in this org. Map CSM to a user lookup, or choose “Owner is me”, in Options → Salesforce.`,
      }),
    };
  }
  const values = segmentValues(settings);
  const soql = () =>
    bookSoql({
      userId: user.data.id,
      who: settings.book.who,
      csmField: fields.csmField,
      segment: values && fields.segmentField ? { field: fields.segmentField, values } : null,
      accountFields: fields.account,
      contactFields: fields.contact,
      opportunityFields: fields.opportunity,
    });
  const query = { batchSize: BOOK_BATCH_SIZE, signal };
  let first = await client.queryPage(soql(), query);
  for (let round = 0; !first.ok && round < MAX_DROPS; round++) {
    const named = fieldNamedBy(first.error);
    if (!named || !dropRefused(fields, named, settings.salesforce)) break;
    await describer.forget();
    first = await client.queryPage(soql(), query);
  }
  if (!first.ok) return first;

  const notes = notesOf(fields, settings, user.data);
  const org = { apiHost: client.apiHost, lightningHost: lightningHostOf(client.apiHost) };
  const toAccount = (record: SalesforceRecord, contacts: SalesforceRecord[], opportunities: SalesforceRecord[], contactsCutShort?: string) =>
    bookAccount({ record, contacts, opportunities, ...(contactsCutShort ? { contactsCutShort } : {}) }, fields, settings.salesforce, org);

  const finishLists = childListReader(client, signal);

  /** The accounts whose child lists did not fit their rows, once those lists are read. */
  async function finish(records: SalesforceRecord[]): Promise<SalesforceResult<Account[]>> {
    const open = records.map((record) => ({
      record,
      contacts: openList(childListOf(record, 'Contacts'), { pages: MAX_CONTACT_PAGES, rows: MAX_CONTACT_ROWS }),
      opportunities: openList(childListOf(record, 'Opportunities'), { pages: MAX_OPPORTUNITY_PAGES, rows: Infinity }),
    }));
    const stopped = await finishLists(open.flatMap((o) => [o.contacts, o.opportunities]));
    if (stopped) return { ok: false, error: stopped };
    return {
      ok: true,
      data: open.map(({ record, contacts, opportunities }) => {
        const name = typeof record.Name === 'string' ? record.Name : String(record.Id);
        if (opportunities.cutShort) notes.push(`Only ${opportunities.records.length} of ${opportunities.total} opportunities of ${name} could be read (${opportunities.cutShort.message}).`);
        const cut = contacts.cutShort ? `only ${contacts.records.length} of ${contacts.total} contacts could be read (${contacts.cutShort.message})` : undefined;
        return toAccount(record, contacts.records, opportunities.records, cut);
      }),
    };
  }

  let page: QueryPage = first.data;
  let read = 0;
  const emit = (accounts: Account[]) => {
    if (!accounts.length) return;
    read += accounts.length;
    options.onAccounts(accounts, { read, total: page.totalSize });
  };
  for (let n = 1; ; n++) {
    // The next page is asked for while this one's child lists are finished.
    const next = page.done || n >= MAX_BOOK_PAGES ? null : client.queryMore(page.nextRecordsUrl, query);
    const cut: SalesforceRecord[] = [];
    let whole: Account[] = [];
    for (const record of page.records) {
      const contacts = childListOf(record, 'Contacts');
      const opportunities = childListOf(record, 'Opportunities');
      if (!contacts.done || !opportunities.done) {
        cut.push(record);
        continue;
      }
      whole.push(toAccount(record, contacts.records, opportunities.records));
      // Handed on in small batches: the view plans and shows the first of them while the rest convert.
      if (whole.length === EMIT_BATCH) {
        emit(whole);
        whole = [];
      }
    }
    emit(whole);
    const finished = await finish(cut);
    if (!finished.ok) return finished;
    emit(finished.data);
    if (!next) {
      if (page.done) return { ok: true, data: { user: user.data, total: read, notes } };
      return { ok: false, error: salesforceError('unexpected', { message: `Your book has more than ${read.toLocaleString('en-US')} accounts, more than the extension reads at once. Narrow it with the segment filter in Options → Salesforce.`, remedy: 'settings' }) };
    }
    const nextPage = await next;
    if (!nextPage.ok) return nextPage;
    page = nextPage.data;
  }
}
