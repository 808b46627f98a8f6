import { valueText } from './labelled-values';
import type { TableReading, TableRow } from './table';
import { allElements, isRendered, normaliseLabel, textOf, type Root } from './walk';

/**
 * Reads lists laid out as rows of plain elements under a header row, with no table or grid role:
 * `<div><span>Name</span><span>Email</span>…</div>` followed by one element per record. The header row
 * is the element whose children name every required column; each record row is a later element of
 * the same kind, beside it or in the container that follows it, and its children are the cells.
 */

const TABULAR = 'table, [role="grid"], [role="table"], [role="treegrid"]';

function columnsOf(header: Element, required: readonly string[], wanted: readonly string[]): Map<string, number> | null {
  const texts = [...header.children].map((child) => normaliseLabel(textOf(child)));
  const columns = new Map<string, number>();
  for (const label of wanted) {
    const index = texts.indexOf(normaliseLabel(label));
    if (index >= 0) columns.set(label, index);
  }
  return required.every((r) => columns.has(r)) ? columns : null;
}

/**
 * Record rows: elements of the header row's kind with about as many cells (a row may add an actions
 * cell). They sit in the container that follows the header row (or its wrapper), or beside it.
 */
function recordRows(header: Element): Element[] {
  const width = header.children.length;
  const isRow = (el: Element) => el.tagName === header.tagName && Math.abs(el.children.length - width) <= 1;
  for (const node of [header, header.parentElement]) {
    const next = node?.nextElementSibling;
    const rows = next ? [...next.children].filter(isRow) : [];
    if (rows.length) return rows;
  }
  const siblings: Element[] = [];
  for (let el = header.nextElementSibling; el; el = el.nextElementSibling) if (isRow(el)) siblings.push(el);
  return siblings;
}

/** Every header-row list under `root` (tables and grids excluded: `scanTables` reads those). */
export function scanHeaderRowLists(root: Root, required: readonly string[], optional: readonly string[] = []): TableReading[] {
  const wanted = [...required, ...optional];
  const found: TableReading[] = [];
  for (const el of allElements(root)) {
    if (el.children.length < required.length || el.closest(TABULAR) || !isRendered(el)) continue;
    const columns = columnsOf(el, required, wanted);
    if (!columns) continue;
    const rows = recordRows(el)
      .filter((row) => isRendered(row))
      .map((row) => {
        const cells = [...row.children];
        const result: TableRow = new Map();
        for (const [label, index] of columns) result.set(label, cells[index] ? valueText(cells[index]) : '');
        return result;
      })
      .filter((row) => [...row.values()].some(Boolean));
    found.push({ element: el.parentElement ?? el, rows });
  }
  return found;
}
