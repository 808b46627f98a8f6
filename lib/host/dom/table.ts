import { allElements, isRendered, normaliseLabel, ownText, textOf, type Root } from './walk';
import { valueText } from './labelled-values';

/**
 * Reads a data table by its column headers, whether it is a `<table>` or an ARIA grid of divs
 * (Gainsight's ag-grid reports). Columns are matched by header text, so order and extra columns do not
 * matter. A grid that renders only the rows in view says how many it has (`aria-rowcount`); the
 * reading keeps that count so nobody mistakes the visible rows for all of them.
 */

export type TableRow = Map<string, string>;
/** A row's cells by wanted header, for readers that need more than the text (one pill per value). */
export type CellRow = Map<string, Element>;

export interface TableReading {
  /** The table or grid the rows come from. */
  element: Element;
  rows: TableRow[];
  /** The cell elements behind `rows`, index for index (a column the row lacks is absent). */
  cells: CellRow[];
  /**
   * How many body rows the structure says it has when it shows fewer (a virtualized grid): a number,
   * or null when it says the count is unknown (`aria-rowcount="-1"`). Absent when every row is shown.
   */
  total?: number | null;
  /** The structure itself says it has no body rows (`aria-rowcount` counts only its headers). */
  saysEmpty?: boolean;
}

export interface TableScan {
  found: TableReading[];
  /** Grids that show some wanted headers but not all, while saying they have more columns than they render. */
  columnsOutOfView: { element: Element; missing: string[] }[];
}

const GRID = 'table, [role="grid"], [role="table"], [role="treegrid"]';
const ROW = 'tr, [role="row"]';
const CELL = 'td, th, [role="gridcell"], [role="cell"], [role="rowheader"], [role="columnheader"]';

/** A column header; a row header (`th scope=row`) names its row and is data. */
function isColumnHeader(cell: Element): boolean {
  const role = cell.getAttribute('role');
  if (role) return role === 'columnheader';
  return cell.tagName === 'TH' && cell.getAttribute('scope') !== 'row';
}

/** One row as a user sees it: ag-grid splits it across pinned and scrolling containers, joined by `aria-rowindex`. */
interface LogicalRow {
  elements: Element[];
  cells: Element[];
  header: boolean;
}

function rowsOf(grid: Element): LogicalRow[] {
  const byKey = new Map<string | Element, LogicalRow>();
  for (const row of grid.querySelectorAll(ROW)) {
    if (row.parentElement?.closest(GRID) !== grid) continue;
    const cells = [...row.querySelectorAll(CELL)].filter((c) => c.closest(ROW) === row);
    const key = row.getAttribute('aria-rowindex') ?? row;
    const logical = byKey.get(key) ?? { elements: [], cells: [], header: false };
    logical.elements.push(row);
    logical.cells.push(...cells);
    logical.header ||= cells.some(isColumnHeader);
    byKey.set(key, logical);
  }
  return [...byKey.values()];
}

/** A cell's column: aria-colindex when the grid virtualises or splits columns, else its position. */
function columnOf(cell: Element, position: number): number {
  const index = Number(cell.getAttribute('aria-colindex'));
  return Number.isInteger(index) && index > 0 ? index - 1 : position;
}

function countAttribute(el: Element, name: string): number | undefined {
  const raw = el.getAttribute(name);
  const value = raw === null ? NaN : Number(raw);
  return Number.isInteger(value) ? value : undefined;
}

/**
 * The wanted label a header cell names: its accessible name or title, else its text. With `parts`,
 * also the title or own words of one of its visible parts, because Lightning puts assistive text
 * ("Sort by:", "Name column width") beside the caption, so the cell's whole text names nothing.
 */
export function headerLabel(cell: Element, wanted: readonly string[], { parts = false } = {}): string | undefined {
  const match = (text: string | null) => (text ? wanted.find((w) => normaliseLabel(w) === normaliseLabel(text)) : undefined);
  const found = match(cell.getAttribute('aria-label')) ?? match(cell.getAttribute('title')) ?? match(textOf(cell));
  if (found || !parts) return found;
  for (const part of [cell, ...cell.querySelectorAll('*')]) {
    if (part.closest('[hidden], [aria-hidden="true"]')) continue;
    const label = (part !== cell ? match(part.getAttribute('title')) : undefined) ?? match(ownText(part));
    if (label) return label;
  }
  return undefined;
}

/** A row's texts, every wanted column present ('' for a cell the row lacks). */
export function textsOf(cells: CellRow, labels: Iterable<string>): TableRow {
  const texts: TableRow = new Map();
  for (const label of labels) {
    const cell = cells.get(label);
    texts.set(label, cell ? valueText(cell) : '');
  }
  return texts;
}

interface PartialHeader {
  missing: string[];
  /** How many columns the header row renders. */
  shown: number;
}

function readGrid(grid: Element, required: readonly string[], wanted: readonly string[]): TableReading | PartialHeader | null {
  const rows = rowsOf(grid);
  const headers = rows.filter((r) => r.header);
  let best: { columns: Map<string, number>; missing: string[]; shown: number } | null = null;
  for (const header of headers) {
    const columns = new Map<string, number>();
    header.cells.forEach((cell, position) => {
      const label = headerLabel(cell, wanted, { parts: true });
      if (label && !columns.has(label)) columns.set(label, columnOf(cell, position));
    });
    const missing = required.filter((r) => !columns.has(r));
    if (!best || missing.length < best.missing.length) best = { columns, missing, shown: header.cells.length };
  }
  if (!best || best.missing.length === required.length) return null;
  if (best.missing.length) return { missing: best.missing, shown: best.shown };
  const { columns } = best;
  const body = rows.filter((r) => !r.header && r.cells.length && r.elements.some((el) => isRendered(el)));
  const cells = body.map((row) => {
    const byColumn = new Map<number, Element>();
    row.cells.forEach((cell, position) => byColumn.set(columnOf(cell, position), cell));
    const result: CellRow = new Map();
    for (const [label, column] of columns) {
      const cell = byColumn.get(column);
      if (cell) result.set(label, cell);
    }
    return result;
  });
  const reading: TableReading = { element: grid, rows: cells.map((row) => textsOf(row, columns.keys())), cells };
  const rowCount = countAttribute(grid, 'aria-rowcount');
  if (rowCount === -1) reading.total = null;
  else if (rowCount !== undefined && rowCount - headers.length > body.length) reading.total = rowCount - headers.length;
  else if (rowCount === headers.length && !body.length) reading.saysEmpty = true;
  return reading;
}

/** Each rendered table or grid under `root` (itself included) that shows some wanted headers, as it is met. */
function* gridsUnder(root: Root, required: readonly string[], optional: readonly string[]): Generator<{ element: Element; reading: TableReading | PartialHeader }> {
  const wanted = [...required, ...optional];
  for (const element of allElements(root)) {
    if (!element.matches(GRID) || !isRendered(element)) continue;
    const reading = readGrid(element, required, wanted);
    if (reading) yield { element, reading };
  }
}

/**
 * Every rendered table or grid under `root` (itself included) whose headers include each `required`
 * header, with its body rows keyed by the wanted headers.
 */
export function scanTables(root: Root, required: readonly string[], optional: readonly string[] = []): TableScan {
  const scan: TableScan = { found: [], columnsOutOfView: [] };
  for (const { element, reading } of gridsUnder(root, required, optional)) {
    if ('rows' in reading) scan.found.push(reading);
    else if ((countAttribute(element, 'aria-colcount') ?? 0) > reading.shown) scan.columnsOutOfView.push({ element, missing: reading.missing });
  }
  return scan;
}

/**
 * Finds the first rendered table whose headers include every `required` header and returns its body
 * rows keyed by the wanted headers. `undefined` when no such table is on the page.
 */
export function readTable(root: Root, required: readonly string[], optional: readonly string[] = []): TableRow[] | undefined {
  for (const { reading } of gridsUnder(root, required, optional)) if ('rows' in reading) return reading.rows;
  return undefined;
}

/**
 * The values of a cell that shows each one as its own element (a pill per role), looking through
 * wrappers; null when it shows one run of text, which the caller splits as it always has.
 */
export function cellItems(cell: Element): string[] | null {
  let node = cell;
  while (node.children.length === 1 && !ownText(node)) node = node.children[0]!;
  // Text between the parts other than separators ("A, B") means the parts are words of one value.
  if (!/^[\s,;|·•]*$/.test(ownText(node))) return null;
  const texts = [...node.children].map((child) => valueText(child)).filter(Boolean);
  return texts.length >= 2 ? texts : null;
}
