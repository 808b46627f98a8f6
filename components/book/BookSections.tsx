import { useId } from 'react';
import type { BookLists } from '@/lib/ui/book/plan-book';
import { QueueView } from './queue/QueueView';
import { DealItem, NoAdminItem, dealName, noAdminName } from './rows';
import { VirtualList } from './VirtualList';

/** Rows' usual heights in px, where they sit until shown and measured. */
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

/** The morning queue, then the accounts without an admin and the deals a missing admin blocks. */
export function BookSections({ shown, all, adminValue }: { shown: BookLists; all: BookLists; adminValue: string }) {
  return (
    <>
      <QueueView />
      <Section title={`Without a ${adminValue}`} count={shown.noAdmin.length} total={all.noAdmin.length}>
        <VirtualList label={`Without a ${adminValue}`} items={shown.noAdmin} sizeOf={() => NO_ADMIN_HEIGHT} nameOf={noAdminName} keyOf={(row) => row.key} render={(row) => <NoAdminItem row={row} adminValue={adminValue} />} />
      </Section>
      {all.adminUnknown > 0 && (
        <p className="book-note">
          {all.adminUnknown.toLocaleString()} {all.adminUnknown === 1 ? 'account is' : 'accounts are'} not listed: only part of their contacts could be read, so whether they have a {adminValue} is unknown.
        </p>
      )}
      <Section title="Deals blocked by a missing admin" count={shown.deals.length} total={all.deals.length}>
        <VirtualList label="Deals blocked by a missing admin" items={shown.deals} sizeOf={() => DEAL_HEIGHT} nameOf={dealName} keyOf={(row) => row.key} render={(row) => <DealItem row={row} />} />
      </Section>
    </>
  );
}
