/** Missing or unreadable data: an "unknown" entry that names the field, never a crash, never a silent "not eligible". */
import { describe, expect, it } from 'vitest';
import type { Account } from '../accounts/account';
import { builtInCatalog } from './catalogs';
import { evaluate } from './engine';
import { newCustomer } from './seed-table.test-support';
import { DEFAULT_ENGINE_SETTINGS } from './settings';
import { unreadFields } from './unread-fields';
import { entryOf, makeAccount, planFor, withEvents } from './accounts.test-support';

const DATE_ORDER = ' (it is no date in the date order set in Options)';

describe('unknown fields', () => {
  it('names a field the page did not show, by its label', () => {
    const plan = planFor(makeAccount({ without: ['renewalDate'] }), '2026-07-26', { edition: 'earlier' });
    const entry = entryOf(plan, 'nps-csat-pre-renewal');
    expect(entry.state).toBe('unknown');
    expect(entry.missing).toEqual([{ field: 'renewalDate', label: 'Renewal Date', message: 'Renewal Date was not found on the page' }]);
    expect(entry.reasons).toEqual(['Renewal Date was not found on the page']);
  });

  it('quotes the text of a field that could not be read', () => {
    const account = makeAccount({ without: ['renewalDate'], unreadable: { renewalDate: '31/31/2026' } });
    const entry = entryOf(planFor(account, '2026-07-26', { edition: 'earlier' }), 'nps-csat-pre-renewal');
    expect(entry.missing).toEqual([
      { field: 'renewalDate', label: 'Renewal Date', raw: '31/31/2026', message: `Renewal Date could not be read: "31/31/2026"${DATE_ORDER}` },
    ]);
  });

  it('treats a value of the wrong shape (an adapter bug) as unreadable', () => {
    const account = makeAccount();
    (account.fields as Record<string, unknown>).renewalDate = 'Nov 23, 2026';
    (account.fields as Record<string, unknown>).ciScore = 42;
    const earlier = planFor(account, '2026-07-26', { edition: 'earlier' });
    expect(entryOf(earlier, 'nps-csat-pre-renewal').reasons).toEqual([`Renewal Date could not be read: "Nov 23, 2026"${DATE_ORDER}`]);
    const lab = withEvents({ 'ci-lab': ['2026-03-11'] });
    expect(entryOf(planFor(account, '2026-03-04', { settings: lab }), 'ci-lab-invite').reasons).toEqual(['CI Score could not be read: "42"']);
  });

  it('keeps a known empty value apart from a missing one', () => {
    expect(entryOf(planFor(makeAccount({ fields: { duoPurchaseDate: null } }), '2026-03-12'), 'duo-admin-onboarding').reasons)
      .toEqual(['No Duo purchase']);
    expect(entryOf(planFor(makeAccount({ without: ['duoPurchaseDate'] }), '2026-03-12'), 'duo-admin-onboarding').reasons)
      .toEqual(['Duo Purchase Date was not found on the page']);
  });

  it('lists every missing field of a program', () => {
    const account = makeAccount({ fields: { issuesEpicsCreated: 1 }, without: ['customerSince', 'issuesEpicsCreated'] });
    const entry = entryOf(planFor(account, '2026-05-20', { settings: withEvents({ 'project-management-lab': ['2026-05-20'] }) }), 'project-management-lab-invite');
    expect(entry.missing.map((m) => m.label)).toEqual(['Issues & Epics Created', 'Customer Since']);
  });

  it('says not eligible when a known condition fails, even if another field is missing', () => {
    const account = makeAccount({ fields: { ...newCustomer('2026-01-01'), licenseUtilization: 90 }, without: ['segment'] });
    const entry = entryOf(planFor(account, '2026-04-11', { edition: 'earlier' }), 'low-license-utilization');
    expect(entry.state).toBe('not-eligible');
    expect(entry.reasons).toEqual(['License Utilization is 90%; this program needs less than 75%']);
  });

  it('needs the segment only for programs limited to some segments', () => {
    const plan = planFor(makeAccount({ fields: newCustomer('2026-03-10'), without: ['segment'] }), '2026-03-12');
    expect(entryOf(plan, 'net-new-onboarding').state).toBe('due');
    expect(entryOf(plan, 'security-adoption').missing.map((m) => m.field)).toEqual(['segment']);
  });

  it('never throws on a snapshot full of surprises, and gives every program exactly one state', () => {
    const strange: Account = {
      source: 'salesforce', org: 'gitlab.my.salesforce.com', id: '', name: '', unreadable: { customerSince: '—' },
      fields: {
        subscriptionStartDate: '2026-02-30', renewalDate: '', lastRenewalDate: null, segment: 'Enterprise' as never,
        plan: null, ciScore: 'Purple' as never, ciUtilization: Number.NaN, licenseUtilization: '12%' as never,
        issuesEpicsCreated: null, activeSubscription: 'Yes' as never, controlGroup: 'maybe' as never, deployment: 'SaaS',
        duoPurchaseDate: 20260101 as never,
      },
      contacts: [{ name: 'X', email: null, roles: [], soldTo: false, enablementEnrollment: [], permission: 'Owner' }],
      opportunities: [{ name: 'Lost', type: null, stage: 'Closed Lost', closeDate: null }],
      programLogs: [{ program: '', step: '', sentOn: 'yesterday', recipients: [] }],
    };
    for (const edition of ['current', 'earlier'] as const) {
      const catalog = builtInCatalog(edition);
      const plan = evaluate(catalog, strange, '2026-03-12', [{ programId: 'nope', stepId: 'x', sentOn: '??' }], DEFAULT_ENGINE_SETTINGS);
      expect(plan.entries).toHaveLength(catalog.programs.length);
      expect(new Set(plan.entries.map((e) => e.programId)).size).toBe(catalog.programs.length);
      for (const entry of plan.entries) {
        expect(['due', 'upcoming', 'not-eligible', 'sent', 'held-back', 'unknown', 'untracked']).toContain(entry.state);
        if (entry.state === 'unknown') expect(entry.missing.length).toBeGreaterThan(0);
        if (entry.state === 'not-eligible') expect(entry.reasons.length).toBeGreaterThan(0);
      }
    }
  });

  it('rejects an invalid today, which is the caller’s bug rather than page data', () => {
    expect(() => planFor(makeAccount(), '2026-13-01')).toThrow(RangeError);
  });
});

describe('the tenant’s own words', () => {
  it('names fields by the tenant’s C360 labels in reasons and "Needs data"', () => {
    const labels = { ...DEFAULT_ENGINE_SETTINGS.labels, renewalDate: 'Next Renewal', ciUtilization: 'CI Usage %' };
    const settings = { ...DEFAULT_ENGINE_SETTINGS, labels };
    const missing = entryOf(planFor(makeAccount({ without: ['renewalDate'] }), '2026-07-26', { edition: 'earlier', settings }), 'nps-csat-pre-renewal');
    expect(missing.reasons).toEqual(['Next Renewal was not found on the page']);
    const failing = entryOf(planFor(makeAccount({ fields: { ciUtilization: 30 } }), '2026-03-12', { edition: 'earlier', settings }), 'ci-usage-trigger');
    expect(failing.reasons).toEqual(['CI Usage % is 30%; this program needs less than 20%']);
  });

  it('names the Salesforce API field on an account read from Salesforce, and fields Salesforce does not hold as such', () => {
    const settings = { ...DEFAULT_ENGINE_SETTINGS, salesforceFields: { ...DEFAULT_ENGINE_SETTINGS.salesforceFields, renewalDate: 'Renewal_Date__c' } };
    const account = makeAccount({ source: 'salesforce', without: ['renewalDate', 'ciUtilization'] });
    const plan = planFor(account, '2026-07-26', { edition: 'earlier', settings });
    expect(entryOf(plan, 'nps-csat-pre-renewal').reasons).toEqual(['Salesforce field Renewal_Date__c was not read']);
    expect(entryOf(plan, 'ci-usage-trigger').reasons).toEqual(["CI Utilization is not read from Salesforce: see it on the account's Customer360 page"]);
    const plain = planFor(makeAccount({ source: 'salesforce', fields: { plan: 'Premium' } }), '2026-03-12', { settings: withEvents({ 'security-lab': ['2026-03-20'] }) });
    expect(entryOf(plain, 'security-lab-invite').reasons).toEqual(['Plan (Plan__c) is Premium; this program needs Ultimate']);
  });

  it('quotes the adapter’s note on why a field is missing', () => {
    const note = 'Salesforce field Deployment__c is not in this org — map it in Options → Salesforce';
    const account = makeAccount({ source: 'salesforce', fields: newCustomer('2026-03-10'), without: ['deployment'], fieldNotes: { deployment: note } });
    const plan = planFor(account, '2026-03-13', { edition: 'earlier' });
    expect(entryOf(plan, 'onboarding-series-saas').missing).toEqual([{ field: 'deployment', label: 'Deployment (Deployment__c)', message: note }]);
    expect(unreadFields(account, DEFAULT_ENGINE_SETTINGS)).toEqual([{ field: 'deployment', label: 'Deployment (Deployment__c)', message: note }]);
  });

  it('lists the fields the panel should say it could not use, by the tenant’s labels', () => {
    const settings = { ...DEFAULT_ENGINE_SETTINGS, labels: { ...DEFAULT_ENGINE_SETTINGS.labels, renewalDate: 'Next Renewal' } };
    const account = makeAccount({ without: ['renewalDate', 'controlGroup', 'abGroup'], fields: { licenseUtilization: 140 } });
    expect(unreadFields(account, settings).map((m) => m.message)).toEqual([
      'Next Renewal was not found on the page',
      'License Utilization cannot be used: 140% is not a percentage between 0 and 100',
    ]);
  });
});
