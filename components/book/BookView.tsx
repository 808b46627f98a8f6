import { useDeferredValue, useId, useMemo } from 'react';
import { bookCsv } from '@/lib/ui/book/csv';
import { dueCount, filterLists } from '@/lib/ui/book/plan-book';
import { BookSections } from './BookSections';
import { BookStatus } from './BookStatus';
import { BookStoreContext, QueueStoreContext, useBook, useBookStore, useQueueStore } from './BookContext';
import { downloadText } from './download';
import { useBookFirstRowsMark } from './first-rows-mark';
import './book.css';

/** "My book": every account of the CSM at once (issue 16), in a region named "My book". */
export function BookView() {
  const store = useBookStore();
  const queue = useQueueStore();
  return (
    <BookStoreContext.Provider value={store}>
      <QueueStoreContext.Provider value={queue}>
        <Book />
      </QueueStoreContext.Provider>
    </BookStoreContext.Provider>
  );
}

function Book() {
  const titleId = useId();
  const phase = useBook((s) => s.phase);
  return (
    <section className="book" aria-labelledby={titleId}>
      <h2 id={titleId}>My book</h2>
      {phase === 'starting' && <p role="status">Opening your book…</p>}
      {phase === 'no-org' && (
        <p>
          Sign in to Salesforce in this browser: your book is the accounts whose CSM or owner you are there. Then reopen this view.
        </p>
      )}
      {(phase === 'loading' || phase === 'ready') && <OrgBook />}
    </section>
  );
}

function OrgPicker() {
  const orgs = useBook((s) => s.orgs);
  const org = useBook((s) => s.org);
  const chooseOrg = useBook((s) => s.chooseOrg);
  const id = useId();
  if (orgs.length < 2) return org ? <p className="book-org">Salesforce org: {org}</p> : null;
  return (
    <div className="book-org">
      <label htmlFor={id}>Salesforce org</label>{' '}
      <select id={id} value={org ?? ''} onChange={(event) => void chooseOrg(event.target.value)}>
        {orgs.map((o) => (
          <option key={o.apiHost} value={o.apiHost}>
            {o.apiHost}
            {o.signedIn ? '' : ' (signed out: cached book only)'}
          </option>
        ))}
      </select>
    </div>
  );
}

function OrgBook() {
  const phase = useBook((s) => s.phase);
  const lists = useBook((s) => s.lists);
  const filter = useBook((s) => s.filter);
  const setFilter = useBook((s) => s.setFilter);
  const refreshing = useBook((s) => s.refreshing);
  const refresh = useBook((s) => s.refresh);
  const cancel = useBook((s) => s.cancel);
  const org = useBook((s) => s.org);
  const meta = useBook((s) => s.meta);
  const lastCalls = useBook((s) => s.lastCalls);
  const accounts = useBook((s) => s.accounts);
  const adminValue = useBook((s) => s.adminValue);
  const today = useBook((s) => s.today);
  // Typing stays responsive while thousands of rows are filtered behind it.
  const query = useDeferredValue(filter.trim());
  const shown = useMemo(() => filterLists(lists, query), [lists, query]);
  const rows = dueCount(shown) + shown.noAdmin.length + shown.deals.length + shown.upcoming.length;
  useBookFirstRowsMark(phase === 'ready' && rows > 0);
  const calls = refreshing?.calls ?? lastCalls ?? meta?.calls ?? null;

  const exportCsv = () => downloadText(bookCsv(shown), `my-book-${org ?? 'salesforce'}-${today}.csv`, 'text/csv;charset=utf-8');

  return (
    <>
      <OrgPicker />
      <div className="book-toolbar" role="group" aria-label="Book actions">
        <input type="search" aria-label="Filter the book" placeholder="Filter by account, program, step or contact" value={filter} onChange={(event) => setFilter(event.target.value)} />
        <button type="button" onClick={() => void refresh()} disabled={!!refreshing}>
          Refresh
        </button>
        {refreshing && (
          <button type="button" onClick={() => void cancel()}>
            Cancel
          </button>
        )}
        <button type="button" onClick={exportCsv} disabled={rows === 0}>
          Export CSV
        </button>
      </div>
      <BookStatus />
      {phase === 'loading' ? (
        <p role="status">Opening the cached book…</p>
      ) : accounts === 0 && !refreshing ? (
        <p className="book-empty">{meta ? 'Your book has no accounts with these settings (Options → Salesforce → My book).' : 'No book read yet. Refresh to read it from Salesforce.'}</p>
      ) : (
        <BookSections shown={shown} all={lists} adminValue={adminValue} />
      )}
      <footer className="book-footer">{calls === null ? 'No Salesforce API calls yet.' : `${calls.toLocaleString()} Salesforce API ${calls === 1 ? 'call' : 'calls'} in the last refresh.`}</footer>
    </>
  );
}
