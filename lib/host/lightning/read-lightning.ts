import { orgOfUrl } from '../../shared/urls/record-urls';
import type { Account, AccountFieldKey, Contact, Opportunity } from '../../shared/accounts/account';
import { LIGHTNING_LABELS } from '../../shared/accounts/registry';
import { readFields, readYes, splitValues } from '../../shared/accounts/field-values';
import { parseDisplayDate, type DateOrderSource } from '../../shared/dates';
import { readLabelledValues, valueText } from '../dom/labelled-values';
import { findSections } from '../dom/sections';
import { readTable } from '../dom/table';
import { allElements, isRendered, normaliseLabel, ownText, textOf, type Root } from '../dom/walk';
import { liveView } from './live-view';

/**
 * The fallback when the org refuses API access: what the live Lightning record view shows, by field
 * label. It reads page layouts (`records-record-layout-item[field-label]`), Dynamic Forms
 * (`record_flexipage-record-field`, whose label is only the text of `.test-id__field-label`), lookups
 * (`force-lookup` → `records-hoverable-link` → `a`), and, as a last resort, any label/value pair a
 * person would pair (a group named by its label, in shadow roots too), and related lists as tables by
 * their column headers. A page without a Name field gives the record's name by its one level-1 heading.
 * What it cannot read is absent or says why, never guessed. Lightning keeps earlier records' views in
 * the DOM; only the live one counts.
 */


/** A related list's heading with its count: "Contacts (3)", or "Contacts (6+)" when it shows only the first rows. */
const RELATED_LIST_HEADING = /^(.+?)\s*\((\d+)(\+)?\)$/;

/** A field's value as a person reads it: a lookup's link text, a checkbox's state, or the text. */
function fieldValueText(value: Element): string {
  const link = value.matches('force-lookup') ? value : value.querySelector('force-lookup');
  const anchor = link?.querySelector('records-hoverable-link a, a');
  if (anchor) return textOf(anchor);
  const box = value.matches('input[type=checkbox]') ? value : value.querySelector('input[type=checkbox]');
  if (box instanceof HTMLInputElement) return box.checked ? 'Yes' : 'No';
  return valueText(value);
}

/** The label of a Lightning record field element, by its attribute (page layouts) or its visible label text (Dynamic Forms). */
function labelOf(field: Element): string | null {
  const attribute = field.getAttribute('field-label');
  if (attribute) return attribute;
  const visible = field.querySelector('.test-id__field-label');
  return visible ? textOf(visible) : null;
}

/** Label → value of every record field rendered under `root`, the first of each label. */
function recordFields(root: Root): Map<string, string> {
  const found = new Map<string, string>();
  for (const el of allElements(root)) {
    const tag = el.tagName;
    if (tag !== 'RECORDS-RECORD-LAYOUT-ITEM' && tag !== 'RECORD_FLEXIPAGE-RECORD-FIELD') continue;
    const label = labelOf(el);
    if (!label || found.has(normaliseLabel(label)) || !isRendered(el)) continue;
    const value = valueElementOf(el);
    // No value element: the field is not rendered yet, or in a shape not known here. Left out, the general
    // label pairing or "unknown" takes over; an empty string would say the field is shown empty.
    if (value) found.set(normaliseLabel(label), fieldValueText(value));
  }
  return found;
}

/** The element holding a record field's value, also where the item renders in its own shadow root. */
function valueElementOf(field: Element): Element | null {
  const light = field.querySelector('[slot="outputField"]') ?? field.querySelector('.test-id__field-value');
  if (light) return light;
  for (const el of allElements(field)) {
    if (el !== field && (el.getAttribute('slot') === 'outputField' || el.classList.contains('test-id__field-value'))) return el;
  }
  return null;
}

/** The fields by label: Lightning's own elements first, then any label/value pair for what they lack. */
function readLabels(root: Root, labels: readonly string[]): Map<string, string> {
  const structured = recordFields(root);
  const values = new Map<string, string>();
  const rest: string[] = [];
  for (const label of labels) {
    const value = structured.get(normaliseLabel(label));
    if (value === undefined) rest.push(label);
    else values.set(label, value);
  }
  if (rest.length) for (const [label, value] of readLabelledValues(root, rest)) values.set(label, value);
  return values;
}

/** A heading, by tag or by role (a related list's title may be a `role="heading"` element). */
const isHeading = (el: Element) => /^H[1-6]$/.test(el.tagName) || el.getAttribute('role') === 'heading';

/** A heading's level: its tag's digit, else `aria-level` (2 by default, as ARIA has it). */
function headingLevel(el: Element): number {
  if (/^H[1-6]$/.test(el.tagName)) return Number(el.tagName[1]);
  const level = Number(el.getAttribute('aria-level'));
  return Number.isInteger(level) && level > 0 ? level : 2;
}

/**
 * The record's name when no field is labelled with it (Dynamic Forms pages often leave the Name field to
 * the header): the live view's one level-1 heading, by its own words. Two different ones, or none: null,
 * for a guess could name another record. The header's object label ("Account") beside the name is its own
 * element, so only the heading's own words are taken when it nests more than the name.
 */
function headerName(root: Root): string | null {
  const names = new Set<string>();
  for (const el of allElements(root)) {
    if (!isHeading(el) || headingLevel(el) !== 1 || !isRendered(el)) continue;
    const name = el.children.length ? ownText(el) : textOf(el);
    if (name) names.add(name);
  }
  return names.size === 1 ? [...names][0]! : null;
}

/** "Contacts (6+)" or "Contacts (12)": the related list's own count, to tell a partial list from the whole. */
function relatedListCount(root: Root, title: string): { count: number; more: boolean } | null {
  for (const el of allElements(root)) {
    if (!isHeading(el) || !isRendered(el)) continue;
    const match = RELATED_LIST_HEADING.exec(textOf(el));
    if (match && normaliseLabel(match[1] ?? '') === normaliseLabel(title)) return { count: Number(match[2]), more: !!match[3] };
  }
  return null;
}

function readContacts(root: Root): { contacts: Contact[] | undefined; incomplete?: string } {
  const rows = readTable(root, ['Name', 'Email', 'Role'], ['Sold-To']);
  if (!rows) {
    // Said in the panel: no list at all is the page's layout; a list without these columns, its columns.
    const listed = findSections(root, ['Contacts']).length > 0;
    return { contacts: undefined, incomplete: listed ? 'the Contacts related list on the page shows no Name, Email and Role columns' : 'the page shows no Contacts related list' };
  }
  const contacts = rows.map((row) => ({
    name: row.get('Name') ?? '',
    email: row.get('Email') || null,
    roles: splitValues(row.get('Role')),
    soldTo: readYes(row.get('Sold-To') ?? ''),
    enablementEnrollment: [],
    permission: null,
  }));
  const shown = relatedListCount(root, 'Contacts');
  const partial = shown && (shown.more || shown.count > contacts.length);
  return partial
    ? { contacts, incomplete: `${contacts.length} of ${shown.count}${shown.more ? '+' : ''} contacts shown on the page (the related list shows only the first ones)` }
    : { contacts };
}

function readOpportunities(root: Root, dateOrder: DateOrderSource): Opportunity[] {
  const rows = readTable(root, ['Opportunity Name', 'Stage'], ['Type', 'Close Date']) ?? [];
  return rows.map((row) => ({
    name: row.get('Opportunity Name') ?? '',
    type: row.get('Type') || null,
    stage: row.get('Stage') || null,
    closeDate: parseDisplayDate(row.get('Close Date') ?? '', dateOrder),
  }));
}

export function readLightningAccount(doc: Document, options: { id: string; url: string; dateOrder: DateOrderSource }): Account | null {
  const view = liveView(doc, options.id);
  if (!view) return null;
  const labels = Object.entries(LIGHTNING_LABELS) as [AccountFieldKey, string][];
  const values = readLabels(view, ['Account Name', ...labels.map(([, label]) => label)]);
  const name = values.get('Account Name') || headerName(view);
  if (!name) return null;
  const { fields, unreadable } = readFields(labels.map(([key, label]) => [key, values.get(label)] as const), options.dateOrder);
  const { contacts, incomplete } = readContacts(view);
  return {
    source: 'salesforce',
    org: orgOfUrl(options.url),
    id: options.id,
    name,
    url: options.url,
    fields,
    unreadable,
    contacts,
    ...(incomplete ? { contactsIncomplete: incomplete } : {}),
    opportunities: readOpportunities(view, options.dateOrder),
    programLogs: [],
  };
}
