import { useState, type ReactNode } from 'react';
import { opportunityUrl } from '@/lib/ui/book/links';
import type { DealRow, NoAdminRow } from '@/lib/ui/book/plan-book';
import { shortDate } from './dates';
import { BookFix } from './BookFix';
import { useBook } from './BookContext';

/** The rows of the book's lists. Every text is Salesforce data: rendered as text, never as markup. */

/** Words for screen readers only (the panel's visually-hidden style). */
const Hidden = ({ children }: { children: ReactNode }) => <span className="pc-visually-hidden">{children}</span>;

function consequence(row: NoAdminRow): string {
  const deals = row.blockedDeals.length ? `blocks ${row.blockedDeals.length === 1 ? '1 deal' : `${row.blockedDeals.length} deals`}` : '';
  const held = row.blockedPrograms.length ? `holds back ${row.blockedPrograms.join(', ')}` : '';
  const what = [deals, held].filter(Boolean).join(' and ');
  const soldTo = row.soldTo.length ? `Programs go to the Sold-To contact (${row.soldTo.join(', ')}).` : 'No Sold-To contact either: programs have no recipient.';
  return what ? `${what[0]!.toUpperCase()}${what.slice(1)}. ${soldTo}` : soldTo;
}

/** A row's whole text, for its accessible name (the list's row carries it). */
export const noAdminName = (row: NoAdminRow): string => `${row.account.name}. ${consequence(row)}`;

function dealWords(row: DealRow): string {
  const { opportunity } = row;
  return `${opportunity.name} (${opportunity.type ?? 'no type'}, ${opportunity.stage ?? 'no stage'}${opportunity.closeDate ? `, closes ${shortDate(opportunity.closeDate)}` : ''})`;
}

export const dealName = (row: DealRow): string => `${row.account.name}. ${dealWords(row)}`;

export function NoAdminItem({ row, adminValue }: { row: NoAdminRow; adminValue: string }) {
  const [open, setOpen] = useState(false);
  const why = consequence(row);
  // Cut to the row's height: the title gives the whole text back to the eye (the DOM keeps it whole).
  return (
    <div className="book-item book-no-admin">
      <span className="book-account" title={row.account.name}>
        {row.account.name}
      </span>
      <span className="book-why" title={why}>
        {why}
      </span>
      <span className="book-actions">
        <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Close' : `Choose a ${adminValue}…`}
          <Hidden> for {row.account.name}</Hidden>
        </button>
      </span>
      {open && <BookFix account={row.account} adminValue={adminValue} />}
    </div>
  );
}

export function DealItem({ row }: { row: DealRow }) {
  const openTab = useBook((s) => s.openAccount);
  const { opportunity } = row;
  const href = opportunityUrl(row.account, opportunity.id);
  return (
    <div className="book-item">
      <span className="book-account">{row.account.name}</span>
      <span className="book-step">{dealWords(row)}</span>
      <span className="book-actions">
        {href ? (
          <a href={href} target="_blank" rel="noreferrer noopener">
            Open<Hidden> {opportunity.name} in Salesforce</Hidden>
          </a>
        ) : (
          <button type="button" onClick={() => void openTab(row.account)}>
            Open<Hidden> {row.account.name} in Salesforce</Hidden>
          </button>
        )}
      </span>
    </div>
  );
}
