import { useDeferredValue, useMemo, useRef, type ReactNode } from 'react';
import { GROUP_IDS, groupReminders, matchesFilter } from '@/lib/extension/reminders/groups';
import { AccessRequest } from '../panel/AccessRequest';
import { ActionBar } from './ActionBar';
import { useFirstRowsMark } from './first-rows-mark';
import { ReminderGroup } from './ReminderGroup';
import { usePopup } from './StoreContext';

/** Malformed records set aside, named as text (their content came from storage and is not trusted). */
function SetAsideReport() {
  const report = usePopup((s) => s.setAside);
  return report ? <p role="alert">{report}</p> : null;
}

export const EMPTY_MESSAGE =
  'No pending sends. Open an account in Gainsight Customer360 and start a playbook from the sidebar.';

/** The toolbar popup: the checklist of pending sends, and the way to the side panel. */
export function Popup({ openPanel, openBook }: { openPanel?: () => void; openBook?: () => void }) {
  return (
    <main className="surface popup" aria-labelledby="popup-title">
      <PendingSends headingId="popup-title">
        <AccessRequest />
      </PendingSends>
      {openPanel && (
        <button type="button" className="open-panel" onClick={openPanel}>
          Open the panel
        </button>
      )}
      {openBook && (
        <button type="button" className="open-panel" onClick={openBook}>
          Open my book
        </button>
      )}
    </main>
  );
}

/**
 * The checklist of pending sends, grouped by when they are due: in the popup, and in the side panel
 * beside pages that are not accounts. `headingLevel`: 1 in the popup, 2 inside the panel.
 */
export function PendingSends({ headingId, headingLevel = 1, children }: { headingId: string; headingLevel?: 1 | 2; children?: ReactNode }) {
  const phase = usePopup((s) => s.phase);
  const reminders = usePopup((s) => s.reminders);
  const counts = usePopup((s) => s.counts);
  const today = usePopup((s) => s.today);
  const filter = usePopup((s) => s.filter);
  const setFilter = usePopup((s) => s.setFilter);
  const firstRowsPainted = usePopup((s) => s.firstRowsPainted);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Typing stays responsive while 10,000 rows are filtered behind it.
  const query = useDeferredValue(filter.trim());

  const visible = useMemo(() => (query ? reminders.filter((r) => matchesFilter(r, query)) : reminders), [reminders, query]);
  const grouped = useMemo(() => groupReminders(visible, today), [visible, today]);
  useFirstRowsMark(visible.length > 0, firstRowsPainted);

  // Until every row is loaded the index counts are the totals; a filter only counts what it can see.
  const totalOf = (id: (typeof GROUP_IDS)[number]) =>
    phase === 'ready' || query ? grouped[id].length : (counts?.[id] ?? null);
  const shownGroups = GROUP_IDS.filter((id) => grouped[id].length > 0 || (!query && (counts?.[id] ?? 0) > 0));

  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <>
      <Heading id={headingId} ref={headingRef} tabIndex={-1}>
        Pending sends
      </Heading>
      {/* What stands before the list (the popup: access taken back in the browser), not under a long one. */}
      {children}
      <SetAsideReport />
      <input
        type="search"
        className="filter"
        aria-label="Filter pending sends"
        placeholder="Filter by account, program or step"
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
      />
      <ActionBar onUndone={() => headingRef.current?.focus()} />
      {/* Unreadable reminders are not "no pending sends": the action bar says why instead. */}
      {phase !== 'loading' && phase !== 'error' && shownGroups.length === 0 && (
        <p className="empty">{reminders.length === 0 ? EMPTY_MESSAGE : `No pending sends match “${filter.trim()}”.`}</p>
      )}
      {shownGroups.map((id) => (
        <ReminderGroup key={id} id={id} reminders={grouped[id]} total={totalOf(id)} />
      ))}
    </>
  );
}
