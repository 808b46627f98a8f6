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
import { COMPOSITE_QUERIES, type QueryPage, type SalesforceClient } from '../salesforce/client';
import { createDescriber, type Describer } from '../salesforce/describe';
import { salesforceError, type SalesforceError, type SalesforceResult } from '../../shared/salesforce/errors';
import { fieldNamedBy } from '../salesforce/query-existing';
import type { SalesforceRecord } from '../../shared/salesforce/types';
import type { Settings } from '../../shared/settings/schema';
import { bookSoql, segmentValues } from './query';
import { bookAccount, childListOf, type ChildList } from './book-account';
import { bookFields, dropRefused, type BookFields } from './book-fields';
import { stopsTheBook, whoAmI, type BookUser } from './who-am-i';

/** Salesforce's largest batch: the fewer pages, the fewer API calls (Salesforce may still send fewer). */
export const BOOK_BATCH_SIZE = 2000;
/** Composite calls for child pages at once: a few, so a large book finishes sooner without crowding the org. */
export const CHILD_CONCURRENCY = 4;
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

function limiter(max: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return <T>(task: () => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const run = () => {
        active++;
        task()
          .then(resolve, reject)
          .finally(() => {
            active--;
            waiting.shift()?.();
          });
      };
      if (active < max) run();
      else waiting.push(run);
    });
}

/** A child list still being read: what it has so far, and the link to its next page. */
interface OpenList {
  records: SalesforceRecord[];
  total: number;
  /** The next page's link while pages remain (an empty one is refused when followed). */
  next: string | undefined;
  pages: number;
  bound: { pages: number; rows: number };
  cutShort?: SalesforceError;
}

function openList(list: ChildList, bound: OpenList['bound']): OpenList {
  return { records: [...list.records], total: list.totalSize, next: list.done ? undefined : (list.nextRecordsUrl ?? ''), pages: 0, bound };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
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
  const children = limiter(CHILD_CONCURRENCY);
  const toAccount = (record: SalesforceRecord, contacts: SalesforceRecord[], opportunities: SalesforceRecord[], contactsCutShort?: string) =>
    bookAccount({ record, contacts, opportunities, ...(contactsCutShort ? { contactsCutShort } : {}) }, fields, settings.salesforce, org);

  /** Whether the org serves `/composite`: asked by using it, and given up on its first 404 or 405. */
  let composite = true;
  async function pagesOf(urls: string[]): Promise<SalesforceResult<SalesforceResult<QueryPage>[]>> {
    if (composite) {
      const answer = await client.queryMoreAtOnce(urls, { signal });
      if (answer.ok || !(answer.error.kind === 'not-found' || answer.error.status === 405)) return answer;
      composite = false;
    }
    return { ok: true, data: await Promise.all(urls.map((url) => client.queryMore(url, { signal }))) };
  }

  /**
   * Reads the remaining pages of child lists, round by round, five pages per composite call (one API
   * call each). A failure of the session stops the read; any other leaves that list partial, with why.
   */
  async function finishLists(lists: OpenList[]): Promise<SalesforceError | null> {
    for (;;) {
      const open = lists.filter((l) => l.next !== undefined && !l.cutShort);
      for (const l of open) {
        if (l.pages >= l.bound.pages || l.records.length >= l.bound.rows) l.cutShort = salesforceError('unexpected', { message: `a limit of ${l.bound.rows.toLocaleString('en-US')} rows`, remedy: 'none' });
      }
      const batches = chunks(open.filter((l) => !l.cutShort), COMPOSITE_QUERIES);
      if (!batches.length) return null;
      const answers = await Promise.all(batches.map((batch) => children(() => pagesOf(batch.map((l) => l.next!)))));
      for (const [b, batch] of batches.entries()) {
        const answer = answers[b]!;
        for (const [i, list] of batch.entries()) {
          const result = answer.ok ? answer.data[i]! : answer;
          if (!result.ok) {
            if (stopsTheBook(result.error)) return result.error;
            list.cutShort = result.error;
            continue;
          }
          list.records.push(...result.data.records);
          list.pages++;
          list.next = result.data.done ? undefined : (result.data.nextRecordsUrl ?? '');
        }
      }
    }
  }

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
