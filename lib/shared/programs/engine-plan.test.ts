import { afterAll, describe, expect, it } from 'vitest';
import { addDays } from '../dates/iso';
import { newCustomer } from './seed-table.test-support';
import { DEFAULT_ENGINE_SETTINGS } from './settings';
import { ADMIN, contact, entryOf, makeAccount, planFor } from './accounts.test-support';
import type { Plan } from './plan';

describe('plan order', () => {
  it('puts due first (oldest first), then upcoming by date, then unknown, held back, sent, not eligible, not tracked', () => {
    const account = makeAccount({
      fields: { ...newCustomer('2026-03-10'), ultimateSince: '2026-03-11', controlGroup: true, duoPurchaseDate: '2026-03-13' },
      without: ['ciScore'],
    });
    const plan = planFor(account, '2026-03-13', { history: [{ programId: 'customer-newsletter', stepId: null, sentOn: '2026-02-27' }] });
    const states = plan.entries.map((e) => e.state);
    const rank = ['due', 'upcoming', 'unknown', 'held-back', 'sent', 'not-eligible', 'untracked'];
    expect(states.map((s) => rank.indexOf(s))).toEqual([...states.map((s) => rank.indexOf(s))].sort((a, b) => a - b));
    expect(new Set(states)).toEqual(new Set(rank.filter((s) => s !== 'sent')));
    const dated = (state: string) => plan.entries.filter((e) => e.state === state).map((e) => e.date!);
    expect(dated('due')).toEqual([...dated('due')].sort());
    expect(dated('upcoming')).toEqual([...dated('upcoming')].sort());
    // Oldest due first: Net-New Onboarding has been due since day 2 (2026-03-12).
    expect(plan.entries[0]).toMatchObject({ programId: 'net-new-onboarding', date: '2026-03-12' });
  });

  it('lists every program once, in catalog order within a tie', () => {
    const plan = planFor(makeAccount(), '2026-03-13');
    const notEligible = plan.entries.filter((e) => e.state === 'not-eligible').map((e) => e.programId);
    expect(notEligible).toEqual(['csm-cse-introduction', 'net-new-onboarding', 'ultimate-upgrade-onboarding', 'duo-admin-onboarding',
      'post-renewal-onboarding', 'ci-product-coach', 'security-product-coach', 'security-adoption', 'cd-adoption', 'agile-adoption',
      'ci-lab-invite', 'security-lab-invite', 'ci-enablement-campaign', 'cd-enablement-campaign', 'devsecops-enablement-campaign',
      'agile-enablement-campaign']);
  });

  it('reports the account, the day and the edition it was made for', () => {
    expect(planFor(makeAccount({ id: '001A' }), '2026-03-13', { edition: 'earlier' })).toMatchObject({
      accountId: '001A', today: '2026-03-13', edition: 'earlier',
    });
  });
});

describe('a book of business planned in a row', () => {
  it('keeps each account’s own words where entries are shared between accounts', () => {
    const coach = (fields: Parameters<typeof makeAccount>[0]) => entryOf(planFor(makeAccount(fields), '2026-03-10'), 'ci-product-coach');
    const enrolled = contact('Eve', { enablementEnrollment: ['CI Product Coach'] });
    expect(coach({ fields: { segment: 'Tech Touch' } }).reasons).toEqual([
      'Segment is Tech Touch; this program is for Scale only', 'No contact is enrolled in CI Product Coach (Enablement Enrollment)',
    ]);
    expect(coach({ fields: { segment: 'CSE' } }).reasons).toEqual(['No contact is enrolled in CI Product Coach (Enablement Enrollment)']);
    expect(coach({ fields: { segment: 'Digital' } }).reasons[0]).toBe('Segment is Digital (Tech Touch); this program is for Scale only');
    expect(coach({ source: 'salesforce', fields: { segment: 'Tech Touch' } }).reasons[0]).toBe('Segment (Segment__c) is Tech Touch; this program is for Scale only');
    expect(coach({ fields: { segment: 'Scale' }, contacts: [ADMIN, enrolled] })).toMatchObject({ state: 'due', recipients: [{ contact: enrolled }] });
    expect(coach({ fields: { segment: 'Scale' }, contacts: [ADMIN], contactsIncomplete: '1 of 9 contacts visible' }).state).toBe('unknown');
    expect(coach({ fields: { segment: 'Scale' } }).reasons).toEqual(['No contact is enrolled in CI Product Coach (Enablement Enrollment)']);
  });
});

describe('the why', () => {
  it('lists the values behind an entry that are the team’s choice, with their current value and the tenant’s labels', () => {
    const settings = { ...DEFAULT_ENGINE_SETTINGS, labels: { ...DEFAULT_ENGINE_SETTINGS.labels, customerSince: 'Original Contract Date' } };
    const plan = planFor(makeAccount({ fields: newCustomer('2026-01-01') }), '2026-01-31', { settings });
    expect(entryOf(plan, 'security-adoption').teamChoices).toEqual([
      "Day 30 is counted from Original Contract Date: the team's choice; the seeds do not give it",
      "Stays due for 7 days after its day, so a late look still finds it: the team's choice; the seeds do not give it",
      "Later email on day 7 after the first: the team's choice; the seeds do not give it",
      "Held back from accounts whose Control Group says Yes: the team's reading of seed 001, which names no pilots",
      'Its CTA\'s Reason is "Adoption": the team\'s choice; the seeds do not give it',
    ]);
    expect(entryOf(plan, 'customer-newsletter').teamChoices).toEqual(['Its CTA\'s Reason is "Other": the team\'s choice; the seeds do not give it']);
  });
});

describe('settings', () => {
  it('turns programs off by id', () => {
    const settings = { ...DEFAULT_ENGINE_SETTINGS, disabledPrograms: ['customer-newsletter'] };
    const entry = entryOf(planFor(makeAccount(), '2026-01-23', { settings }), 'customer-newsletter');
    expect(entry).toMatchObject({ state: 'not-eligible', reasons: ['Turned off in settings'] });
  });
});

describe('time zones and DST', () => {
  const original = process.env.TZ;
  afterAll(() => {
    process.env.TZ = original;
  });

  // New York changes clocks on 2026-03-08 and 2026-11-01; Kiritimati is UTC+14; Chatham moves by 45 minutes.
  const zones = ['America/New_York', 'Pacific/Kiritimati', 'Pacific/Chatham', 'UTC'];
  const days = (from: string, count: number) => Array.from({ length: count }, (_, i) => addDays(from, i));
  const summaryOf = (plan: Plan) => plan.entries.map((e) => `${e.programId} ${e.state} ${e.date ?? ''}`);

  it('gives the same plans in every time zone, across both New York DST changes', () => {
    const accounts = [
      makeAccount({ fields: { ...newCustomer('2025-09-08'), subscriptionStartDate: '2026-03-06', lastRenewalDate: '2026-10-29' } }),
      makeAccount({ fields: { ...newCustomer('2026-10-30'), duoPurchaseDate: '2026-11-01', segment: 'Scale', ciScore: 'Red' } }),
    ];
    const todays = [...days('2026-03-05', 8), ...days('2026-10-28', 8)];
    const results = zones.map((zone) => {
      process.env.TZ = zone;
      return accounts.flatMap((account) => todays.map((today) => summaryOf(planFor(account, today))));
    });
    for (const result of results.slice(1)) expect(result).toEqual(results[0]);
  });

  it('counts days across the spring-forward night in New York', () => {
    process.env.TZ = 'America/New_York';
    const account = makeAccount({ fields: newCustomer('2026-03-07') });
    expect(entryOf(planFor(account, '2026-03-08'), 'net-new-onboarding')).toMatchObject({ state: 'upcoming', date: '2026-03-09' });
    expect(entryOf(planFor(account, '2026-03-09'), 'net-new-onboarding')).toMatchObject({ state: 'due', date: '2026-03-09' });
  });

  it('counts days across the fall-back night in New York', () => {
    process.env.TZ = 'America/New_York';
    const account = makeAccount({ fields: { lastRenewalDate: '2026-10-29' } });
    expect(entryOf(planFor(account, '2026-11-01'), 'post-renewal-onboarding')).toMatchObject({ state: 'due', date: '2026-11-01' });
    expect(entryOf(planFor(account, '2026-11-08'), 'post-renewal-onboarding')).toMatchObject({ state: 'due', date: '2026-11-01' });
    expect(entryOf(planFor(account, '2026-11-09'), 'post-renewal-onboarding').reasons).toEqual(['Renewed 11 days ago; sent on days 3–10']);
  });
});
