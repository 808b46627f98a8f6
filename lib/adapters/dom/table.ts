import { allElements, isRendered, normaliseLabel, textOf, type Root } from './walk';
import { valueText } from './labelled-values';

/**
 * Reads a data table by its column headers, whether it is a `<table>` or an ARIA grid of divs
 * (Gainsight's grids). Columns are matched by header text, so order and extra columns do not matter.
 */

export type TableRow = Map<string, string>;

const HEADER = 'th, [role="columnheader"]';
const ROW = 'tr, [role="row"]';
const CELL = 'td, th, [role="gridcell"], [role="cell"], [role="rowheader"]';

function tableOf(header: Element): Element | null {
  return header.closest('table, [role="grid"], [role="table"], [role="treegrid"]');
}

/** A cell's column: aria-colindex when the grid virtualises columns, else its position. */
function columnOf(cell: Element, position: number): number {
  const index = Number(cell.getAttribute('aria-colindex'));
  return Number.isInteger(index) && index > 0 ? index - 1 : position;
}

function cellsOf(row: Element): Element[] {
  return [...row.querySelectorAll(CELL)].filter((c) => c.closest(ROW) === row);
}

/**
 * Finds the first rendered table whose headers include every `required` header and returns its body
 * rows keyed by the wanted headers. `undefined` when no such table is on the page.
 */
export function readTable(root: Root, required: readonly string[], optional: readonly string[] = []): TableRow[] | undefined {
  const wanted = [...required, ...optional];
  const requiredKeys = required.map(normaliseLabel);
  for (const el of allElements(root)) {
    if (!el.matches('table, [role="grid"], [role="table"], [role="treegrid"]') || !isRendered(el)) continue;
    const headers = [...el.querySelectorAll(HEADER)].filter((h) => tableOf(h) === el);
    const headerRow = headers[0]?.closest(ROW);
    if (!headerRow) continue;
    const headerCells = headers.filter((h) => h.closest(ROW) === headerRow);
    const columns = new Map<string, number>();
    headerCells.forEach((cell, position) => {
      const key = normaliseLabel(textOf(cell));
      const label = wanted.find((w) => normaliseLabel(w) === key);
      if (label && !columns.has(label)) columns.set(label, columnOf(cell, position));
    });
    if (!requiredKeys.every((k) => required.some((r) => normaliseLabel(r) === k && columns.has(r)))) continue;
    const rows = [...el.querySelectorAll(ROW)].filter((r) => r !== headerRow && tableOf(r) === el && !r.querySelector(HEADER) && isRendered(r));
    return rows.map((row) => {
      const byColumn = new Map<number, Element>();
      cellsOf(row).forEach((cell, position) => byColumn.set(columnOf(cell, position), cell));
      const result: TableRow = new Map();
      for (const [label, column] of columns) {
        const cell = byColumn.get(column);
        result.set(label, cell ? valueText(cell) : '');
      }
      return result;
    });
  }
  return undefined;
}
