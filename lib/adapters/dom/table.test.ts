// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { scanHeaderRowLists } from './header-rows';
import { scanTables } from './table';

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
