import { BookView } from '../book/BookView';
import { PendingView } from './PendingView';

export const WHERE_IT_WORKS =
  'The panel works on Gainsight Customer360 and Cockpit pages, and on Salesforce Lightning Account, Contact and Opportunity pages.';

/** Beside a page that is not a record: where the panel works, the user's whole book, and the pending sends. */
export function NotARecordView() {
  return (
    <>
      <p className="pc-where">{WHERE_IT_WORKS}</p>
      <BookView />
      <PendingView />
    </>
  );
}
