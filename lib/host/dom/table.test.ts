// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { scanHeaderRowLists } from './header-rows';
import { pagedTotal } from './pager';
import { cellItems, readTable, scanTables } from './table';

afterEach(() => {
  document.body.innerHTML = '';
});

const REQUIRED = ['Name', 'Email', 'GitLab Role'];
const names = (rows: Map<string, string>[] | undefined) => rows?.map((r) => r.get('Name'));

describe('tables and grids, with what they say about rows they do not show', () => {
  it('reads a row header cell (th scope=row) as the row\'s data, not as a header row', () => {
    document.body.innerHTML = `<table><tr><th scope="col">Name</th><th scope="col">Email</th><th scope="col">GitLab Role</th></tr>
      <tr><th scope="row">Ada Admin</th><td>ada@a.example</td><td>GitLab Admin</td></tr></table>`;
    expect(names(scanTables(document, REQUIRED).found[0]?.rows)).toEqual(['Ada Admin']);
  });

  it('counts the rows a grid says it has beyond those it renders', () => {
    document.body.innerHTML = `<div role="grid" aria-rowcount="41"><div role="row" aria-rowindex="1"><div role="columnheader">Name</div><div role="columnheader">Email</div><div role="columnheader">GitLab Role</div></div>
      <div role="row" aria-rowindex="2"><div role="gridcell">Ada</div><div role="gridcell">a@a.example</div><div role="gridcell">—</div></div></div>`;
    expect(scanTables(document, REQUIRED).found[0]).toMatchObject({ total: 40 });
  });

  it('knows when a grid does not know its own size', () => {
    document.body.innerHTML = `<div role="grid" aria-rowcount="-1"><div role="row"><div role="columnheader">Name</div><div role="columnheader">Email</div><div role="columnheader">GitLab Role</div></div></div>`;
    expect(scanTables(document, REQUIRED).found[0]).toMatchObject({ rows: [], total: null });
  });

  it('finds every matching table, not only the first', () => {
    const table = '<table><tr><th>Name</th><th>Email</th><th>GitLab Role</th></tr><tr><td>A</td><td>a@x</td><td>r</td></tr></table>';
    document.body.innerHTML = table + table;
    expect(scanTables(document, REQUIRED).found).toHaveLength(2);
  });
});

describe('rows of plain elements under a header row', () => {
  it('reads records that follow the header row as siblings, skipping an actions cell', () => {
    document.body.innerHTML = `<ul><li><b>Name</b><b>Email</b><b>GitLab Role</b></li>
      <li><span>Ada Admin</span><span>ada@a.example</span><span>GitLab Admin</span><button>…</button></li>
      <li><span>Bob</span><span>bob@a.example</span><span>—</span><button>…</button></li></ul>`;
    const [list] = scanHeaderRowLists(document, REQUIRED);
    expect(list?.rows.map((r) => [r.get('Name'), r.get('GitLab Role')])).toEqual([['Ada Admin', 'GitLab Admin'], ['Bob', '—']]);
  });

  it('reads records in the container after the header row', () => {
    document.body.innerHTML = `<div><div><div><span>Email</span><span>Name</span><span>GitLab Role</span></div></div>
      <div><div><span>ada@a.example</span><span>Ada</span><span>GitLab Admin</span></div><div><span>b@a.example</span><span>Bo</span><span></span></div></div></div>`;
    expect(names(scanHeaderRowLists(document, REQUIRED)[0]?.rows)).toEqual(['Ada', 'Bo']);
  });

  it('leaves tables and grids to the table reader', () => {
    document.body.innerHTML = '<table><tr><th>Name</th><th>Email</th><th>GitLab Role</th></tr><tr><td>A</td><td>a@x</td><td>r</td></tr></table>';
    expect(scanHeaderRowLists(document, REQUIRED)).toEqual([]);
  });

  it('needs every required column in the header row', () => {
    document.body.innerHTML = '<div><div><span>Name</span><span>Email</span></div><div><span>A</span><span>a@x</span></div></div>';
    expect(scanHeaderRowLists(document, REQUIRED)).toEqual([]);
  });
});

describe('header cells that carry assistive text beside their caption', () => {
  /** lightning-datatable (probe variant lightning-datatable-contacts): a sort action and a resize handle, each with assistive text. */
  const datatableHeader = (c: string, ariaLabel = true) =>
    `<th role="columnheader" scope="col"${ariaLabel ? ` aria-label="${c}"` : ''} aria-sort="none"><span class="slds-th__action" role="button"><span class="slds-assistive-text">Sort by: </span><span class="slds-truncate" title="${c}">${c}</span><span class="slds-assistive-text" aria-live="assertive"></span></span><lightning-primitive-resize-handler><span class="slds-resizable"><label class="slds-assistive-text">${c} column width</label><input type="range" min="20" max="1000"></span></lightning-primitive-resize-handler></th>`;
  /** A related list's header: a sort link whose caption is followed by assistive text, a width label after it. */
  const relatedListHeader = (c: string) => `<th><a href="#"><span>${c}</span><span class="assistive">Sort by:</span></a><div><span>${c} column width</span></div></th>`;
  const body = '<tr role="row"><th role="rowheader" scope="row"><a href="#">Ada Admin</a></th><td role="gridcell">ada@a.example</td><td role="gridcell">GitLab Admin</td></tr>';

  it.each([
    { shape: 'a datatable header with aria-label', head: (c: string) => datatableHeader(c) },
    { shape: 'a datatable header without aria-label (the caption\'s title)', head: (c: string) => datatableHeader(c, false) },
    { shape: 'a related-list header (the caption\'s own words)', head: relatedListHeader },
    { shape: 'a header whose assistive part is aria-hidden', head: (c: string) => `<th><span aria-hidden="true">Email</span>${c}</th>` },
  ])('matches $shape', ({ head }) => {
    document.body.innerHTML = `<table role="grid"><thead><tr>${REQUIRED.map(head).join('')}</tr></thead><tbody>${body}</tbody></table>`;
    expect(readTable(document, REQUIRED)?.map((r) => [...r.values()])).toEqual([['Ada Admin', 'ada@a.example', 'GitLab Admin']]);
  });

  it('does not take a longer caption that starts with a column name for that column', () => {
    document.body.innerHTML = '<table><tr><th>Name</th><th>Email Opt Out</th><th>GitLab Role</th></tr><tr><td>A</td><td>false</td><td>r</td></tr></table>';
    expect(readTable(document, REQUIRED)).toBeUndefined();
  });
});

describe('what a list says about rows it does not show', () => {
  const HEADER = '<div role="row" aria-rowindex="1"><div role="columnheader">Name</div><div role="columnheader">Email</div><div role="columnheader">GitLab Role</div></div>';

  it.each([
    { case: 'a header-only grid that counts only its header', rowcount: ' aria-rowcount="1"', reading: { rows: [], saysEmpty: true } },
    { case: 'a header-only grid that counts nothing', rowcount: '', reading: { rows: [] } },
  ])('tells $case', ({ rowcount, reading }) => {
    document.body.innerHTML = `<div role="grid"${rowcount}>${HEADER}</div>`;
    const [found] = scanTables(document, REQUIRED).found;
    expect(found).toMatchObject(reading);
    if (!rowcount) expect(found?.saysEmpty).toBeUndefined();
  });

  it.each([
    { pager: '<span>1 - 10 of 14</span>', total: 14 },
    { pager: '<span>11–14 of 14</span>', total: 14 },
    { pager: '<span class="ag-paging-row-summary-panel"><span>1</span> to <span>10</span> of <span>14</span></span>', total: 14 },
    { pager: '<span>Page <span>1</span> of <span>3</span></span>', total: null },
    { pager: '<div role="button" aria-label="Next Page">›</div>', total: null },
    { pager: '<span>1 - 14 of 14</span><span>Page 1 of 1</span><button aria-label="Next page" disabled>›</button>', total: undefined },
    { pager: '<button aria-label="Next page" hidden>›</button><p>Spent 1 - 2 of 3 budget lines on this.</p>', total: undefined },
  ])('reads the pager $pager as total $total', ({ pager, total }) => {
    document.body.innerHTML = `<section>${pager}</section>`;
    expect(pagedTotal(document.body)).toBe(total);
  });
});

describe('cells that show several values', () => {
  const cell = (html: string) => {
    document.body.innerHTML = `<div role="gridcell">${html}</div>`;
    return cellItems(document.body.firstElementChild!);
  };

  it.each([
    { html: '<div class="pills"><span>GitLab Admin</span><span>Billing Contact</span></div>', items: ['GitLab Admin', 'Billing Contact'] },
    { html: '<span>A</span><svg></svg><span>B<button aria-label="Remove">×</button></span>', items: ['A', 'B'] },
    { html: '<a>A</a>, <a>B</a>', items: ['A', 'B'] },
    { html: '<span>GitLab Admin</span>', items: null },
    { html: 'GitLab Admin, Billing Contact', items: null },
    { html: '<span><b>GitLab</b> Admin</span>', items: null },
    { html: '<b>GitLab</b> and <b>Admin</b>', items: null },
  ])('reads $html as $items', ({ html, items }) => {
    expect(cell(html)).toEqual(items);
  });
});
