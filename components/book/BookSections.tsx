import { useId, useMemo } from 'react';
import type { IsoDate } from '@/lib/accounts/account';
import { dueCount, type BookLists, type DueRow, type ProgramGroup } from '@/lib/book/plan-book';
import { DealItem, DueItem, NoAdminItem, UpcomingItem } from './rows';
import { VirtualList } from './VirtualList';

/** Row heights in px, as book.css lays the rows out. */
const PROGRAM_HEIGHT = 32;
const STEP_HEIGHT = 72;
const NO_ADMIN_HEIGHT = 72;
const DEAL_HEIGHT = 54;

/** A list's region: its heading with the count (of the total when a filter hides some), then the list. */
function Section({ title, count, total, children }: { title: string; count: number; total: number; children: React.ReactNode }) {
  const id = useId();
  return (
    <section className="book-section" aria-labelledby={id}>
      <h3 id={id}>
        {title} <span className="book-count">({count === total ? count.toLocaleString() : `${count.toLocaleString()} of ${total.toLocaleString()}`})</span>
      </h3>
      {count === 0 ? <p className="book-empty">{total === 0 ? 'None.' : 'None match the filter.'}</p> : children}
    </section>
  );
}

type DueListItem = { kind: 'program'; group: ProgramGroup } | { kind: 'row'; row: DueRow };

function flatten(groups: ProgramGroup[]): DueListItem[] {
  return groups.flatMap((group) => [{ kind: 'program' as const, group }, ...group.rows.map((row) => ({ kind: 'row' as const, row }))]);
}

export function BookSections({ shown, all, today, adminValue }: { shown: BookLists; all: BookLists; today: IsoDate; adminValue: string }) {
  const due = useMemo(() => flatten(shown.due), [shown.due]);
  return (
    <>
      <Section title="Due today" count={dueCount(shown)} total={dueCount(all)}>
        <VirtualList
          label="Due today"
          items={due}
          sizeOf={(item) => (item.kind === 'program' ? PROGRAM_HEIGHT : STEP_HEIGHT)}
          keyOf={(item) => (item.kind === 'program' ? `program:${item.group.programId}` : item.row.key)}
          render={(item) =>
            item.kind === 'program' ? (
              <h4 className="book-program">
                {item.group.programName} ({item.group.rows.length.toLocaleString()})
              </h4>
            ) : (
              <DueItem row={item.row} today={today} />
            )
          }
        />
      </Section>
      <Section title={`Without a ${adminValue}`} count={shown.noAdmin.length} total={all.noAdmin.length}>
        <VirtualList label={`Without a ${adminValue}`} items={shown.noAdmin} sizeOf={() => NO_ADMIN_HEIGHT} measured keyOf={(row) => row.key} render={(row) => <NoAdminItem row={row} adminValue={adminValue} />} />
      </Section>
      {all.adminUnknown > 0 && (
        <p className="book-note">
          {all.adminUnknown.toLocaleString()} {all.adminUnknown === 1 ? 'account is' : 'accounts are'} not listed: only part of their contacts could be read, so whether they have a {adminValue} is unknown.
        </p>
      )}
      <Section title="Deals blocked by a missing admin" count={shown.deals.length} total={all.deals.length}>
        <VirtualList label="Deals blocked by a missing admin" items={shown.deals} sizeOf={() => DEAL_HEIGHT} keyOf={(row) => row.key} render={(row) => <DealItem row={row} />} />
      </Section>
      <Section title="Coming this week" count={shown.upcoming.length} total={all.upcoming.length}>
        <VirtualList label="Coming this week" items={shown.upcoming} sizeOf={() => STEP_HEIGHT} keyOf={(row) => row.key} render={(row) => <UpcomingItem row={row} today={today} />} />
      </Section>
    </>
  );
}
