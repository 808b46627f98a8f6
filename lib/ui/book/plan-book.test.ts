import { describe, expect, it } from 'vitest';
import type { Opportunity } from '../../shared/accounts/account';
import { CURRENT_CATALOG } from '../../shared/programs/catalog-current';
import { ADMIN, SOLD_TO, contact, makeAccount } from '../../shared/programs/accounts.test-support';
import { DEFAULT_SETTINGS } from '../../shared/settings/schema';
import { bookLists, dueCount, filterLists, planBookAccount } from './plan-book';

const TODAY = '2026-11-23';
const plan = (...accounts: ReturnType<typeof makeAccount>[]) =>
  bookLists(accounts.map((a) => planBookAccount(a, { catalog: CURRENT_CATALOG, settings: DEFAULT_SETTINGS, sends: [], today: TODAY })), TODAY);
const named = (name: string, options: Parameters<typeof makeAccount>[0]) => ({ ...makeAccount(options), name });
const deal = (name: string, type: string, stage = '4-Proposal'): Opportunity => ({ id: `006${name}`, name, type, stage, closeDate: '2026-12-15', isClosed: false, isWon: false });

describe('the book\'s lists', () => {
  it('lists accounts without an admin worst first: blocked deals, then programs held back; never a partial contact list', () => {
    const csmAssigned = { segment: 'CSM-Assigned', csm: 'Dana Whitfield' };
    const dealBlocked = named('Zeta', { id: 'Z', contacts: [SOLD_TO], opportunities: [deal('Zeta - New', 'New - First Order')] });
    const surveysHeld = named('Alpha', { id: 'A', contacts: [SOLD_TO], fields: csmAssigned });
    const fine = named('Beta', { id: 'B', contacts: [ADMIN, SOLD_TO] });
    const partial = named('Gamma', { id: 'G', contacts: [contact('Only One')], contactsIncomplete: '25 of 140 contacts visible' });
    const lists = plan(surveysHeld, fine, partial, dealBlocked);
    expect(lists.noAdmin.map((r) => r.account.name)).toEqual(['Zeta', 'Alpha']);
    expect(lists.noAdmin[0]?.blockedDeals.map((d) => d.name)).toEqual(['Zeta - New']);
    expect(lists.noAdmin[1]?.blockedPrograms.length).toBeGreaterThan(0);
    expect(lists.deals.map((d) => [d.account.name, d.opportunity.name])).toEqual([['Zeta', 'Zeta - New']]);
    expect(lists.adminUnknown).toBe(1);
  });

  it('takes every due entry of every account, grouped by program, and the next seven days\' upcoming ones', () => {
    const accounts = [named('One', { id: '1', fields: { subscriptionStartDate: '2026-11-21', customerSince: '2026-11-21' } }), named('Two', { id: '2', fields: { subscriptionStartDate: '2026-11-21', customerSince: '2026-11-21' } })];
    const lists = plan(...accounts);
    const due = accounts.flatMap((a) => planBookAccount(a, { catalog: CURRENT_CATALOG, settings: DEFAULT_SETTINGS, sends: [], today: TODAY }).plan.entries.filter((e) => e.state === 'due'));
    expect(dueCount(lists)).toBe(due.length);
    expect(lists.due.flatMap((g) => g.rows.map((r) => r.program.id)).sort()).toEqual(due.map((e) => e.programId).sort());
    for (const row of lists.upcoming) expect(row.date > TODAY && row.date <= '2026-11-30').toBe(true);
  });

  it('filters by every word, across account, program, step and recipients', () => {
    const lists = plan(named('Acme Rockets', { id: '1', contacts: [SOLD_TO], opportunities: [deal('Acme - Growth', 'Growth')] }), named('Globex', { id: '2', contacts: [SOLD_TO] }));
    const filtered = filterLists(lists, 'acme growth');
    expect(filtered.deals).toHaveLength(1);
    expect(filtered.noAdmin.map((r) => r.account.name)).toEqual([]);
    expect(filterLists(lists, 'globex').noAdmin.map((r) => r.account.name)).toEqual(['Globex']);
  });
});
