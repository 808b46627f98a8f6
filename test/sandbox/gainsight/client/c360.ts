/**
 * The C360 page. Widgets fill in one after another after the data arrives (as separate Angular widgets
 * do), Attributes renders inside an open shadow root, and each label/value pair is exposed the way a
 * screen reader would understand it (role=group named by the label, or dl/dt/dd).
 */
import type { CompanyView, FieldView, TableView } from '../view-model';
import { postJson, problemsText } from './api';
import { loadCompany, type CompanyRef } from './company-ref';
import { openCreateCta } from './cta-form';
import { alertBox, openDialog } from './dialog';
import { clear, delay, h, link, skeleton, toast, uid } from './dom';
import type { PageContext } from './page-context';
import { noteBody } from './note';

/** Pause between widgets, so a reader that stops at the first rendered section misses the rest. */
const WIDGET_STAGGER_MS = 60;

function section(id: string, title: string): { el: HTMLElement; fill(...content: HTMLElement[]): void } {
  const headingId = uid('sec');
  const el = h(
    'gs-section',
    { cls: 'gs-sec', attrs: { 'data-section-id': id, 'aria-labelledby': headingId, 'aria-busy': 'true' } },
    h('h2', { cls: 'gs-sec-title', attrs: { id: headingId } }, title),
    skeleton(3),
  );
  return {
    el,
    fill(...content) {
      el.querySelector('gs-skeleton')?.remove();
      el.append(...content);
      el.setAttribute('aria-busy', 'false');
    },
  };
}

/** What the classic layout shows for a field the user may not see. */
const LOCKED_TEXT = 'Permission Needed';

function field(f: FieldView): HTMLElement {
  const labelId = uid('lbl');
  return h(
    'gs-field',
    { cls: 'gs-fld', attrs: { role: 'group', 'aria-labelledby': labelId } },
    h('span', { cls: 'gs-lbl', attrs: { id: labelId } }, f.label),
    h('span', { cls: 'gs-val' }, h('span', { rawCls: 'ng-star-inserted' }, f.locked ? LOCKED_TEXT : f.value)),
  );
}

/** Attributes lives in an open shadow root, like the real app's web-component widgets. */
class AttributesWidget extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent =
      'dl{display:grid;grid-template-columns:repeat(auto-fill,minmax(190px,1fr));gap:10px 24px;margin:0}' +
      'dt{color:#7a8794;font-size:11px}dd{margin:2px 0 0;font-weight:600}';
    root.appendChild(style);
  }

  render(fields: FieldView[]): void {
    const root = this.shadowRoot;
    if (!root) return;
    root.querySelector('dl')?.remove();
    const dl = h('dl', { cls: 'gs-attr-list' });
    for (const f of fields) {
      dl.appendChild(h('div', { cls: 'gs-attr-item' }, h('dt', { cls: 'gs-attr-lbl' }, f.label), h('dd', { cls: 'gs-attr-val' }, f.locked ? LOCKED_TEXT : f.value)));
    }
    root.appendChild(dl);
  }
}
if (!customElements.get('gs-attributes-widget')) customElements.define('gs-attributes-widget', AttributesWidget);

/** Program Logs and Opportunities are ARIA grids built from divs (ag-grid style), not <table>. */
function ariaGrid(label: string, t: TableView): HTMLElement {
  const header = h('div', { cls: 'ag-header-row', attrs: { role: 'row' } }, ...t.columns.map((c) => h('div', { cls: 'ag-header-cell', attrs: { role: 'columnheader' } }, h('span', { cls: 'ag-header-cell-text' }, c))));
  const rows = t.rows.map((r, i) =>
    h('div', { cls: 'ag-row', attrs: { role: 'row', 'row-index': String(i) } }, ...r.cells.map((c) => h('div', { cls: 'ag-cell', attrs: { role: 'gridcell' } }, c))),
  );
  return h(
    'gs-grid',
    { cls: 'gs-grid' },
    h(
      'div',
      { cls: 'ag-root', attrs: { role: 'grid', 'aria-label': label, 'aria-rowcount': String(t.rows.length + 1), style: 'display:table;width:100%' } },
      h('div', { attrs: { role: 'rowgroup', style: 'display:table-header-group;font-weight:600;color:#7a8794' } }, header),
      h('div', { attrs: { role: 'rowgroup', style: 'display:table-row-group' } }, ...rows),
    ),
    t.rows.length === 0 ? h('p', { cls: 'gs-empty' }, 'No records found') : null,
  );
}

function contactsTable(ctx: PageContext, view: CompanyView, onChanged: () => void): HTMLElement {
  const thead = h('thead', {}, h('tr', {}, ...view.contacts.columns.map((c) => h('th', { attrs: { scope: 'col' } }, c)), h('th', { attrs: { scope: 'col', 'aria-label': 'Actions' } })));
  const tbody = h('tbody');
  for (const row of view.contacts.rows) {
    tbody.appendChild(h('tr', { attrs: { 'data-row-id': row.id } }, ...row.cells.map((c) => h('td', {}, c)), h('td', {}, rowMenuButton(ctx, view, row.id, onChanged))));
  }
  return h('gs-grid', { cls: 'gs-people-grid' }, h('table', { attrs: { 'aria-label': 'Contacts' } }, thead, tbody));
}

/** The "…" button of a contact row: its menu opens View Details. */
export function rowMenuButton(ctx: PageContext, view: CompanyView, personId: string, onChanged: () => void): HTMLElement {
  const person = view.people.find((p) => p.id === personId);
  const button = h('button', { cls: 'gs-row-menu', attrs: { type: 'button', 'aria-haspopup': 'menu', 'aria-label': `More actions for ${person?.name ?? ''}` } }, '…');
  button.addEventListener('click', (e) => {
    e.stopPropagation();
    if (person) openRowMenu(ctx, button, person.id, view, onChanged);
  });
  return button;
}

function openRowMenu(ctx: PageContext, anchor: HTMLElement, personId: string, view: CompanyView, onChanged: () => void): void {
  document.querySelector('.gs-menu')?.remove();
  const item = h('div', { attrs: { role: 'menuitem', tabindex: '0' } }, 'View Details');
  const menu = h('div', { rawCls: 'gs-menu', attrs: { role: 'menu' } }, item);
  const rect = anchor.getBoundingClientRect();
  menu.style.left = `${rect.left + window.scrollX - 100}px`;
  menu.style.top = `${rect.bottom + window.scrollY}px`;
  item.addEventListener('click', () => {
    menu.remove();
    openPersonDetails(ctx, personId, view, onChanged);
  });
  document.body.appendChild(menu);
  setTimeout(() => document.addEventListener('click', () => menu.remove(), { once: true }));
}

/** C360 → Contacts → … → View Details: edit GitLab Role (a multi-select) and Save. */
function openPersonDetails(ctx: PageContext, personId: string, view: CompanyView, onChanged: () => void): void {
  const person = view.people.find((p) => p.id === personId);
  if (!person) return;
  let roles = [...person.roles];
  const legendId = uid('roles');
  const boxes = ctx.meta.roles.map((role) => {
    const input = h('input', { attrs: { type: 'checkbox', value: role } }) as HTMLInputElement;
    input.checked = roles.includes(role);
    input.addEventListener('change', () => {
      roles = input.checked ? [...roles, role] : roles.filter((r) => r !== role);
    });
    return h('label', { attrs: { style: 'display:block' } }, input, role);
  });
  const error = alertBox();
  const save = h('button', { rawCls: 'gs-primary', attrs: { type: 'button' } }, 'Save');
  const cancel = h('button', { attrs: { type: 'button' } }, 'Cancel');
  const dialog = openDialog(
    'Person Details',
    h('p', {}, h('strong', {}, person.name), person.email),
    h('div', { attrs: { role: 'group', 'aria-labelledby': legendId } }, h('div', { attrs: { id: legendId } }, 'GitLab Role'), ...boxes),
    error,
    h('div', {}, save, cancel),
  );
  cancel.addEventListener('click', () => dialog.close());
  save.addEventListener('click', () => {
    postJson(`people/${encodeURIComponent(person.id)}`, { roles })
      .then(() => {
        dialog.close();
        toast('Person updated');
        onChanged();
      })
      .catch((e: unknown) => (error.textContent = problemsText(e)));
  });
}

export function cockpitWidget(ctx: PageContext, view: CompanyView): HTMLElement {
  const add = h('button', { cls: 'gs-add-cta', attrs: { type: 'button' } }, '+ CTA');
  add.addEventListener('click', () =>
    // As in Gainsight, a saved CTA opens in Cockpit, with the tasks its playbook added.
    openCreateCta(ctx.meta, view.cid, (cta) => {
      toast('CTA created');
      ctx.navigate(`/v1/ui/cockpit?ctaId=${encodeURIComponent(cta.id)}`);
    }),
  );
  const list = h(
    'ul',
    { cls: 'gs-cta-list', attrs: { 'aria-label': 'CTAs' } },
    ...view.ctas.map((c) =>
      h('li', { cls: 'gs-cta-item' }, link(`/v1/ui/cockpit?ctaId=${encodeURIComponent(c.id)}`, c.name), ` ${c.type} · Due ${c.dueDate} · ${c.status} · ${c.tasksDone}/${c.tasksTotal} tasks`),
    ),
  );
  return h('div', {}, add, view.ctas.length ? list : h('p', { cls: 'gs-empty' }, 'No open CTAs'));
}

export async function renderC360(ctx: PageContext, ref: CompanyRef | null): Promise<void> {
  const layout = h('gs-c360-layout', { cls: 'gs-c360', attrs: { 'aria-busy': 'true' } });
  const sections = {
    summary: section('summary', 'Summary'),
    attributes: section('attributes', 'Attributes'),
    people: section('people', 'Contacts'),
    opportunities: section('opportunities', 'Opportunities'),
    cockpit: section('cockpit', 'Cockpit'),
    logs: section('program-logs', 'Program Logs'),
  };
  // A tenant whose layout leaves the Contacts section off the page (data/tenants.ts).
  const noPeople = document.querySelector('gs-app-root')?.getAttribute('data-people') === 'none';
  layout.append(...Object.values(sections).filter((s) => !(noPeople && s === sections.people)).map((s) => s.el));
  ctx.outlet.append(layout);

  const view = await loadCompany(ref, ctx.signal);
  if (ctx.signal.aborted) return;
  if (!view) {
    clear(layout);
    layout.append(h('gs-section', {}, h('h1', {}, 'Company not found'), h('p', {}, 'The record may have been deleted or you may not have access.')));
    layout.setAttribute('aria-busy', 'false');
    return;
  }
  document.title = `${view.name} - C360 - Gainsight`;
  const rerender = () => {
    if (ctx.signal.aborted) return;
    clear(ctx.outlet);
    void renderC360(ctx, ref);
  };

  sections.summary.fill(
    h('div', { cls: 'gs-summary-head' }, h('h1', { cls: 'gs-company-name' }, view.name), view.relationshipName ? h('div', { cls: 'gs-rel-name' }, `Relationship: ${view.relationshipName}`) : null),
    h('div', { cls: 'gs-summary-fields' }, ...view.summary.map(field)),
    ...(view.note ? [h('div', { cls: 'gs-note', attrs: { role: 'group', 'aria-label': view.note.label } }, h('span', { cls: 'gs-lbl' }, view.note.label), noteBody(view.note))] : []),
  );
  const steps: (() => void)[] = [
    () => {
      const widget = document.createElement('gs-attributes-widget') as AttributesWidget;
      sections.attributes.fill(widget);
      widget.render(view.attributes);
    },
    () => (noPeople ? undefined : sections.people.fill(contactsTable(ctx, view, rerender))),
    () => sections.opportunities.fill(ariaGrid('Opportunities', view.opportunities)),
    () => sections.cockpit.fill(cockpitWidget(ctx, view)),
    () => sections.logs.fill(ariaGrid('Program Logs', view.programLogs)),
  ];
  for (const step of steps) {
    await delay(WIDGET_STAGGER_MS);
    if (ctx.signal.aborted) return;
    step();
  }
  layout.setAttribute('aria-busy', 'false');
}
