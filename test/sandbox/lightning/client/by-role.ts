/**
 * Dynamic Forms as an org may build it, unlike the other layouts here: no Lightning tag or attribute a
 * reader could key on. Each field is a custom element rendering, in its own open shadow root, a group
 * named by its label (`role="group"` + `aria-labelledby`) around the label and the value; the record's
 * name is only the page's level-1 heading (the admin left the Name field off the sections); related
 * lists are ARIA tables under a heading by role, each in a region named after the list.
 */
import type { LightningField, RecordView, RelatedCell, RelatedListView } from '../view-model';
import { el, routeLink } from './dom';
import { valueElement } from './record';

let nextId = 0;
const uid = (prefix: string) => `${prefix}-${++nextId}`;

/** One field: label and value paired by role and accessible name only, inside a shadow root. */
function field(f: LightningField): HTMLElement {
  const host = el('sandbox-record-field', {});
  const labelId = uid('field-label');
  host.attachShadow({ mode: 'open' }).append(
    el('div', { role: 'group', 'aria-labelledby': labelId, style: 'display:grid;grid-template-columns:10em 1fr;padding:4px 0' }, el('span', { id: labelId }, f.label), el('div', {}, valueElement(f))),
  );
  return host;
}

function fieldSection(title: string, fields: LightningField[]): HTMLElement {
  const headingId = uid('section');
  return el('section', { 'aria-labelledby': headingId }, el('h2', { id: headingId }, title), ...fields.map(field));
}

function cell(c: RelatedCell): HTMLElement {
  if (c.kind === 'link' && c.href) return el('div', { role: 'rowheader' }, routeLink(c.href, c.text));
  return el('div', { role: 'cell' }, c.text);
}

function relatedList(list: RelatedListView): HTMLElement {
  const count = list.total > list.rows.length ? `(${list.rows.length}+)` : `(${list.rows.length})`;
  const row = (...cells: HTMLElement[]) => el('div', { role: 'row', style: 'display:grid;grid-template-columns:repeat(4,1fr)' }, ...cells);
  return el(
    'section',
    { 'aria-label': list.title },
    el('div', { role: 'heading', 'aria-level': '2' }, `${list.title} ${count}`),
    el(
      'div',
      { role: 'table', 'aria-label': list.title },
      el('div', { role: 'rowgroup' }, row(...list.columns.map((c) => el('div', { role: 'columnheader' }, c)))),
      el('div', { role: 'rowgroup' }, ...list.rows.map((r) => row(...r.cells.map(cell)))),
    ),
  );
}

export function renderRecordByRole(view: RecordView): HTMLElement {
  // The Name field is on the header only, as many Dynamic Forms pages have it.
  const fields = view.fields.filter((f) => f.apiName !== 'Name');
  const half = Math.ceil(fields.length / 2);
  return el(
    'div',
    { 'data-record-id': view.id },
    el('header', {}, el('p', {}, view.objectLabel), el('h1', {}, view.name)),
    el('div', { style: 'display:grid;grid-template-columns:3fr 2fr;gap:12px' },
      el('div', {}, fieldSection('Key Fields', fields.slice(0, half)), fieldSection('More Details', fields.slice(half))),
      el('div', {}, ...view.related.map(relatedList)),
    ),
  );
}
