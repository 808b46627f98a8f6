import { headerLabel, textsOf, type CellRow, type TableReading, type TableRow } from './table';
import { allElements, isRendered, type Root } from './walk';

/**
 * Reads lists laid out as rows of plain elements under a header row, with no table or grid role:
 * `<div><span>Name</span><span>Email</span>…</div>` followed by one element per record. The header row
 * is the element whose children name every required column; each record row is a later element of
 * the same kind, beside it or in the container that follows it, and its children are the cells.
 */

const TABULAR = 'table, [role="grid"], [role="table"], [role="treegrid"]';

function columnsOf(header: Element, required: readonly string[], wanted: readonly string[]): Map<string, number> | null {
  const columns = new Map<string, number>();
  [...header.children].forEach((child, index) => {
    const label = headerLabel(child, wanted);
    if (label && !columns.has(label)) columns.set(label, index);
  });
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
    const rows: TableRow[] = [];
    const cells: CellRow[] = [];
    for (const row of recordRows(el)) {
      if (!isRendered(row)) continue;
      const byLabel: CellRow = new Map();
      for (const [label, index] of columns) {
        const cell = row.children[index];
        if (cell) byLabel.set(label, cell);
      }
      const texts = textsOf(byLabel, columns.keys());
      // A row with no text is a spacer or a placeholder, not a record.
      if (![...texts.values()].some(Boolean)) continue;
      rows.push(texts);
      cells.push(byLabel);
    }
    found.push({ element: el.parentElement ?? el, rows, cells });
  }
  return found;
}
