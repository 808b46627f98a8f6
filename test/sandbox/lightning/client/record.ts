/**
 * A Lightning record page with the real tag and attribute names content scripts rely on:
 * `records-record-layout-item[field-label]` > `[data-target-selection-name="sfdc:RecordField.<Obj>.<Field>"]`,
 * `.test-id__field-label`, `.test-id__field-value` holding `lightning-formatted-*`, `force-lookup`,
 * related lists in `lst-related-list-single-container`, and a highlights panel in a real open shadow root.
 */
import type { AccountListView, LightningField, RecordView, RelatedCell, RelatedListView } from '../view-model';
import { card, el, routeLink } from './dom';

export function valueElement(f: LightningField): HTMLElement {
  switch (f.kind) {
    case 'date':
      return el('lightning-formatted-date-time', {}, f.display);
    case 'currency':
      return el('lightning-formatted-number', {}, f.display);
    case 'email':
      return el('lightning-formatted-email', {}, f.display ? el('a', { href: `mailto:${f.display}` }, f.display) : null);
    case 'url':
      return el('lightning-formatted-url', {}, f.display ? el('a', { href: f.display, target: '_blank', rel: 'noopener' }, f.display) : null);
    case 'picklist':
    case 'multipicklist':
      return el('records-formatted-picklist', {}, el('lightning-formatted-text', {}, f.display));
    case 'checkbox': {
      const input = el('input', { type: 'checkbox', disabled: '', 'aria-label': f.label }) as HTMLInputElement;
      input.checked = f.checked === true;
      return el('lightning-input', { class: 'slds-form-element' }, el('span', { class: 'slds-checkbox slds-checkbox_standalone' }, input, el('span', { class: 'slds-checkbox_faux' })));
    }
    case 'lookup':
      return el(
        'force-lookup',
        {},
        f.href ? el('records-hoverable-link', {}, routeLink(f.href, f.display, { 'data-refid': 'recordId', class: 'slds-truncate' })) : null,
      );
    default:
      return el('lightning-formatted-text', {}, f.display);
  }
}

/** The value element, slotted as Lightning's record field components slot it (`slot="outputField"`). */
function outputField(f: LightningField): HTMLElement {
  const value = valueElement(f);
  value.setAttribute('slot', 'outputField');
  return value;
}

function layoutItem(objectApiName: string, f: LightningField): HTMLElement {
  return el(
    'records-record-layout-item',
    { 'field-label': f.label, class: 'slds-form__item slds-no-space' },
    el(
      'div',
      {
        class: 'slds-form-element slds-form-element_readonly slds-form-element_horizontal slds-hint-parent',
        'data-target-selection-name': `sfdc:RecordField.${objectApiName}.${f.apiName}`,
      },
      el('span', { class: 'slds-form-element__label' }, el('span', { class: 'test-id__field-label' }, f.label)),
      el('div', { class: 'slds-form-element__control' }, el('span', { class: 'test-id__field-value slds-form-element__static slds-grow' }, outputField(f))),
    ),
  );
}

/**
 * A Dynamic Forms field: no `field-label` attribute, no layout item; the label is only the text of
 * `.test-id__field-label`, and the value sits in the `outputField` slot, as Lightning renders them.
 */
function dynamicFormField(objectApiName: string, f: LightningField): HTMLElement {
  return el(
    'record_flexipage-record-field',
    { 'data-field-id': `Record${f.apiName.replace(/_/g, '')}Field`, class: 'slds-form__item' },
    el(
      'div',
      { class: 'slds-form-element slds-form-element_readonly slds-form-element_stacked slds-hint-parent', 'data-target-selection-name': `sfdc:RecordField.${objectApiName}.${f.apiName}` },
      el('div', { class: 'slds-form-element__label test-id__field-label-container slds-no-flex' }, el('span', { class: 'test-id__field-label' }, f.label)),
      el('div', { class: 'slds-form-element__control' }, el('span', { class: 'test-id__field-value slds-form-element__static slds-grow' }, outputField(f))),
    ),
  );
}

/**
 * Dynamic Forms lets an admin place fields anywhere: here in two sections of two columns, ordered by
 * label rather than as on the page layout, so a reader that counts positions reads the wrong field.
 */
function dynamicFormSections(view: RecordView): HTMLElement {
  const fields = [...view.fields].sort((a, b) => a.label.localeCompare(b.label));
  const half = Math.ceil(fields.length / 2);
  const section = (title: string, part: LightningField[]) =>
    el(
      'flexipage-field-section2',
      {},
      el('h3', { class: 'slds-section__title' }, el('span', { class: 'slds-truncate' }, title)),
      el('div', { class: 'df-columns' }, ...part.map((f) => dynamicFormField(view.objectApiName, f))),
    );
  return el('div', { class: 'record-dynamic-forms' }, section('Key Fields', fields.slice(0, half)), section('More Details', fields.slice(half)));
}

/** The highlights panel is one of the components that now use a real (open) shadow root. */
function highlights(view: RecordView): HTMLElement {
  const host = el('records-highlights2', {});
  const root = host.attachShadow({ mode: 'open' });
  root.append(
    // Document styles do not reach into a shadow root, so it links SLDS itself, as LWC components do.
    el('link', { rel: 'stylesheet', href: '/_slds/styles/salesforce-lightning-design-system.min.css' }),
    el(
      'div',
      { class: 'slds-page-header slds-page-header_record-home' },
      el(
        'div',
        { class: 'slds-page-header__row' },
        el(
          'div',
          { class: 'slds-page-header__col-title' },
          el(
            'h1',
            {},
            el('div', { class: 'entityNameTitle slds-line-height_reset' }, view.objectLabel),
            el('slot', { name: 'primaryField', class: 'slds-page-header__title slds-m-right_small slds-align-middle' }, el('lightning-formatted-text', { class: 'custom-truncate' }, view.name)),
          ),
        ),
      ),
      el(
        'div',
        { class: 'slds-page-header__row slds-page-header__row_gutters' },
        el(
          'ul',
          { class: 'slds-page-header__detail-row' },
          ...view.highlights.map((f) =>
            el('li', { class: 'slds-page-header__detail-block' }, el('p', { class: 'slds-text-title slds-truncate', title: f.label }, f.label), el('p', { class: 'slds-text-body_regular' }, valueElement(f))),
          ),
        ),
      ),
    ),
  );
  return el('records-lwc-highlights-panel', {}, host);
}

function relatedCell(c: RelatedCell, rowId: string): HTMLElement {
  if (c.kind === 'link' && c.href) {
    return el('th', { scope: 'row' }, routeLink(c.href, c.text, { 'data-refid': 'recordId', 'data-recordid': rowId, class: 'slds-truncate', title: c.text }));
  }
  if (c.kind === 'email') {
    return el('td', {}, el('lightning-formatted-email', {}, c.text ? el('a', { href: `mailto:${c.text}`, class: 'slds-truncate', title: c.text }, c.text) : null));
  }
  if (c.kind === 'checkbox') {
    const input = el('input', { type: 'checkbox', disabled: '', 'aria-label': c.text }) as HTMLInputElement;
    input.checked = c.checked === true;
    // Datatables say a boolean in assistive text beside the box, so screen readers hear True or False.
    return el('td', {}, el('span', { class: 'slds-checkbox' }, input, el('span', { class: 'slds-checkbox_faux' }), el('span', { class: 'slds-assistive-text' }, c.text)));
  }
  return el('td', {}, el('div', { class: 'slds-truncate', title: c.text }, c.text));
}

/** "(3)", or "(6+)" when the list shows only its first rows. */
const countText = (list: RelatedListView) => (list.total > list.rows.length ? `(${list.rows.length}+)` : `(${list.rows.length})`);

function relatedList(view: RecordView, list: RelatedListView): HTMLElement {
  const table = el(
    'table',
    { class: 'slds-table slds-table_bordered slds-table_fixed-layout slds-table_resizable-cols', 'aria-label': list.title },
    el('thead', {}, el('tr', {}, ...list.columns.map((c) => el('th', { scope: 'col', 'aria-label': c }, el('span', { class: 'slds-truncate', title: c }, c))))),
    el('tbody', {}, ...list.rows.map((r) => el('tr', { 'data-row-key-value': r.id }, ...r.cells.map((c) => relatedCell(c, r.id))))),
  );
  return el(
    'lst-related-list-single-container',
    { class: 'slds-m-bottom_small' },
    el(
      'article',
      { class: 'slds-card slds-card_boundary', 'aria-label': list.title },
      el(
        'div',
        { class: 'slds-card__header slds-grid' },
        el('h2', { class: 'slds-card__header-title' }, el('a', { class: 'slds-card__header-link', href: `/lightning/r/${view.objectApiName}/${view.id}/related/${list.relatedListId}/view` }, el('span', { title: list.title }, list.title), el('span', { title: countText(list) }, ` ${countText(list)}`))),
      ),
      el('div', { class: 'slds-card__body' }, el('lst-customized-datatable', {}, table)),
    ),
  );
}

export function renderRecord(view: RecordView): HTMLElement {
  const details = view.layout === 'dynamic-forms' ? dynamicFormSections(view) : el(
    'records-record-layout-block',
    {},
    el(
      'records-record-layout-section',
      {},
      el('h3', { class: 'slds-section__title' }, el('span', { class: 'slds-truncate' }, `${view.objectLabel} Information`)),
      el('div', { class: 'slds-form', role: 'list' }, ...view.fields.map((f) => layoutItem(view.objectApiName, f))),
    ),
  );
  return el(
    'div',
    { class: 'record-page-decorator', 'data-record-id': view.id },
    highlights(view),
    el(
      'div',
      { class: 'record-body' },
      el('flexipage-component2', { 'data-component-id': 'force_detailPanel' }, card('Details', details)),
      el('div', { class: 'related-lists' }, ...view.related.map((l) => relatedList(view, l))),
    ),
  );
}

export function renderAccountList(list: AccountListView): HTMLElement {
  return card(
    'Accounts',
    el(
      'table',
      { class: 'slds-table slds-table_bordered', 'aria-label': 'Accounts' },
      el('thead', {}, el('tr', {}, ...list.columns.map((c) => el('th', { scope: 'col' }, c)))),
      el('tbody', {}, ...list.rows.map((r) => el('tr', { 'data-row-key-value': r.id }, ...r.cells.map((c) => relatedCell(c, r.id))))),
    ),
  );
}

export function renderHome(list: AccountListView): HTMLElement {
  return card(
    'Recent Records',
    el('ul', { class: 'slds-has-dividers_bottom-space' }, ...list.rows.map((r) => el('li', { class: 'slds-item' }, r.cells[0]?.href ? routeLink(r.cells[0].href, r.cells[0].text) : null))),
  );
}

export function renderMessage(title: string, message: string): HTMLElement {
  return card(title, el('p', {}, message));
}
