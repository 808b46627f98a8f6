/**
 * The book's lists as CSV (RFC 4180), for a spreadsheet. Every cell is Salesforce or page data, so
 * none may become a formula: a cell starting with = + - @ (or a tab or carriage return, which some
 * spreadsheets skip before reading one) is prefixed with an apostrophe, the OWASP CSV-injection advice.
 */
import type { BookLists } from './plan-book';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_HEADER = ['List', 'Account', 'Program', 'Step', 'Date', 'Recipients', 'Detail'] as const;

export function bookCsv(lists: BookLists): string {
  const rows: (string | null)[][] = [[...CSV_HEADER]];
  for (const group of lists.due) {
    for (const row of group.rows) rows.push(['Due today', row.account.name, group.programName, row.step.name, row.date, row.recipients?.join('; ') ?? 'unknown', null]);
  }
  for (const row of lists.noAdmin) {
    const detail = [row.blockedDeals.length ? `blocks ${row.blockedDeals.length} deal(s)` : '', row.blockedPrograms.length ? `holds back ${row.blockedPrograms.join(', ')}` : '', row.soldTo.length ? `Sold-To: ${row.soldTo.join(', ')}` : 'no Sold-To contact'];
    rows.push(['Without a GitLab Admin', row.account.name, null, null, null, null, detail.filter(Boolean).join('; ')]);
  }
  for (const row of lists.deals) {
    rows.push(['Deals blocked by a missing admin', row.account.name, null, null, row.opportunity.closeDate, null, `${row.opportunity.name} (${row.opportunity.type ?? 'no type'}, ${row.opportunity.stage ?? 'no stage'})`]);
  }
  for (const row of lists.upcoming) rows.push(['Coming this week', row.account.name, row.program.name, row.step.name, row.date, row.recipients?.join('; ') ?? 'unknown', null]);
  return `${rows.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
