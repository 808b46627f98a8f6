/**
 * The child lists (contacts, opportunities) of a book's accounts that did not fit their account's row:
 * read page by page, five pages per composite call, a few calls at a time.
 */
import type { SalesforceRecord } from '../../shared/salesforce/types';
import { salesforceError, type SalesforceError, type SalesforceResult } from '../../shared/salesforce/errors';
import { COMPOSITE_QUERIES, type QueryPage, type SalesforceClient } from '../salesforce/client';
import type { ChildList } from './book-account';
import { stopsTheBook } from './who-am-i';

/** Composite calls for child pages at once: a few, so a large book finishes sooner without crowding the org. */
const CHILD_CONCURRENCY = 4;

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
export interface OpenList {
  records: SalesforceRecord[];
  total: number;
  /** The next page's link while pages remain (an empty one is refused when followed). */
  next: string | undefined;
  pages: number;
  bound: { pages: number; rows: number };
  cutShort?: SalesforceError;
}

export function openList(list: ChildList, bound: OpenList['bound']): OpenList {
  return { records: [...list.records], total: list.totalSize, next: list.done ? undefined : (list.nextRecordsUrl ?? ''), pages: 0, bound };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Reads open child lists to their end or their bound; answers the error that stops the whole book, if one does. */
export function childListReader(client: SalesforceClient, signal: AbortSignal): (lists: OpenList[]) => Promise<SalesforceError | null> {
  const children = limiter(CHILD_CONCURRENCY);
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

  return finishLists;
}
