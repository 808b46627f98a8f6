/**
 * C360 in "scrolling" mode, built the way the public gs-ui-360 templates build it: each section is a
 * `div.c360-section[data-label]` with its title and a content area that its lazy custom element fills
 * at its own time; summary widgets pair an `h6` label with an `h4` value; attribute widgets are
 * gridster items with a label row and the value's editor wrapper; empty values show `---`; a field the
 * user may not see shows a lock and "Permission Needed" (a masked summary widget shows no label at
 * all); People and the reports are ag-grids in shadow roots. Hash routes (`#/<sectionId>`) scroll to a
 * section.
 */
import { PEOPLE_GRID_ROWS, SCROLLING_SECTIONS, type ScrollingSectionLabel } from '../../data/tenants';
import type { CompanyView, FieldView, TableView } from '../view-model';
import { agGrid } from './ag-grid';
import { cockpitWidget, rowMenuButton } from './c360';
import { getJson } from './api';
import { loadCompany, type CompanyRef } from './company-ref';
import { clear, delay, h, skeleton } from './dom';
import type { PageContext } from './page-context';
import { noteBody } from './note';

/** When each section's content arrives after the company's data: separately, People late, Program Logs last. */
const ARRIVAL_MS: Record<ScrollingSectionLabel, number> = {
  Summary: 0,
  Attributes: 150,
  Cockpit: 250,
  Opportunities: 400,
  People: 700,
  'Program Logs': 1000,
};

/** Sections that also wait for the sandbox's word, so a test can see the page without them (state.holds). */
const LATE_SECTIONS = new Set<ScrollingSectionLabel>(['People', 'Program Logs']);

function lock(): HTMLElement {
  return h(
    'div',
    { rawCls: 'masked_widget' },
    h('i', { rawCls: 'lock-icon', attrs: { 'aria-hidden': 'true' } }),
    h('div', {}, h('div', {}, h('label', { cls: 'header_lock' }, 'Permission Needed')), h('label', { cls: 'subtitle_lock' }, 'Contact Admin')),
  );
}

/** A summary widget: `h6` label and `h4` value; masked, it shows only the lock (C360 drops the label). */
function summaryWidget(f: FieldView): HTMLElement {
  const body = f.locked
    ? h('section', { cls: 'csm-summary-widget-wrapper' }, lock())
    : h('section', { cls: 'csm-summary-widget-wrapper' }, h('div', {}, h('h6', { cls: 'csm-summary-widget-wrapper__label' }, f.label)), h('div', { cls: 'csm-summary-widget-wrapper__content' }, h('h4', {}, f.value)));
  return h('gridster-item', { rawCls: 'widget_container' }, h('gs-field-widget', {}, body));
}

/** An attribute widget: the label row, then the value's editor wrapper holding an `h4` (or the lock, or a rich text). */
function attributeWidget(label: string, value: HTMLElement, richText = false): HTMLElement {
  return h(
    'gridster-item',
    { rawCls: richText ? 'widget_container rte' : 'widget_container' },
    h('div', { rawCls: 'widget-label' }, h('label', {}, label), h('span', { rawCls: 'widget-info' }, h('i', { attrs: { 'aria-hidden': 'true' } }))),
    h('gs-attribute-field-editor-wrapper', {}, h('section', { rawCls: 'attr-wrapper' }, value)),
  );
}

function attributes(view: CompanyView): HTMLElement {
  const note = view.note ? [attributeWidget(view.note.label, h('div', { rawCls: 'rta ql-snow' }, h('gs-rte', {}, noteBody(view.note))), true)] : [];
  const fields = view.attributes.map((f) => attributeWidget(f.label, f.locked ? lock() : h('div', { rawCls: 'field-edit-hover-content' }, h('h4', { rawCls: 'field_label' }, f.value))));
  return h('gs-csm-attribute', {}, h('div', { rawCls: 'attribute_ctn__title' }, h('h5', {}, 'Attributes')), h('gridster', {}, ...note, ...fields));
}

/** A report widget (Opportunities, Program Logs): its upper-case title and an ag-grid. */
function report(label: string, table: TableView): HTMLElement {
  return h(
    'gs-csm-report-widget',
    {},
    h('section', {}, h('div', { rawCls: 'gs-csm-report-widget-container__header' }, h('span', {}, label.toUpperCase())), agGrid({ label, columns: table.columns, rows: table.rows, renderedRows: PEOPLE_GRID_ROWS })),
  );
}

/** The People section as rows of plain elements under a header row (a list layout, no table or grid). */
function peopleRows(ctx: PageContext, view: CompanyView, onChanged: () => void): HTMLElement {
  const row = (cells: string[], action: HTMLElement | null, cls: string) => h('div', { cls }, ...cells.map((c) => h('span', { cls: 'people-cell' }, c)), action ? h('span', {}, action) : null);
  return h(
    'div',
    { cls: 'people-list' },
    row(view.contacts.columns, null, 'people-head'),
    h('div', { cls: 'people-body' }, ...view.contacts.rows.map((r) => row(r.cells, rowMenuButton(ctx, view, r.id, onChanged), 'people-row'))),
  );
}

function people(ctx: PageContext, view: CompanyView, onChanged: () => void, layout: string | null): HTMLElement {
  const content =
    layout === 'rows'
      ? peopleRows(ctx, view, onChanged)
      : agGrid({ label: 'People', columns: view.contacts.columns, rows: view.contacts.rows.map((r) => ({ ...r, action: () => rowMenuButton(ctx, view, r.id, onChanged) })), renderedRows: PEOPLE_GRID_ROWS });
  return h('gs-people-section', {}, content);
}

function sectionFrame(id: string, label: string): { el: HTMLElement; content: HTMLElement } {
  const content = h('div', { rawCls: 'c360-vertical-loader-cntr__section--content' }, skeleton(3));
  const el = h(
    'div',
    { rawCls: 'c360-section c360-vertical-loader-cntr__section', attrs: { id, 'data-sectionid': id, 'data-label': label, style: 'margin:18px 20px' } },
    h('div', { rawCls: 'c360-vertical-loader-cntr__section--header' }, h('span', { attrs: { 'nz-text': '', nztype: 'section' } }, label)),
    content,
  );
  return { el, content };
}

/** Scrolls to the section a `#/<sectionId>` route names. */
export function scrollToSection(hash: string): void {
  const id = /^#\/([A-Za-z0-9_-]+)/.exec(hash)?.[1];
  if (id) document.getElementById(id)?.scrollIntoView();
}

export async function renderScrollingC360(ctx: PageContext, ref: CompanyRef | null): Promise<void> {
  const header = h('gs-cs360-header', {}, h('section', {}, h('div', { rawCls: 'company-name' }, skeleton(1))));
  const frames = SCROLLING_SECTIONS.map((s) => ({ ...s, ...sectionFrame(s.id, s.label) }));
  const landing = h('section', { rawCls: 'gs-cs360-landing gs-render-all' }, h('div', { rawCls: 'header' }, header), h('div', { rawCls: 'c360-vertical-loader-cntr' }, ...frames.map((f) => f.el)));
  ctx.outlet.append(landing);

  const view = await loadCompany(ref, ctx.signal);
  if (ctx.signal.aborted) return;
  if (!view || !ref) {
    clear(landing);
    landing.append(h('gs-empty', {}, h('h4', {}, 'Company not found')));
    return;
  }
  document.title = `${view.relationshipName ?? view.name} | ${ref.relationship ? 'R360' : 'C360'}`;
  const name = header.querySelector('.company-name')!;
  clear(name);
  name.append(h('h4', {}, view.relationshipName ?? view.name), h('div', { rawCls: 'status-tag' }, h('span', {}, view.summary.find((f) => f.label === 'Status')?.value ?? '')));
  const rerender = () => {
    if (ctx.signal.aborted) return;
    clear(ctx.outlet);
    void renderScrollingC360(ctx, ref);
  };
  const layout = document.querySelector('gs-app-root')?.getAttribute('data-people') ?? null;
  const contents: Record<ScrollingSectionLabel, () => HTMLElement> = {
    Summary: () => h('gs-csm-summary', {}, h('gridster', {}, ...view.summary.map(summaryWidget))),
    Attributes: () => attributes(view),
    Cockpit: () => h('gs-cockpit-widget', {}, cockpitWidget(ctx, view)),
    People: () => people(ctx, view, rerender, layout),
    Opportunities: () => report('Opportunities', view.opportunities),
    'Program Logs': () => report('Program Logs', view.programLogs),
  };
  scrollToSection(location.hash);
  await Promise.all(
    frames.map(async (frame) => {
      await delay(ARRIVAL_MS[frame.label]);
      if (LATE_SECTIONS.has(frame.label)) await getJson('late-section', ctx.signal).catch(() => undefined);
      if (ctx.signal.aborted) return;
      frame.content.replaceChildren(contents[frame.label]());
    }),
  );
  // Sections above the routed one grew as they arrived: land on it again.
  if (!ctx.signal.aborted) scrollToSection(location.hash);
}
