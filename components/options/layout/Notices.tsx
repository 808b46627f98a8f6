import { useOptions } from '../StoreContext';
import type { NoticeArea } from '../store';

/**
 * An area's outcome, next to the controls that caused it: successes in a polite status region that
 * is always present (so it is announced when it changes), problems in an alert, with one line each.
 */
export function Notices({ area }: { area: NoticeArea }) {
  const notice = useOptions((s) => s.notices[area]);
  return (
    <div className="notices">
      <p role="status" className="notice-status">
        {notice?.kind === 'status' ? notice.text : ''}
      </p>
      {notice?.kind === 'error' && (
        <div role="alert" className="notice-error">
          <p>{notice.text}</p>
          {notice.details && notice.details.length > 0 && (
            <ul>
              {notice.details.map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
