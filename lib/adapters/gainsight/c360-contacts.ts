import type { Contact } from '../../accounts/account';
import { readPermission, readYes, splitValues } from '../../accounts/field-values';
import type { Settings } from '../../settings/schema';
import { scanHeaderRowLists } from '../dom/header-rows';
import { findControls, findSections, type Section } from '../dom/sections';
import { scanTables, type TableReading, type TableRow } from '../dom/table';
import { cellReader } from './c360-text';

/**
 * The company's contacts, read only inside the section labelled Contacts/People (a setting): a table,
 * an ARIA grid or rows of plain elements under a header row. A list anywhere else (a table pasted in a
 * note) is never read as the contacts. When the section holds two lists, or shows only part of one,
 * the reading says so instead of choosing.
 */

type Labels = Settings['gainsight']['labels'];

export interface ContactsReading {
  /** undefined when not read: no section yet, nothing tabular in it, or two lists competing. */
  contacts: Contact[] | undefined;
  /** Why the list is partial or unread, in the user's words ("25 of 140 contacts visible"). */
  note?: string;
  /** Nothing more will arrive by itself: a list was read, or the section shows why it cannot be. */
  settled: boolean;
}

/** The section label setting may name alternatives: "Contacts, People". */
export function sectionLabels(setting: string): string[] {
  return setting
    .split(/[,;|]/)
    .map((label) => label.trim())
    .filter(Boolean);
}

function contactOf(row: TableRow, labels: Labels): Contact {
  const cell = cellReader(row);
  const name = cell(labels.contactName);
  const email = cell(labels.contactEmail);
  return {
    name,
    firstName: name.split(' ')[0] || undefined,
    email: /@/.test(email) ? email : null,
    roles: splitValues(cell(labels.contactRole)),
    soldTo: readYes(cell(labels.contactSoldTo)),
    enablementEnrollment: splitValues(cell(labels.contactEnablement)),
    permission: readPermission(cell(labels.contactPermission)),
  };
}

function partialNote(list: TableReading): string | undefined {
  if (list.total === undefined) return undefined;
  const shown = list.rows.length;
  return list.total === null
    ? `${shown} contacts visible; the list does not say how many there are`
    : `${shown} of ${list.total} contacts visible`;
}

function isBusy(section: Section): boolean {
  return section.element.getAttribute('aria-busy') === 'true' || !!section.element.querySelector('[aria-busy="true"]');
}

/** In C360's tabbed mode only the open tab's section renders: a tab with the label says where the contacts are. */
function closedTab(doc: Document, names: readonly string[]): string | null {
  const tab = findControls(doc, 'tab', names)[0];
  return tab ? `the contacts are on the ${tab} tab: open it to read them` : null;
}

export function readContacts(doc: Document, labels: Labels): ContactsReading {
  const names = sectionLabels(labels.contactsSection);
  const sections = findSections(doc, names);
  if (!sections.length) {
    return { contacts: undefined, note: closedTab(doc, names) ?? `no section labelled ${names.join(' or ')} is on the page`, settled: false };
  }

  const required = [labels.contactName, labels.contactEmail, labels.contactRole];
  const optional = [labels.contactSoldTo, labels.contactEnablement, labels.contactPermission];
  const lists: TableReading[] = [];
  const outOfView: string[] = [];
  for (const section of sections) {
    const scan = scanTables(section.element, required, optional);
    for (const list of [...scan.found, ...scanHeaderRowLists(section.element, required, optional)]) {
      if (!lists.some((seen) => seen.element === list.element)) lists.push(list);
    }
    for (const grid of scan.columnsOutOfView) outOfView.push(...grid.missing);
  }
  const where = `the ${sections[0]!.label} section`;

  if (lists.length > 1) {
    return { contacts: undefined, note: `${where} shows ${lists.length} contact lists, and the reader cannot tell which one is the account's`, settled: true };
  }
  const [list] = lists;
  if (list) {
    const note = partialNote(list);
    // A grid may draw its header before its rows: while the section says it is busy, keep waiting.
    return { contacts: list.rows.map((row) => contactOf(row, labels)), ...(note ? { note } : {}), settled: !sections.some(isBusy) };
  }
  if (outOfView.length) {
    return { contacts: undefined, note: `the ${[...new Set(outOfView)].join(', ')} column of ${where} is out of view: scroll the list sideways`, settled: true };
  }
  // Without its role column a list cannot answer the GitLab Admin question: unknown, not "none".
  const columns = required.join(', ');
  return { contacts: undefined, note: `${where} shows no list with ${columns} columns${isBusy(sections[0]!) ? ' yet' : ''}`, settled: false };
}
