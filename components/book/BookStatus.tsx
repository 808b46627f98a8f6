import { useBook } from './BookContext';

const count = (n: number) => n.toLocaleString();

/** "Nov 23, 2026, 10:42 AM (5 minutes ago)". */
function asOf(iso: string, now: number): string {
  const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  const minutes = Math.max(0, Math.round((now - Date.parse(iso)) / 60_000));
  const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  const ago = minutes < 1 ? 'just now' : minutes < 60 ? relative.format(-minutes, 'minute') : minutes < 48 * 60 ? relative.format(-Math.round(minutes / 60), 'hour') : relative.format(-Math.round(minutes / 1440), 'day');
  return `${when} (${ago})`;
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
          Book as of {asOf(meta.asOf, Date.now())}: {count(meta.total)} {meta.total === 1 ? 'account' : 'accounts'}
          {meta.user.name ? ` of ${meta.user.name}` : ''}.
        </p>
      )}
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
