import type { Contact } from '../../shared/accounts/account';
import { readPermission, readYes, splitValues } from '../../shared/accounts/field-values';
import type { Settings } from '../../shared/settings/schema';
import { scanHeaderRowLists } from '../dom/header-rows';
import { findControls, findSections, type Section } from '../dom/sections';
import { pagedTotal } from '../dom/pager';
import { cellItems, scanTables, type CellRow, type TableReading, type TableRow } from '../dom/table';
import { allElements, containsDeep, isRendered, ownText, textOf } from '../dom/walk';
import { cellReader, shownText } from './c360-text';

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

/** A multi-select's count of values it does not show: "+2", "+ 2 more", "2 more". */
const OVERFLOW = /^(?:\+\s*\d+(?:\s+more)?|\d+\s+more)$/i;

/** A contact, and whether its role cell hides some of its roles behind a count. */
interface ContactRow {
  contact: Contact;
  rolesHidden: boolean;
}

function contactOf(row: TableRow, cells: CellRow | undefined, labels: Labels): ContactRow {
  const cell = cellReader(row);
  // A multi-select shows one pill per value, whose joined text would read as a single value.
  const values = (label: string) => {
    const element = cells?.get(label);
    const items = element ? cellItems(element) : null;
    return items ? items.flatMap((item) => splitValues(shownText(item))) : splitValues(cell(label));
  };
  const name = cell(labels.contactName);
  const email = cell(labels.contactEmail);
  const roles = values(labels.contactRole);
  const shownRoles = roles.filter((role) => !OVERFLOW.test(role));
  return {
    contact: {
      name,
      firstName: name.split(' ')[0] || undefined,
      email: /@/.test(email) ? email : null,
      roles: shownRoles,
      soldTo: readYes(cell(labels.contactSoldTo)),
      enablementEnrollment: values(labels.contactEnablement).filter((value) => !OVERFLOW.test(value)),
      permission: readPermission(cell(labels.contactPermission)),
    },
    rolesHidden: shownRoles.length < roles.length,
  };
}

/** Contacts whose roles are shown only in part: any of them may be the admin. */
function hiddenRolesNote(rows: readonly ContactRow[], where: string): string | undefined {
  const names = rows.filter((row) => row.rolesHidden).map((row) => row.contact.name);
  if (!names.length) return undefined;
  return `${where} shows only some of the roles of ${names.join(', ')} (the rest behind a "+" count): open the list to see them all`;
}

/** What the list shows of its whole: its own row count, else a pager beside it in the section. */
function partialNote(list: TableReading, section: Element): string | undefined {
  const total = list.total !== undefined ? list.total : pagedTotal(section);
  if (total === undefined) return undefined;
  const shown = list.rows.length;
  return total === null ? `${shown} contacts visible; the list does not say how many there are` : `${shown} of ${total} contacts visible`;
}

/** An app's progress caption, in a live region or not: "Loading", "Loading...", "Loading contacts…" (not "Loading Dock"). */
const LOADING = /^loading(?:\b.{0,30}(?:\.{3}|…))?$/i;
/** Past this length a live region's text is a message, not a progress caption. */
const MAX_CAPTION = 40;

/** The section says it is still loading: aria-busy, or a visible "Loading…" caption. */
function isBusy(section: Section): boolean {
  if (section.element.getAttribute('aria-busy') === 'true' || section.element.querySelector('[aria-busy="true"]')) return true;
  for (const el of allElements(section.element)) {
    const live = /^(?:status|progressbar|alert)$/.test(el.getAttribute('role') ?? '') || el.hasAttribute('aria-live');
    const text = live && (el.textContent ?? '').length <= MAX_CAPTION ? textOf(el) : ownText(el);
    if (LOADING.test(text) && isRendered(el)) return true;
  }
  return false;
}

/** In C360's tabbed mode only the open tab's section renders: a tab with the label says where the contacts are. */
function closedTab(doc: Document, names: readonly string[]): string | null {
  const tab = findControls(doc, 'tab', names)[0];
  return tab ? `the contacts are on the ${tab} tab: open it to read them` : null;
}

export function readContacts(doc: Document, labels: Labels): ContactsReading {
  const names = sectionLabels(labels.contactsSection);
  // The section's own named container only: a "Contacts" heading in a note must never supply the contacts.
  const sections = findSections(doc, names, { containersOnly: true });
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
    const holder = sections.find((section) => containsDeep(section.element, list.element)) ?? sections[0]!;
    const rows = list.rows.map((row, index) => contactOf(row, list.cells[index], labels));
    const contacts = rows.map((row) => row.contact);
    const busy = sections.some(isBusy);
    // A grid draws its header before its rows, often without aria-busy: no rows is no contacts only when
    // the grid says so itself. Otherwise keep waiting, and if rows never come the note keeps it unknown.
    const unfilled = !contacts.length && !list.saysEmpty;
    const note = partialNote(list, holder.element) ?? hiddenRolesNote(rows, where)
      ?? (unfilled ? `${where} shows the contact list's headers but no rows${busy ? ' yet' : ''}` : undefined);
    return { contacts, ...(note ? { note } : {}), settled: !busy && !unfilled };
  }
  if (outOfView.length) {
    return { contacts: undefined, note: `the ${[...new Set(outOfView)].join(', ')} column of ${where} is out of view: scroll the list sideways`, settled: true };
  }
  // Without its role column a list cannot answer the GitLab Admin question: unknown, not "none".
  const columns = required.join(', ');
  return { contacts: undefined, note: `${where} shows no list with ${columns} columns${isBusy(sections[0]!) ? ' yet' : ''}`, settled: false };
}
