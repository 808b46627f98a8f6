/**
 * A report grid the way ag-grid draws one inside C360's web components: in an open shadow root, the
 * first column pinned left and the others in a scrolling viewport (so one row is two `role=row`
 * elements joined by `aria-rowindex`), and only the rows in view rendered while `aria-rowcount` gives
 * the full count. Scrolling the body renders the next rows, as ag-grid does.
 */
import { h } from './dom';

export interface GridRow {
  id: string;
  cells: string[];
  /** A control after the cells (the row's "…" menu); it has no column header. */
  action?: () => HTMLElement;
}

export interface GridSpec {
  label: string;
  columns: string[];
  rows: GridRow[];
  /** How many rows are rendered at a time. */
  renderedRows: number;
}

const ROW_HEIGHT = 30;
const STYLE = `
:host{display:block}
.ag-root{font-size:12px;border:1px solid #dde3ea}
.ag-header,.ag-body{display:grid;grid-template-columns:170px 1fr}
.ag-header{background:#f8f9fb;color:#7a8794;font-weight:600;text-transform:uppercase;font-size:11px}
.ag-body-viewport{overflow-y:auto;position:relative}
.ag-container{position:relative;overflow:hidden}
.ag-row{position:absolute;left:0;right:0;display:flex;height:${ROW_HEIGHT}px;align-items:center;border-bottom:1px solid #eef1f4}
.ag-header .ag-row{position:static}
.ag-cell{flex:0 0 170px;padding:0 8px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
.ag-empty{padding:8px;color:#7a8794}
`;

class AgGrid extends HTMLElement {
  private spec: GridSpec | null = null;
  private first = -1;
  private pinned: HTMLElement | null = null;
  private center: HTMLElement | null = null;

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }

  render(spec: GridSpec): void {
    const root = this.shadowRoot;
    if (!root) return;
    this.spec = spec;
    this.first = -1;
    const { columns, rows } = spec;
    const header = (cols: string[], offset: number) =>
      h('div', { rawCls: 'ag-row ag-header-row', attrs: { role: 'row', 'aria-rowindex': '1' } }, ...cols.map((c, i) => h('div', { rawCls: 'ag-header-cell ag-cell', attrs: { role: 'columnheader', 'aria-colindex': String(offset + i + 1) } }, h('span', {}, c))));
    const height = `${rows.length * ROW_HEIGHT}px`;
    this.pinned = h('div', { rawCls: 'ag-container ag-pinned-left-cols-container', attrs: { role: 'rowgroup', style: `height:${height}` } });
    this.center = h('div', { rawCls: 'ag-container ag-center-cols-container', attrs: { role: 'rowgroup', style: `height:${height}` } });
    const viewport = h('div', { rawCls: 'ag-body-viewport', attrs: { style: `max-height:${Math.min(10, spec.renderedRows) * ROW_HEIGHT}px` } }, h('div', { rawCls: 'ag-body' }, this.pinned, this.center));
    viewport.addEventListener('scroll', () => this.renderRowsFrom(Math.floor(viewport.scrollTop / ROW_HEIGHT)));
    const grid = h(
      'div',
      { rawCls: 'ag-root', attrs: { role: 'grid', 'aria-label': spec.label, 'aria-rowcount': String(rows.length + 1), 'aria-colcount': String(columns.length) } },
      h('div', { rawCls: 'ag-header', attrs: { role: 'rowgroup' } }, header(columns.slice(0, 1), 0), header(columns.slice(1), 1)),
      viewport,
      rows.length ? null : h('div', { rawCls: 'ag-empty' }, 'No records found'),
    );
    root.replaceChildren(h('style', {}, STYLE), grid);
    this.renderRowsFrom(0);
  }

  /** Renders the block of rows starting at `first`, as the viewport scrolls. */
  private renderRowsFrom(first: number): void {
    const { spec, pinned, center } = this;
    if (!spec || !pinned || !center) return;
    const start = Math.max(0, Math.min(first, spec.rows.length - spec.renderedRows));
    if (start === this.first) return;
    this.first = start;
    const block = spec.rows.slice(start, start + spec.renderedRows);
    const row = (r: GridRow, i: number, cells: HTMLElement[]) =>
      h('div', { rawCls: 'ag-row', attrs: { role: 'row', 'aria-rowindex': String(start + i + 2), 'row-id': r.id, style: `top:${(start + i) * ROW_HEIGHT}px` } }, ...cells);
    const cell = (text: string, column: number) => h('div', { rawCls: 'ag-cell', attrs: { role: 'gridcell', 'aria-colindex': String(column + 1) } }, text);
    pinned.replaceChildren(...block.map((r, i) => row(r, i, [cell(r.cells[0] ?? '', 0)])));
    center.replaceChildren(
      ...block.map((r, i) => row(r, i, [...r.cells.slice(1).map((c, j) => cell(c, j + 1)), ...(r.action ? [h('div', { rawCls: 'ag-cell' }, r.action())] : [])])),
    );
  }
}
if (!customElements.get('gs-ag-grid')) customElements.define('gs-ag-grid', AgGrid);

export function agGrid(spec: GridSpec): HTMLElement {
  const grid = document.createElement('gs-ag-grid') as AgGrid;
  grid.render(spec);
  return grid;
}
