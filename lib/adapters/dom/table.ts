import { allElements, isRendered, normaliseLabel, textOf, type Root } from './walk';
import { valueText } from './labelled-values';

/**
 * Reads a data table by its column headers, whether it is a `<table>` or an ARIA grid of divs
 * (Gainsight's ag-grid reports). Columns are matched by header text, so order and extra columns do not
 * matter. A grid that renders only the rows in view says how many it has (`aria-rowcount`); the
 * reading keeps that count so nobody mistakes the visible rows for all of them.
 */

export type TableRow = Map<string, string>;

export interface TableReading {
  /** The table or grid the rows come from. */
  element: Element;
  rows: TableRow[];
  /**
   * How many body rows the structure says it has when it shows fewer (a virtualized grid): a number,
   * or null when it says the count is unknown (`aria-rowcount="-1"`). Absent when every row is shown.
   */
  total?: number | null;
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
      const label = wanted.find((w) => normaliseLabel(w) === normaliseLabel(textOf(cell)));
      if (label && !columns.has(label)) columns.set(label, columnOf(cell, position));
    });
    const missing = required.filter((r) => !columns.has(r));
    if (!best || missing.length < best.missing.length) best = { columns, missing, shown: header.cells.length };
  }
  if (!best || best.missing.length === required.length) return null;
  if (best.missing.length) return { missing: best.missing, shown: best.shown };
  const { columns } = best;
  const body = rows.filter((r) => !r.header && r.cells.length && r.elements.some((el) => isRendered(el)));
  const reading: TableReading = {
    element: grid,
    rows: body.map((row) => {
      const byColumn = new Map<number, Element>();
      row.cells.forEach((cell, position) => byColumn.set(columnOf(cell, position), cell));
      const result: TableRow = new Map();
      for (const [label, column] of columns) {
        const cell = byColumn.get(column);
        result.set(label, cell ? valueText(cell) : '');
      }
      return result;
    }),
  };
  const rowCount = countAttribute(grid, 'aria-rowcount');
  if (rowCount === -1) reading.total = null;
  else if (rowCount !== undefined && rowCount - headers.length > body.length) reading.total = rowCount - headers.length;
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
