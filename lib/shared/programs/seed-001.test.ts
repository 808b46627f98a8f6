/**
 * The earlier edition against seed 001 (and seed 000's contact rules), one group per seed sentence,
 * with the accounts each implies at its boundaries.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates/iso';
import { EARLIER, RECIPIENT_RULES } from './seed-quotes';
import { newCustomer, sentence } from './seed-table.test-support';
import { ADMIN, contact, entryOf, makeAccount, planFor, SOLD_TO, withEvents } from './accounts.test-support';

const earlier = (quote: Parameters<typeof sentence>[1], program: string, rows: Parameters<typeof sentence>[3]) =>
  sentence('earlier', quote, program, rows);
const csm = { segment: 'CSM-Assigned' } as const;
const ago = (today: string, days: number) => addDays(today, -days);

describe('seed 001: digital onboarding', () => {
  const since = '2026-03-10';
  earlier(EARLIER.intro, 'onboarding-intro-enrollment', [
    { name: 'the day before', fields: newCustomer(since), today: '2026-03-09', expected: 'upcoming 2026-03-10' },
    { name: 'day 0', fields: newCustomer(since), today: since, expected: 'due 2026-03-10' },
    { name: 'day 1', fields: newCustomer(since), today: '2026-03-11', expected: 'due 2026-03-10' },
    { name: 'day 3, the last of "the last 3 days"', fields: newCustomer(since), today: '2026-03-13', expected: 'due 2026-03-10' },
    { name: 'day 4', fields: newCustomer(since), today: '2026-03-14', expected: 'not-eligible: Became a customer 4 days ago; sent on days 0–3' },
    { name: 'a CSM-assigned account', fields: { ...newCustomer(since), ...csm }, today: since, expected: 'not-eligible: Segment is CSM-Assigned; this program is for Tech Touch and Scale only' },
    { name: '"Scaled CSM", as a tenant spells it', fields: { ...newCustomer(since), segment: 'Scaled CSM' }, today: since, expected: 'due 2026-03-10' },
  ]);
  earlier(EARLIER.series, 'onboarding-series-self-managed', [
    { name: 'day 2', fields: newCustomer(since), today: '2026-03-12', expected: 'upcoming 2026-03-13' },
    { name: 'day 3', fields: newCustomer(since), today: '2026-03-13', expected: 'due 2026-03-13' },
    { name: 'day 4', fields: newCustomer(since), today: '2026-03-14', expected: 'due 2026-03-13' },
    // The seed's audience runs to about day 15; the old catalog closed the start on day 6.
    { name: 'day 10', fields: newCustomer(since), today: '2026-03-20', expected: 'due 2026-03-13' },
    { name: 'day 15, the window’s end', fields: newCustomer(since), today: '2026-03-25', expected: 'due 2026-03-13' },
    { name: 'day 16', fields: newCustomer(since), today: '2026-03-26', expected: 'not-eligible: Became a customer 16 days ago; sent on days 3–15' },
    { name: 'a SaaS account takes the SaaS series', fields: { ...newCustomer(since), deployment: 'SaaS' }, today: '2026-03-13', expected: 'not-eligible: Deployment is SaaS; this program needs Self-Managed' },
  ]);
  earlier(EARLIER.series, 'onboarding-series-saas', [
    { name: 'SaaS', fields: { ...newCustomer(since), deployment: 'SaaS' }, today: '2026-03-13', expected: 'due 2026-03-13' },
    { name: 'Dedicated', fields: { ...newCustomer(since), deployment: 'Dedicated' }, today: '2026-03-13', expected: 'due 2026-03-13' },
  ]);
});

describe('seed 001: use-case campaigns around day 45, 70, 100 and 130', () => {
  const since = '2026-01-01';
  const cases = [
    { quote: EARLIER.useCaseCi, id: 'use-case-ci', day: 45 },
    { quote: EARLIER.useCaseDevSecOps, id: 'use-case-devsecops', day: 70 },
    { quote: EARLIER.useCaseCd, id: 'use-case-cd', day: 100 },
    { quote: EARLIER.useCaseAgile, id: 'use-case-agile', day: 130 },
  ];
  for (const { quote, id, day } of cases) {
    const dayN = addDays(since, day);
    earlier(quote, id, [
      { name: 'day N−1', fields: newCustomer(since), today: addDays(dayN, -1), expected: `upcoming ${dayN}` },
      { name: 'day N', fields: newCustomer(since), today: dayN, expected: `due ${dayN}` },
      { name: 'day N+1', fields: newCustomer(since), today: addDays(dayN, 1), expected: `due ${dayN}` },
      { name: 'window end', fields: newCustomer(since), today: addDays(dayN, 7), expected: `due ${dayN}` },
      { name: 'after the window', fields: newCustomer(since), today: addDays(dayN, 8), expected: `not-eligible: Became a customer ${day + 8} days ago; sent on days ${day}–${day + 7}` },
    ]);
  }
});

describe('seed 001: newsletters on Fridays', () => {
  earlier(EARLIER.newsletter, 'monthly-newsletter', [
    { name: 'the 4th Friday (the team’s choice of Friday)', today: '2026-01-23', expected: 'due 2026-01-23' },
    { name: 'the 5th Friday', today: '2026-01-30', expected: 'upcoming 2026-02-27' },
    { name: 'a digital account without admin: to the Sold-To contact', account: { contacts: [SOLD_TO] }, today: '2026-01-23', expected: 'due 2026-01-23', to: ['Sam Buyer'] },
  ]);
  earlier(EARLIER.newsletterCsm, 'monthly-newsletter', [
    { name: 'a CSM-assigned account: to its admins', fields: csm, today: '2026-01-23', expected: 'due 2026-01-23', to: ['Ada Admin'] },
    {
      name: 'a CSM-assigned account without admin',
      fields: csm, account: { contacts: [SOLD_TO] }, today: '2026-01-23',
      expected: 'held-back 2026-01-23: No GitLab Admin: on CSM-Assigned accounts this program requires a GitLab Admin, so the Sold-To contact does not receive it. Make a contact GitLab Admin to send it.',
    },
  ]);
});

describe('seed 001: NPS/CSAT surveys', () => {
  const since = '2026-01-01';
  const noAdmin = 'held-back 2026-03-02: No GitLab Admin: surveys go to GitLab Admin contacts only, and Sold-To contacts never receive NPS/CSAT. Make a contact GitLab Admin to send it.';
  earlier(EARLIER.postOnboarding, 'nps-csat-post-onboarding', [
    { name: 'day 59', fields: newCustomer(since), today: '2026-03-01', expected: 'upcoming 2026-03-02' },
    { name: 'day 60', fields: newCustomer(since), today: '2026-03-02', expected: 'due 2026-03-02' },
    { name: 'day 61', fields: newCustomer(since), today: '2026-03-03', expected: 'not-eligible: Became a customer 61 days ago; sent on day 60' },
  ]);
  earlier(EARLIER.postOnboardingCsm, 'nps-csat-post-onboarding', [
    { name: 'a CSM-assigned account with an admin', fields: { ...newCustomer(since), ...csm }, today: '2026-03-02', expected: 'due 2026-03-02', to: ['Ada Admin'] },
    { name: 'without admin', fields: { ...newCustomer(since), ...csm }, account: { contacts: [SOLD_TO] }, today: '2026-03-02', expected: noAdmin },
  ]);
  earlier(RECIPIENT_RULES.soldTo, 'nps-csat-post-onboarding', [
    { name: 'a digital account without admin: no survey to the Sold-To contact', fields: newCustomer(since), account: { contacts: [SOLD_TO] }, today: '2026-03-02', expected: noAdmin, to: [] },
  ]);
  // 120 days before a renewal on 2026-11-23 is 2026-07-26; the fortnight it stays due is the team's choice.
  const renewal = { renewalDate: '2026-11-23' };
  earlier(EARLIER.preRenewal, 'nps-csat-pre-renewal', [
    { name: '121 days before', fields: renewal, today: ago('2026-11-23', 121), expected: 'upcoming 2026-07-26' },
    { name: '120 days before', fields: renewal, today: ago('2026-11-23', 120), expected: 'due 2026-07-26' },
    { name: '119 days before', fields: renewal, today: ago('2026-11-23', 119), expected: 'due 2026-07-26' },
    { name: 'the window’s end', fields: renewal, today: ago('2026-11-23', 106), expected: 'due 2026-07-26' },
    { name: 'after it', fields: renewal, today: ago('2026-11-23', 105), expected: 'not-eligible: Renewal is in 105 days; sent 120–106 days before renewal' },
    { name: 'across the year’s end', fields: { renewalDate: '2027-04-30' }, today: '2026-12-31', expected: 'due 2026-12-31' },
    { name: 'no renewal date', fields: { renewalDate: null }, today: '2026-07-26', expected: 'not-eligible: No renewal date (Renewal Date is empty)' },
    {
      name: 'a next renewal before the last one is contradictory',
      fields: { renewalDate: '2026-11-23', lastRenewalDate: '2026-12-01' }, today: '2026-07-26',
      expected: 'unknown: Renewal Date cannot be used: Renewal Date (2026-11-23) is before Last Renewal Date (2026-12-01)',
    },
  ]);
  earlier(EARLIER.postRenewal, 'nps-csat-post-renewal', [
    { name: 'day 59 after the renewal', fields: { lastRenewalDate: '2026-01-15' }, today: '2026-03-15', expected: 'upcoming 2026-03-16' },
    { name: 'day 60', fields: { lastRenewalDate: '2026-01-15' }, today: '2026-03-16', expected: 'due 2026-03-16' },
    { name: 'day 61', fields: { lastRenewalDate: '2026-01-15' }, today: '2026-03-17', expected: 'not-eligible: Renewed 61 days ago; sent on day 60' },
  ]);
});

describe('seed 001: webinars, lost deals and usage', () => {
  const webinar = withEvents({ webinar: ['2026-03-24'] });
  earlier(EARLIER.webinars, 'monthly-webinar-invitations', [
    { name: 'no webinar date entered', today: '2026-03-10', expected: 'unknown: No date is entered for the Monthly webinar: add the next one under Options → Programs → Event dates' },
    { name: 'the day before invitations open', settings: webinar, today: '2026-03-09', expected: 'upcoming 2026-03-10' },
    { name: 'invitations open', settings: webinar, today: '2026-03-10', expected: 'due 2026-03-10' },
    { name: 'a CSM-assigned account', fields: csm, settings: webinar, today: '2026-03-10', expected: 'not-eligible: Segment is CSM-Assigned; this program is for Tech Touch and Scale only' },
  ]);
  const lost = (stage: string, extra: object = {}) => ({ opportunities: [{ name: 'Acme renewal', type: 'Renewal', stage, closeDate: '2026-03-01', ...extra }] });
  const churned = { activeSubscription: false };
  earlier(EARLIER.churn, 'post-churn-survey', [
    { name: '"Closed-Lost", the seed’s own spelling', fields: churned, account: lost('Closed-Lost'), today: '2026-03-01', expected: 'due 2026-03-01' },
    { name: '"Closed Lost"', fields: churned, account: lost('Closed Lost'), today: '2026-03-01', expected: 'due 2026-03-01' },
    { name: '"closed_lost"', fields: churned, account: lost('closed_lost'), today: '2026-03-01', expected: 'due 2026-03-01' },
    { name: 'Salesforce says IsClosed and not IsWon, whatever the stage is called', fields: churned, account: lost('Lost to competitor', { isClosed: true, isWon: false }), today: '2026-03-01', expected: 'due 2026-03-01' },
    { name: 'IsWon overrules a stage name', fields: churned, account: lost('Closed Lost', { isClosed: true, isWon: true }), today: '2026-03-01', expected: 'not-eligible: No closed-lost opportunity' },
    { name: 'the window’s end', fields: churned, account: lost('Closed-Lost'), today: '2026-03-15', expected: 'due 2026-03-01' },
    { name: 'after it', fields: churned, account: lost('Closed-Lost'), today: '2026-03-16', expected: 'not-eligible: Opportunity "Acme renewal" closed lost 15 days ago; sent within 14 days' },
    { name: 'still subscribed', fields: { activeSubscription: true }, account: lost('Closed-Lost'), today: '2026-03-01', expected: 'not-eligible: Active Subscription is Yes; this program needs No' },
    { name: '"SMB", as a tenant spells it', fields: { ...churned, segment: 'SMB' }, account: lost('Closed-Lost'), today: '2026-03-01', expected: 'due 2026-03-01' },
    { name: 'not SMB', fields: { ...churned, segment: 'Scale' }, account: lost('Closed-Lost'), today: '2026-03-01', expected: 'not-eligible: Segment is Scale; this program is for Tech Touch only' },
  ]);
  earlier(EARLIER.ciUsage, 'ci-usage-trigger', [
    { name: '19%', fields: { ciUtilization: 19 }, today: '2026-03-10', expected: 'due 2026-03-10' },
    { name: '20%', fields: { ciUtilization: 20 }, today: '2026-03-10', expected: 'not-eligible: CI Utilization is 20%; this program needs less than 20%' },
    {
      name: '"0.15" without a % sign is unreadable, not 15% and not 0.15%',
      fields: { ciUtilization: undefined }, account: { without: ['ciUtilization'], unreadable: { ciUtilization: '0.15' } }, today: '2026-03-10',
      expected: 'unknown: CI Utilization could not be read: "0.15" (without a % sign it may be a fraction (0.75 = 75%) or a percentage)',
    },
    { name: 'a utilization outside 0–100% is never used', fields: { ciUtilization: 140 }, today: '2026-03-10', expected: 'unknown: CI Utilization cannot be used: 140% is not a percentage between 0 and 100' },
    {
      name: 'in the time-based CI campaign: it waits',
      fields: { ciUtilization: 10, ...newCustomer(ago('2026-03-12', 45)) }, today: '2026-03-12',
      expected: 'not-eligible: Customer Use Case: CI is due for this account; this program waits until it ends',
    },
    { name: 'after the time-based CI campaign', fields: { ciUtilization: 10, ...newCustomer(ago('2026-03-12', 53)) }, today: '2026-03-12', expected: 'due 2026-03-12' },
  ]);
  earlier(EARLIER.lowLicense, 'low-license-utilization', [
    { name: 'day 89', fields: { licenseUtilization: 74, ...newCustomer(ago('2026-06-01', 89)) }, today: '2026-06-01', expected: 'not-eligible: Became a customer 89 days ago; this program is for days 90–150' },
    { name: 'day 90', fields: { licenseUtilization: 74, ...newCustomer(ago('2026-06-01', 90)) }, today: '2026-06-01', expected: 'due 2026-06-01' },
    { name: 'day 150', fields: { licenseUtilization: 74, ...newCustomer(ago('2026-06-01', 150)) }, today: '2026-06-01', expected: 'due 2026-06-01' },
    { name: 'day 151', fields: { licenseUtilization: 74, ...newCustomer(ago('2026-06-01', 151)) }, today: '2026-06-01', expected: 'not-eligible: Became a customer 151 days ago; this program is for days 90–150' },
    { name: '75%', fields: { licenseUtilization: 75, ...newCustomer(ago('2026-06-01', 100)) }, today: '2026-06-01', expected: 'not-eligible: License Utilization is 75%; this program needs less than 75%' },
  ]);
});

describe('seed 001: CSM-assigned account programs', () => {
  const assigned = { ...csm, csmAssignedDate: '2026-03-10' };
  earlier(EARLIER.csIntro, 'intro-to-gitlab-cs-onboarding', [
    { name: 'the day before', fields: assigned, today: '2026-03-09', expected: 'upcoming 2026-03-10' },
    { name: 'the day a CSM is assigned', fields: assigned, today: '2026-03-10', expected: 'due 2026-03-10', to: ['Ada Admin'] },
    { name: 'window end', fields: assigned, today: '2026-03-17', expected: 'due 2026-03-10' },
    { name: 'after it', fields: assigned, today: '2026-03-18', expected: 'not-eligible: CSM assigned 8 days ago; sent on days 0–7' },
    { name: 'no admin: the Sold-To contact', fields: assigned, account: { contacts: [SOLD_TO] }, today: '2026-03-10', expected: 'due 2026-03-10', to: ['Sam Buyer'] },
    { name: 'no CSM yet', fields: { ...csm, csmAssignedDate: null }, today: '2026-03-10', expected: 'not-eligible: No CSM assigned yet' },
  ]);
  earlier(EARLIER.aeIntro, 'ae-csm-introduction', [
    { name: 'to the Sold-To contact, not the admin', fields: assigned, today: '2026-03-10', expected: 'due 2026-03-10', to: ['Sam Buyer'] },
    { name: 'no Sold-To contact: held back', fields: assigned, account: { contacts: [ADMIN] }, today: '2026-03-10', expected: 'held-back 2026-03-10: No Sold-To contact: nobody to send to.' },
  ]);
  const eve = contact('Eve Engineer', { enablementEnrollment: ['Other', ' ci enablement '] });
  const cy = contact('Cy Later', { enablementEnrollment: ['CI Enablement'] });
  const eveDone = ['ci-1', 'ci-2', 'ci-3'].map((stepId, i) => ({ programId: 'csm-enrolled-ci', stepId, sentOn: addDays('2026-01-05', 7 * i), recipients: ['Eve.Engineer@example.com'] }));
  earlier(EARLIER.enrolledCi, 'csm-enrolled-ci', [
    { name: 'an enrolled contact', fields: csm, account: { contacts: [ADMIN, SOLD_TO, eve] }, today: '2026-03-10', expected: 'due 2026-03-10', to: ['Eve Engineer'] },
    { name: 'nobody enrolled', fields: csm, today: '2026-03-10', expected: 'not-eligible: No contact is enrolled in CI Enablement (Enablement Enrollment)' },
    { name: 'a second contact enrolled after the first finished', fields: csm, account: { contacts: [eve, cy] }, history: eveDone, today: '2026-03-10', expected: 'due 2026-03-10', to: ['Cy Later'] },
    {
      name: 'a partial contact list without anyone enrolled cannot prove none is',
      fields: csm, account: { contactsIncomplete: '25 of 140 contacts visible' }, today: '2026-03-10',
      expected: 'unknown: Only part of the contacts could be read (25 of 140 contacts visible) and none of them is enrolled in CI Enablement',
    },
  ]);
  for (const [quote, id, campaign] of [
    [EARLIER.enrolledCd, 'csm-enrolled-cd', 'CD Enablement'],
    [EARLIER.enrolledDevSecOps, 'csm-enrolled-devsecops', 'DevSecOps Enablement'],
    [EARLIER.enrolledAgile, 'csm-enrolled-agile', 'Agile Enablement'],
  ] as const) {
    earlier(quote, id, [
      { name: 'enrolled', fields: csm, account: { contacts: [ADMIN, contact('Eve', { enablementEnrollment: [campaign] })] }, today: '2026-03-10', expected: 'due 2026-03-10', to: ['Eve'] },
      { name: 'not CSM-assigned', account: { contacts: [contact('Eve', { enablementEnrollment: [campaign] })] }, today: '2026-03-10', expected: 'not-eligible: Segment is Tech Touch; this program is for CSM-Assigned only' },
    ]);
  }
});

describe('seed 000: SaaS Owners and Maintainers', () => {
  const owner = contact('Olga Owner', { permission: 'Owner' });
  earlier(RECIPIENT_RULES.saas, 'use-case-ci', [
    {
      name: 'on SaaS they receive enablement beside the admins',
      fields: { ...newCustomer('2026-01-01'), deployment: 'SaaS' }, account: { contacts: [ADMIN, owner] }, today: '2026-02-15',
      expected: 'due 2026-02-15', to: ['Ada Admin', 'Olga Owner'],
    },
    { name: 'not on Self-Managed', fields: newCustomer('2026-01-01'), account: { contacts: [ADMIN, owner] }, today: '2026-02-15', expected: 'due 2026-02-15', to: ['Ada Admin'] },
  ]);

  it('gives the control-group reason only to digital onboarding and enablement content, never to surveys', () => {
    const plan = planFor(makeAccount({ fields: { ...newCustomer('2026-01-01'), controlGroup: true } }), '2026-03-02', { edition: 'earlier' });
    expect(entryOf(plan, 'nps-csat-post-onboarding').state).toBe('due');
    expect(entryOf(plan, 'use-case-ci').state).toBe('not-eligible');
    const atDay45 = planFor(makeAccount({ fields: { ...newCustomer('2026-01-01'), controlGroup: true } }), '2026-02-15', { edition: 'earlier' });
    expect(entryOf(atDay45, 'use-case-ci')).toMatchObject({ state: 'held-back', reasons: [expect.stringContaining('Control Group: Yes')] });
  });
});
