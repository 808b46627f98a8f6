import { useEffect, useState } from 'react';
import { bookAge } from '@/lib/ui/book/age';
import { useBook } from './BookContext';

const count = (n: number) => n.toLocaleString();

/** "Nov 23, 2026, 10:42 AM". */
const asOf = (iso: string): string => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

/** The time now, moved on each minute: a panel left open keeps saying how old its book is. */
function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** How old the book shown is; when older than the refresh setting, that it is stale and what to do. */
function BookAge({ iso }: { iso: string }) {
  const refreshAfter = useBook((s) => s.bookSettings.refreshAfter);
  const refreshing = useBook((s) => s.refreshing);
  const age = bookAge(iso, useMinuteClock(), refreshAfter);
  return (
    <p className={`book-age${age.stale ? ' book-stale' : ''}`}>
      {age.words}.{age.stale && !refreshing ? ` ${age.staleWords}` : ''}
    </p>
  );
}

/** Where the book stands: the refresh's progress, when it was read, why a refresh stopped, what the org lacks. */
export function BookStatus() {
  const meta = useBook((s) => s.meta);
  const refreshing = useBook((s) => s.refreshing);
  const failure = useBook((s) => s.failure);
  const partial = useBook((s) => s.partial);
  const accounts = useBook((s) => s.accounts);
  const notice = useBook((s) => s.notice);
  const error = useBook((s) => s.error);
  return (
    <div className="book-status">
      {refreshing && (
        <div className="book-progress">
          <progress aria-label="Accounts read" max={refreshing.total ?? undefined} value={refreshing.total === null ? undefined : refreshing.read} />
          <span role="status">{refreshing.total === null ? 'Reading your book from Salesforce…' : `${count(refreshing.read)} of ${count(refreshing.total)} accounts`}</span>
        </div>
      )}
      {meta && (
        <p className="book-as-of">
          Book as of {asOf(meta.asOf)}: {count(meta.total)} {meta.total === 1 ? 'account' : 'accounts'}
          {meta.user.name ? ` of ${meta.user.name}` : ''}.
        </p>
      )}
      {meta && <BookAge iso={meta.asOf} />}
      {failure && (
        <div role="alert" className="book-failure">
          <p>
            {failure.message}
            {meta ? ' The book shown is the one read before.' : ''}
          </p>
          {failure.signInUrl && (
            <a href={failure.signInUrl} target="_blank" rel="noreferrer noopener">
              Sign in to Salesforce
            </a>
          )}
        </div>
      )}
      {partial && !refreshing && (
        <p className="book-partial">
          Only {count(accounts)} accounts were read before the refresh stopped: this partial book is shown, not saved.
        </p>
      )}
      {meta && meta.notes.length > 0 && (
        <ul className="book-notes" aria-label="What this org lacks">
          {meta.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {error && <p role="alert">{error}</p>}
      <p role="status" className="book-notice">
        {notice ?? ''}
      </p>
    </div>
  );
}
