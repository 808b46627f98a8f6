/**
 * A batch plans thousands of accounts in a row: the engine reuses its working state from one account to the
 * next and keeps what it worked out once per day or per value (reasons, recurring timings, scheduled steps,
 * shared entries). Whatever was planned before, and in whatever order, an account's plan must be the same.
 */
import { describe, expect, it } from 'vitest';
import type { Account } from '../accounts/account';
import { addDays } from '../dates/iso';
import { builtInCatalog } from './catalogs';
import { evaluate } from './engine';
import type { SentRecord } from './history';
import { newCustomer } from './seed-table.test-support';
import { ADMIN, contact, makeAccount, SOLD_TO, withEvents } from './accounts.test-support';
import type { Catalog } from './types';

const TODAY = '2026-03-13';
const settings = withEvents({ 'ci-lab': ['2026-03-18'], 'security-lab': ['2026-03-25'], 'project-management-lab': ['2026-05-20'] });
const enrolled = (name: string, campaign: string) => contact(name, { enablementEnrollment: [campaign] });

/** Accounts that take the engine's different paths, with anchors 1024 days apart (its caches are that wide). */
const accounts: { account: Account; history: SentRecord[] }[] = [
  { account: makeAccount({ id: 'a', fields: newCustomer('2026-03-10') }), history: [] },
  { account: makeAccount({ id: 'b', fields: { ...newCustomer(addDays('2026-03-10', -1024)), segment: 'CSE' } }), history: [] },
  { account: makeAccount({ id: 'c', fields: { ...newCustomer('2025-09-13'), segment: 'Scale' }, contacts: [SOLD_TO] }), history: [] },
  { account: makeAccount({ id: 'd', fields: { ...newCustomer(addDays('2025-09-13', -1024)), segment: 'Enterprise' }, contacts: [] }), history: [] },
  { account: makeAccount({ id: 'e', without: ['segment', 'customerSince'], contacts: undefined }), history: [] },
  {
    account: makeAccount({ id: 'f', fields: { segment: 'Scale', ciScore: 'Red', plan: 'Ultimate' }, contacts: [ADMIN, enrolled('Cora', 'CI Product Coach'), enrolled('Eve', 'ci enablement')] }),
    history: [{ programId: 'ci-enablement-campaign', stepId: 'ci-1', sentOn: '2026-03-01', recipients: ['eve@example.com'] }],
  },
  {
    account: makeAccount({ id: 'g', source: 'salesforce', fields: { lastRenewalDate: '2026-03-10', renewalDate: '2026-03-01' }, contactsIncomplete: '25 of 140' }),
    history: [{ programId: 'customer-newsletter', stepId: null, sentOn: '2026-02-27' }],
  },
  { account: makeAccount({ id: 'h', fields: { segment: null, controlGroup: true, ...newCustomer('2026-02-11') } }), history: [] },
];

const planOf = (catalog: Catalog, { account, history }: (typeof accounts)[number], today = TODAY) => evaluate(catalog, account, today, history, settings);

describe('planning a batch', () => {
  it('plans each account the same whatever was planned before it', () => {
    const catalog = builtInCatalog('current');
    const forward = accounts.map((a) => planOf(catalog, a));
    const backward = [...accounts].reverse().map((a) => planOf(catalog, a)).reverse();
    expect(backward).toEqual(forward);
  });

  it('plans each account the same between plans of another day and another catalog', () => {
    const current = builtInCatalog('current');
    const alone = accounts.map((a) => planOf(current, a));
    const interleaved = accounts.map((a) => {
      planOf(builtInCatalog('earlier'), a, '2026-03-27');
      planOf(current, a, '2024-02-29');
      return planOf(current, a);
    });
    expect(interleaved).toEqual(alone);
  });

  it('plans the next account rightly after one whose data made planning fail half-way', () => {
    // The CI coach and the CI lab wait for each other (an imported catalog may say so): planning one asks about the other.
    const base = builtInCatalog('current');
    const catalog: Catalog = {
      ...base,
      programs: base.programs.map((p) => (p.id === 'ci-product-coach' ? { ...p, exclusions: [{ kind: 'while-active', programId: 'ci-lab-invite' }] } : p)),
    };
    const coached = accounts[5]!;
    const before = planOf(catalog, coached);
    const broken = makeAccount({ id: 'broken', fields: { segment: 'Scale' }, contacts: [enrolled('Cy', 'CI Product Coach')] });
    Object.defineProperty(broken.fields, 'ciScore', { get: () => { throw new Error('adapter bug'); } });
    expect(() => evaluate(catalog, broken, TODAY, [], settings)).toThrow('adapter bug');
    expect(planOf(catalog, coached)).toEqual(before);
  });
});
