// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { gitlabAdmins } from '../../shared/accounts/account';
import { adminVerdict } from '../../shared/planning/verdict';
import { DEFAULT_SETTINGS } from '../../shared/settings/schema';
import { readC360 } from './read-c360';

/** Page shapes from scratch/probe-variants (c360-role-pills, c360-late-rows, c360-paginated-people): unlike the sandbox's. */

afterEach(() => {
  document.body.innerHTML = '';
});

const LABELS = DEFAULT_SETTINGS.gainsight.labels;
const ADMIN = 'GitLab Admin';
const COLUMNS = ['Name', 'Email', 'GitLab Role', 'Sold-To'];

function account() {
  const reading = readC360(document, { id: '1P02X', url: 'https://acme.gainsightcloud.com/v1/ui/customersuccess360?cid=1P02X', labels: LABELS, dateOrder: 'MDY' });
  if (!reading.account) throw new Error('no account read');
  return { ...reading, account: reading.account, verdict: adminVerdict(reading.account, ADMIN) };
}

const section = (label: string, inner: string) => `<h1>Acme Corp</h1><div class="c360-section" data-label="${label}"><div class="hdr"><span>${label}</span></div><div class="content">${inner}</div></div>`;
const gridHeader = `<div role="rowgroup"><div role="row" aria-rowindex="1">${COLUMNS.map((c) => `<div role="columnheader">${c}</div>`).join('')}</div></div>`;
const gridRow = (i: number, cells: string[]) => `<div role="row" aria-rowindex="${i + 2}">${cells.map((c) => `<div role="gridcell">${c}</div>`).join('')}</div>`;
const pills = (...values: string[]) => `<div class="pills">${values.map((v) => `<span class="pill">${v}</span>`).join('')}</div>`;

describe('a multi-valued cell shown as one element per value', () => {
  it.each([
    { shape: 'pills', role: pills('GitLab Admin', 'Billing Contact'), roles: ['GitLab Admin', 'Billing Contact'], verdict: 'yes' },
    { shape: 'pills with a placeholder', role: pills('Billing Contact', '---'), roles: ['Billing Contact'], verdict: 'no' },
    { shape: 'links separated by commas', role: '<a href="#">Billing Contact</a>, <a href="#">GitLab Admin</a>', roles: ['Billing Contact', 'GitLab Admin'], verdict: 'yes' },
    { shape: 'text with a semicolon', role: 'Billing Contact; GitLab Admin', roles: ['Billing Contact', 'GitLab Admin'], verdict: 'yes' },
    { shape: 'one value in a span', role: '<span>GitLab Administrator</span>', roles: ['GitLab Administrator'], verdict: 'no' },
    { shape: 'one value split into styled words', role: '<span><b>GitLab</b> Admin</span>', roles: ['GitLab Admin'], verdict: 'yes' },
  ])('reads $shape as separate roles', ({ role, roles, verdict }) => {
    const rows = gridRow(0, ['Ann Admin', 'ann@acme.example', role, 'No']) + gridRow(1, ['Bob Buyer', 'bob@acme.example', pills('Technical Contact'), 'Yes']);
    document.body.innerHTML = section('People', `<div role="grid" aria-rowcount="3" aria-label="People">${gridHeader}<div role="rowgroup">${rows}</div></div>`);
    const read = account();
    expect(read.account.contacts?.map((c) => c.roles)).toEqual([roles, ['Technical Contact']]);
    expect(read.verdict).toBe(verdict);
  });

  it('reads Enablement Enrollment pills the same way', () => {
    const head = ['Name', 'Email', 'GitLab Role', 'Enablement Enrollment'].map((c) => `<th>${c}</th>`).join('');
    document.body.innerHTML = section('People', `<table><tr>${head}</tr><tr><td>Ann</td><td>ann@acme.example</td><td>${pills('GitLab Admin')}</td><td>${pills('Onboarding', 'CI Workshop')}</td></tr></table>`);
    expect(account().account.contacts?.[0]).toMatchObject({ roles: ['GitLab Admin'], enablementEnrollment: ['Onboarding', 'CI Workshop'] });
  });
});

describe('a role cell that shows only its first values, with a "+" count for the rest', () => {
  const people = (annRoles: string) =>
    section('People', `<div role="grid" aria-rowcount="3" aria-label="People">${gridHeader}<div role="rowgroup">${
      gridRow(0, ['Ann Admin', 'ann@acme.example', annRoles, 'No']) + gridRow(1, ['Bob Buyer', 'bob@acme.example', pills('Technical Contact'), 'Yes'])
    }</div></div>`);

  it.each([
    ['a "+2" pill', pills('Billing Contact', '+2')],
    ['a "+ 2 more" pill', pills('Billing Contact', '+ 2 more')],
    ['a "+2" after a comma', 'Billing Contact, +2'],
  ])('never says "no admin" with %s: the admin may be among the hidden roles', (_shape, roles) => {
    document.body.innerHTML = people(roles);
    const read = account();
    expect(read.account.contacts?.[0]?.roles).toEqual(['Billing Contact']);
    expect(read.verdict).toBe('unknown');
    expect(read.account.contactsIncomplete).toMatch(/only some of the roles of Ann Admin/);
  });

  it('still proves an admin shown before the count', () => {
    document.body.innerHTML = people(pills('GitLab Admin', '+1'));
    const read = account();
    expect(read.verdict).toBe('yes');
    expect(read.account.contacts?.[0]?.roles).toEqual(['GitLab Admin']);
  });
});

describe('a contacts grid that has drawn its header but not its rows', () => {
  const overlay = {
    'a plain "Loading..." overlay': '<div class="ag-overlay"><span>Loading...</span></div>',
    'a role=status spinner': '<div role="status"><span class="assistive">Loading</span></div>',
    'nothing at all': '',
  };
  it.each(Object.entries(overlay))('is still awaited with %s, and never reads as "no admin"', (_, shown) => {
    document.body.innerHTML = section('People', `<div role="grid" aria-label="People">${gridHeader}<div role="rowgroup"></div>${shown}</div>`);
    const read = account();
    expect(read.waitingFor).toContain('contacts');
    expect(read.account.contacts).toEqual([]);
    expect(read.account.contactsIncomplete).toMatch(/^the People section shows the contact list's headers but no rows/);
    // The watch's time limit reports this reading as final: it must stay unknown.
    expect(read.verdict).toBe('unknown');
  });

  it('is read once the rows arrive and the overlay goes', () => {
    document.body.innerHTML = section('People', `<div role="grid" aria-label="People">${gridHeader}<div role="rowgroup" id="body"></div><div id="ov"><span>Loading...</span></div></div>`);
    expect(account().waitingFor).toContain('contacts');
    document.getElementById('body')!.innerHTML = gridRow(0, ['Ann Admin', 'ann@acme.example', 'Billing Contact, GitLab Admin', 'No']);
    expect(account().waitingFor).toContain('contacts');
    document.getElementById('ov')!.remove();
    const read = account();
    expect(read.waitingFor).not.toContain('contacts');
    expect(read.verdict).toBe('yes');
  });

  it('is an empty list when the grid says it counts only its header row', () => {
    document.body.innerHTML = section('People', `<div role="grid" aria-label="People" aria-rowcount="1">${gridHeader}<div role="rowgroup"></div></div>`);
    const read = account();
    expect(read.waitingFor).not.toContain('contacts');
    expect(read.account.contactsIncomplete).toBeUndefined();
    expect(read.verdict).toBe('no');
  });

  it('does not take a contact named like a progress caption for one', () => {
    document.body.innerHTML = section('People', `<div role="grid" aria-rowcount="2">${gridHeader}<div role="rowgroup">${gridRow(0, ['Loading Dock', 'dock@acme.example', 'Shipping', 'No'])}</div></div>`);
    expect(account().waitingFor).not.toContain('contacts');
  });
});

describe('a paginated contacts list', () => {
  const people = Array.from({ length: 10 }, (_, i) => `<tr><td>Person ${i + 1}</td><td>p${i + 1}@acme.example</td><td>${i === 0 ? 'Billing Contact' : 'User'}</td><td>No</td></tr>`).join('');
  const table = (rows = people) => `<table><thead><tr>${COLUMNS.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table>`;
  const next = (disabled: boolean) => `<button aria-label="Next page"${disabled ? ' disabled' : ''}>›</button>`;

  it.each([
    { pager: `<div role="navigation" aria-label="Pagination"><span>1 - 10 of 14</span> <button aria-label="Previous page" disabled>‹</button> <span>Page 1 of 2</span> ${next(false)}</div>`, note: '10 of 14 contacts visible' },
    { pager: '<div>Showing <b>1</b> to <b>10</b> of <b>14</b> entries</div>', note: '10 of 14 contacts visible' },
    { pager: '<div>1–10 of 14</div>', note: '10 of 14 contacts visible' },
    { pager: '<div><span>Page 1 of 2</span></div>', note: '10 contacts visible; the list does not say how many there are' },
    { pager: `<div>${next(false)}</div>`, note: '10 contacts visible; the list does not say how many there are' },
    { pager: '<div><a href="#p2" role="button">Next</a></div>', note: '10 contacts visible; the list does not say how many there are' },
  ])('is partial, so "no admin" is unknown: $note', ({ pager, note }) => {
    document.body.innerHTML = section('People', table() + pager);
    const read = account();
    expect(read.account.contacts).toHaveLength(10);
    expect(read.account.contactsIncomplete).toBe(note);
    expect(read.verdict).toBe('unknown');
  });

  it.each([
    { case: 'a pager on its only page', pager: `<div><span>1 - 10 of 10</span> <span>Page 1 of 1</span> ${next(true)}</div>` },
    { case: 'an aria-disabled Next', pager: '<div role="button" aria-label="Next Page" aria-disabled="true">›</div>' },
  ])('is whole with $case', ({ pager }) => {
    document.body.innerHTML = section('People', table() + pager);
    const read = account();
    expect(read.account.contactsIncomplete).toBeUndefined();
    expect(read.verdict).toBe('no');
  });

  it('still proves an admin shown on the current page', () => {
    const rows = '<tr><td>Ann</td><td>ann@acme.example</td><td>GitLab Admin</td><td>No</td></tr>' + people;
    document.body.innerHTML = section('People', table(rows) + '<div>1 - 11 of 14</div>');
    const read = account();
    expect(gitlabAdmins(read.account).map((c) => c.name)).toEqual(['Ann']);
    expect(read.verdict).toBe('yes');
  });

  it('ignores a pager outside the contacts section', () => {
    document.body.innerHTML = section('People', table()) + `<div class="c360-section" data-label="Timeline"><span>Timeline</span><div>1 - 10 of 240</div>${next(false)}</div>`;
    expect(account().verdict).toBe('no');
  });
});

describe('contacts come from the People/Contacts section’s own container only (issue 24)', () => {
  const table = `<table><thead><tr>${COLUMNS.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody><tr><td>Mallory Note</td><td>mallory@evil.example</td><td>GitLab Admin</td><td>No</td></tr></tbody></table>`;
  const note = `<div class="c360-section" data-label="Notes"><div class="content"><p>Call notes</p><h3>Contacts</h3>${table}</div></div>`;

  it('a "Contacts" heading and a table inside a note, with no People section: no contacts, the verdict is unknown', () => {
    document.body.innerHTML = `<h1>Acme Corp</h1>${note}`;
    const read = account();
    expect(read.account.contacts).toBeUndefined();
    expect(read.verdict).toBe('unknown');
  });

  it('the same note beside the People section: only the section’s contacts', () => {
    const rows = gridRow(0, ['Ann Admin', 'ann@acme.example', 'Billing Contact', 'Yes']);
    document.body.innerHTML = `<h1>Acme Corp</h1>${note}${section('People', `<div role="grid" aria-rowcount="2" aria-label="People">${gridHeader}<div role="rowgroup">${rows}</div></div>`).replace('<h1>Acme Corp</h1>', '')}`;
    const read = account();
    expect(read.account.contacts?.map((c) => c.email)).toEqual(['ann@acme.example']);
    expect(read.verdict).toBe('no');
  });
});
