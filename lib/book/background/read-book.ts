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
import type { Account } from '../../accounts/account';
import { MAX_CONTACT_PAGES, MAX_CONTACT_ROWS, missingFieldNote } from '../../adapters/salesforce/fetch-account';
import { lightningHostOf } from '../../salesforce/hosts';
import type { QueryPage, SalesforceClient } from '../../salesforce/client';
import { createDescriber, type Describer } from '../../salesforce/describe';
import { salesforceError, type SalesforceError, type SalesforceResult } from '../../salesforce/errors';
import { fieldNamedBy } from '../../salesforce/query-existing';
import type { SalesforceRecord } from '../../salesforce/types';
import type { Settings } from '../../settings/schema';
import { bookSoql, segmentValues } from '../query';
import { bookAccount, childListOf, type ChildList } from './book-account';
import { bookFields, dropRefused, type BookFields } from './book-fields';
import { stopsTheBook, whoAmI, type BookUser } from './who-am-i';

/** Salesforce's largest batch: the fewer pages, the fewer API calls (Salesforce may still send fewer). */
export const BOOK_BATCH_SIZE = 2000;
/** Child lists followed at once: a few, so a large book finishes sooner without crowding the org. */
export const CHILD_CONCURRENCY = 4;
/** Parent pages read at most (100,000 accounts at full batches): a bound on a runaway read. */
export const MAX_BOOK_PAGES = 50;
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

type Outcome<T> = { ok: true; data: T } | { ok: false; error: SalesforceError };

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

/** The rest of a child list, page by page; a failure that is not the session's leaves it partial, with why. */
async function restOf(client: SalesforceClient, list: ChildList, bound: { pages: number; rows: number }, signal: AbortSignal): Promise<Outcome<{ records: SalesforceRecord[]; cutShort?: SalesforceError }>> {
  const records = [...list.records];
  let page: Pick<QueryPage, 'done' | 'nextRecordsUrl'> = list;
  for (let n = 0; !page.done; n++) {
    if (n >= bound.pages || records.length >= bound.rows) {
      return { ok: true, data: { records, cutShort: salesforceError('unexpected', { message: `a limit of ${bound.rows.toLocaleString('en-US')} rows`, remedy: 'none' }) } };
    }
    const next = await client.queryMore(page.nextRecordsUrl, { signal });
    if (!next.ok) return stopsTheBook(next.error) ? next : { ok: true, data: { records, cutShort: next.error } };
    records.push(...next.data.records);
    page = next.data;
  }
  return { ok: true, data: { records } };
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

  /** An account whose child lists did not fit its row: their remaining pages first. */
  async function finish(record: SalesforceRecord, contacts: ChildList, opportunities: ChildList): Promise<Outcome<Account>> {
    const [c, o] = await Promise.all([
      restOf(client, contacts, { pages: MAX_CONTACT_PAGES, rows: MAX_CONTACT_ROWS }, signal),
      restOf(client, opportunities, { pages: MAX_OPPORTUNITY_PAGES, rows: Infinity }, signal),
    ]);
    if (!c.ok) return c;
    if (!o.ok) return o;
    const name = typeof record.Name === 'string' ? record.Name : String(record.Id);
    if (o.data.cutShort) notes.push(`Only ${o.data.records.length} of ${opportunities.totalSize} opportunities of ${name} could be read (${o.data.cutShort.message}).`);
    const cut = c.data.cutShort ? `only ${c.data.records.length} of ${contacts.totalSize} contacts could be read (${c.data.cutShort.message})` : undefined;
    return { ok: true, data: toAccount(record, c.data.records, o.data.records, cut) };
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
    const whole: Account[] = [];
    const rest: Promise<Outcome<Account>>[] = [];
    for (const record of page.records) {
      const contacts = childListOf(record, 'Contacts');
      const opportunities = childListOf(record, 'Opportunities');
      if (contacts.done && opportunities.done) whole.push(toAccount(record, contacts.records, opportunities.records));
      else rest.push(children(() => finish(record, contacts, opportunities)));
    }
    emit(whole);
    const finished = await Promise.all(rest);
    const failed = finished.find((f) => !f.ok);
    if (failed && !failed.ok) return failed;
    emit(finished.flatMap((f) => (f.ok ? [f.data] : [])));
    if (!next) {
      if (page.done) return { ok: true, data: { user: user.data, total: read, notes } };
      return { ok: false, error: salesforceError('unexpected', { message: `Your book has more than ${read.toLocaleString('en-US')} accounts, more than the extension reads at once. Narrow it with the segment filter in Options → Salesforce.`, remedy: 'settings' }) };
    }
    const nextPage = await next;
    if (!nextPage.ok) return nextPage;
    page = nextPage.data;
  }
}
