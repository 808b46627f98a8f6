/** A rich-text note as the editor renders it: paragraphs and a pasted table, plain DOM in the page. */
import type { CompanyNote } from '../../data/types';
import { h } from './dom';

export function noteBody(note: CompanyNote): HTMLElement {
  const table = note.table
    ? h(
        'table',
        { rawCls: 'ql-table' },
        h('thead', {}, h('tr', {}, ...note.table.columns.map((c) => h('th', {}, c)))),
        h('tbody', {}, ...note.table.rows.map((row) => h('tr', {}, ...row.map((cell) => h('td', {}, cell))))),
      )
    : null;
  const heading = note.heading ? h('h3', {}, note.heading) : null;
  return h('div', { rawCls: 'ql-editor', attrs: { 'data-gramm': 'false' } }, ...note.paragraphs.map((p) => h('p', {}, p)), heading, table);
}
