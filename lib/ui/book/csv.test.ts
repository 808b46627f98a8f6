import { describe, expect, it } from 'vitest';
import { CURRENT_CATALOG } from '../../shared/programs/catalog-current';
import { DEFAULT_SETTINGS } from '../../shared/settings/schema';
import { ADMIN, SOLD_TO, contact, makeAccount } from '../../shared/programs/accounts.test-support';
import { bookCsv, csvCell } from './csv';
import { bookLists, planBookAccount } from './plan-book';

describe('the book as CSV', () => {
  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    for (const start of ['+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1+1`).startsWith(`'${start}`) || csvCell(`${start}1+1`).startsWith(`"'${start}`)).toBe(true);
    expect(csvCell('Acme, Inc.')).toBe('"Acme, Inc."');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(null)).toBe('');
  });

  it('has a row per listed item, named by its list, with untrusted names neutralised', () => {
    const evil = makeAccount({ id: '001EVIL', contacts: [SOLD_TO], fields: { segment: 'CSM-Assigned', csm: 'Dana' } });
    evil.name = '=cmd|/C calc!A0';
    const fine = makeAccount({ id: '001FINE', contacts: [ADMIN, contact('Cy')] });
    const lists = bookLists([evil, fine].map((a) => planBookAccount(a, { catalog: CURRENT_CATALOG, settings: DEFAULT_SETTINGS, sends: [], today: '2026-11-23' })), '2026-11-23');
    const lines = bookCsv(lists).trimEnd().split('\r\n');
    expect(lines[0]).toBe('List,Account,Program,Step,Date,Recipients,Detail');
    const noAdmin = lines.filter((l) => l.startsWith('Without a GitLab Admin'));
    expect(noAdmin).toHaveLength(1);
    expect(noAdmin[0]).toContain(",'=cmd|/C calc!A0,");
    expect(lines.every((l) => !l.split(',').some((cell) => /^[=+@]/.test(cell)))).toBe(true);
  });
});
