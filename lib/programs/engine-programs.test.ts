/**
 * Every program, on each side of each boundary of its timing and conditions.
 * Rows read: program, account (changes from the ordinary account), today → expected state.
 */
import { describe, expect, it } from 'vitest';
import type { AccountFields, IsoDate } from '../accounts/account';
import { addDays } from '../dates/iso';
import { contact, entryOf, makeAccount, planFor, summary, ADMIN, SOLD_TO, type AccountOptions } from './test-accounts';
import type { Edition } from './types';

interface Row {
  program: string;
  fields?: Partial<AccountFields>;
  account?: AccountOptions;
  today: IsoDate;
  expected: string;
}

const rows = (program: string, list: Omit<Row, 'program'>[]): Row[] => list.map((row) => ({ program, ...row }));

function check(edition: Edition, table: Row[]) {
  it.each(table.map((row) => [`${row.program} ${JSON.stringify(row.fields ?? {})} on ${row.today}`, row] as const))(
    '%s', (_, row) => {
      const account = makeAccount({ ...row.account, fields: { ...row.account?.fields, ...row.fields } });
      expect(summary(entryOf(planFor(account, row.today, { edition }), row.program))).toBe(row.expected);
    },
  );
}

describe('current edition', () => {
  const scale = { segment: 'Scale' } as const;
  check('current', [
    ...rows('csm-cse-introduction', [
      { fields: { ...scale, subscriptionStartDate: '2026-03-10' }, today: '2026-03-09', expected: 'upcoming 2026-03-10' },
      { fields: { ...scale, subscriptionStartDate: '2026-03-10' }, today: '2026-03-10', expected: 'due 2026-03-10' },
      { fields: { ...scale, subscriptionStartDate: '2026-03-10' }, today: '2026-03-11', expected: 'due 2026-03-10' },
      { fields: { ...scale, subscriptionStartDate: '2026-03-10' }, today: '2026-03-17', expected: 'due 2026-03-10' },
      { fields: { ...scale, subscriptionStartDate: '2026-03-10' }, today: '2026-03-18', expected: 'not-eligible: Subscription started 8 days ago; sent on days 0–7' },
      { fields: { segment: 'CSM-Assigned', subscriptionStartDate: '2026-03-10' }, today: '2026-03-10', expected: 'due 2026-03-10' },
      { fields: { subscriptionStartDate: '2026-03-10' }, today: '2026-03-10', expected: 'not-eligible: Segment is Tech Touch; this program is for CSM-Assigned and Scale only' },
    ]),
    ...rows('net-new-onboarding', [
      { fields: { subscriptionStartDate: '2026-03-10' }, today: '2026-03-11', expected: 'upcoming 2026-03-12' },
      { fields: { subscriptionStartDate: '2026-03-10' }, today: '2026-03-12', expected: 'due 2026-03-12' },
      { fields: { subscriptionStartDate: '2026-03-10' }, today: '2026-03-13', expected: 'due 2026-03-12' },
      { fields: { subscriptionStartDate: '2026-03-10' }, today: '2026-03-19', expected: 'due 2026-03-12' },
      { fields: { subscriptionStartDate: '2026-03-10' }, today: '2026-03-20', expected: 'not-eligible: Subscription started 10 days ago; sent on days 2–9' },
      { fields: { subscriptionStartDate: '2026-03-10', segment: 'CSM-Assigned' }, today: '2026-03-12', expected: 'due 2026-03-12' },
      { fields: { subscriptionStartDate: null }, today: '2026-03-12', expected: 'not-eligible: No subscription start date' },
    ]),
    ...rows('ultimate-upgrade-onboarding', [
      { fields: { ultimateSince: '2026-03-10' }, today: '2026-03-11', expected: 'upcoming 2026-03-12' },
      { fields: { ultimateSince: '2026-03-10' }, today: '2026-03-12', expected: 'due 2026-03-12' },
      { fields: { ultimateSince: '2026-03-10' }, today: '2026-03-13', expected: 'due 2026-03-12' },
      { fields: { ultimateSince: '2026-03-10' }, today: '2026-03-20', expected: 'not-eligible: First Ultimate purchase 10 days ago; sent on days 2–9' },
      { fields: { ultimateSince: null }, today: '2026-03-12', expected: 'not-eligible: No Ultimate purchase' },
    ]),
    ...rows('duo-admin-onboarding', [
      { fields: { duoPurchaseDate: '2026-03-10' }, today: '2026-03-09', expected: 'upcoming 2026-03-10' },
      { fields: { duoPurchaseDate: '2026-03-10' }, today: '2026-03-10', expected: 'due 2026-03-10' },
      { fields: { duoPurchaseDate: '2026-03-10' }, today: '2026-03-11', expected: 'due 2026-03-10' },
      { fields: { duoPurchaseDate: '2026-03-10' }, today: '2026-03-18', expected: 'not-eligible: Duo purchased 8 days ago; sent on days 0–7' },
      { fields: { duoPurchaseDate: null }, today: '2026-03-10', expected: 'not-eligible: No Duo purchase' },
    ]),
    ...rows('post-renewal-onboarding', [
      { fields: { lastRenewalDate: '2026-03-10' }, today: '2026-03-12', expected: 'upcoming 2026-03-13' },
      { fields: { lastRenewalDate: '2026-03-10' }, today: '2026-03-13', expected: 'due 2026-03-13' },
      { fields: { lastRenewalDate: '2026-03-10' }, today: '2026-03-14', expected: 'due 2026-03-13' },
      { fields: { lastRenewalDate: '2026-03-10' }, today: '2026-03-21', expected: 'not-eligible: Renewed 11 days ago; sent on days 3–10' },
      { fields: { lastRenewalDate: null }, today: '2026-03-13', expected: 'not-eligible: Not renewed yet' },
    ]),
    // Monthly cohorts start on the 1st Tuesday (2026-03-03) and may join for a week.
    ...rows('ci-product-coach', [
      { fields: { ...scale, ciScore: 'Yellow' }, today: '2026-03-02', expected: 'upcoming 2026-03-03' },
      { fields: { ...scale, ciScore: 'Yellow' }, today: '2026-03-03', expected: 'due 2026-03-03' },
      { fields: { ...scale, ciScore: 'Red' }, today: '2026-03-09', expected: 'due 2026-03-03' },
      { fields: { ...scale, ciScore: 'Red' }, today: '2026-03-10', expected: 'upcoming 2026-04-07' },
      { fields: { ...scale, ciScore: 'Green' }, today: '2026-03-03', expected: 'not-eligible: CI Score is Green; this program needs Yellow or Red' },
      { fields: { ciScore: 'Green' }, today: '2026-03-03', expected: 'not-eligible: Segment is Tech Touch; this program is for Scale only | CI Score is Green; this program needs Yellow or Red' },
      { fields: { ...scale, ciScore: null }, today: '2026-03-03', expected: 'not-eligible: CI Score is empty; this program needs Yellow or Red' },
    ]),
    ...rows('security-product-coach', [
      { fields: { ...scale, plan: 'Ultimate' }, today: '2026-03-03', expected: 'due 2026-03-03' },
      { fields: { ...scale, plan: 'Premium' }, today: '2026-03-03', expected: 'not-eligible: Plan is Premium; this program needs Ultimate' },
    ]),
    ...rows('security-adoption', [
      { fields: { subscriptionStartDate: '2026-01-01' }, today: '2026-01-30', expected: 'upcoming 2026-01-31' },
      { fields: { subscriptionStartDate: '2026-01-01' }, today: '2026-01-31', expected: 'due 2026-01-31' },
      { fields: { subscriptionStartDate: '2026-01-01' }, today: '2026-02-07', expected: 'due 2026-01-31' },
      { fields: { subscriptionStartDate: '2026-01-01' }, today: '2026-02-08', expected: 'not-eligible: Subscription started 38 days ago; sent on days 30–37' },
      { fields: { subscriptionStartDate: '2026-01-01', ...scale }, today: '2026-01-31', expected: 'due 2026-01-31' },
      { fields: { subscriptionStartDate: '2026-01-01', segment: 'CSM-Assigned' }, today: '2026-01-31', expected: 'not-eligible: Segment is CSM-Assigned; this program is for Tech Touch and Scale only' },
    ]),
    ...rows('cd-adoption', [
      { fields: { subscriptionStartDate: '2026-01-01' }, today: '2026-02-19', expected: 'upcoming 2026-02-20' },
      { fields: { subscriptionStartDate: '2026-01-01' }, today: '2026-02-20', expected: 'due 2026-02-20' },
      { fields: { subscriptionStartDate: '2026-01-01' }, today: '2026-02-27', expected: 'due 2026-02-20' },
      { fields: { subscriptionStartDate: '2026-01-01' }, today: '2026-02-28', expected: 'not-eligible: Subscription started 58 days ago; sent on days 50–57' },
    ]),
    ...rows('agile-adoption', [
      { fields: { subscriptionStartDate: '2026-01-01' }, today: '2026-03-01', expected: 'upcoming 2026-03-02' },
      { fields: { subscriptionStartDate: '2026-01-01' }, today: '2026-03-02', expected: 'due 2026-03-02' },
      { fields: { subscriptionStartDate: '2026-01-01' }, today: '2026-03-09', expected: 'due 2026-03-02' },
      { fields: { subscriptionStartDate: '2026-01-01' }, today: '2026-03-10', expected: 'not-eligible: Subscription started 68 days ago; sent on days 60–67' },
    ]),
    // Twice a year from Customer Since, counted from that date each time: Aug 31 → Feb 28 (29 in leap years) → Aug 31.
    ...rows('customer-csat-survey', [
      { fields: { customerSince: '2025-08-31' }, today: '2026-02-27', expected: 'upcoming 2026-02-28' },
      { fields: { customerSince: '2025-08-31' }, today: '2026-02-28', expected: 'due 2026-02-28' },
      { fields: { customerSince: '2025-08-31' }, today: '2026-03-14', expected: 'due 2026-02-28' },
      { fields: { customerSince: '2025-08-31' }, today: '2026-03-15', expected: 'upcoming 2026-08-31' },
      { fields: { customerSince: '2025-08-31' }, today: '2027-02-27', expected: 'upcoming 2027-02-28' },
      { fields: { customerSince: '2027-08-31' }, today: '2028-02-28', expected: 'upcoming 2028-02-29' },
      { fields: { customerSince: '2027-08-31' }, today: '2028-02-29', expected: 'due 2028-02-29' },
      { fields: { customerSince: '2025-12-01' }, today: '2026-03-01', expected: 'upcoming 2026-06-01' },
      { fields: { customerSince: null }, today: '2026-03-01', expected: 'not-eligible: No Customer Since date' },
    ]),
    // January 2026 has five Fridays (2, 9, 16, 23, 30): the 4th is the 23rd, not the last.
    ...rows('customer-newsletter', [
      { today: '2026-01-22', expected: 'upcoming 2026-01-23' },
      { today: '2026-01-23', expected: 'due 2026-01-23' },
      { today: '2026-01-24', expected: 'upcoming 2026-02-27' },
      { fields: { segment: 'CSM-Assigned' }, today: '2026-01-23', expected: 'due 2026-01-23' },
    ]),
    ...rows('ci-lab-invite', [
      { fields: { ciScore: 'Yellow' }, today: '2026-03-03', expected: 'upcoming 2026-03-04' },
      { fields: { ciScore: 'Yellow' }, today: '2026-03-04', expected: 'due 2026-03-04' },
      { fields: { ciScore: 'Red' }, today: '2026-03-05', expected: 'upcoming 2026-04-01' },
      { fields: { ciScore: 'Green' }, today: '2026-03-04', expected: 'not-eligible: CI Score is Green; this program needs Yellow or Red' },
      // A Scale account in the week of a CI Product Coach cohort waits for the coach.
      { fields: { ciScore: 'Yellow', ...scale }, today: '2026-03-04', expected: 'not-eligible: CI Product Coach is due for this account; this program waits until it ends' },
    ]),
    ...rows('security-lab-invite', [
      { fields: { plan: 'Ultimate' }, today: '2026-03-10', expected: 'upcoming 2026-03-11' },
      { fields: { plan: 'Ultimate' }, today: '2026-03-11', expected: 'due 2026-03-11' },
      { fields: { plan: 'Ultimate' }, today: '2026-03-12', expected: 'upcoming 2026-04-08' },
      { fields: { plan: 'Premium' }, today: '2026-03-11', expected: 'not-eligible: Plan is Premium; this program needs Ultimate' },
      { fields: { plan: 'Ultimate', ...scale }, today: '2026-03-04', expected: 'upcoming 2026-03-11' },
    ]),
    // Held in February, May, August and November, on the 3rd Wednesday.
    ...rows('project-management-lab-invite', [
      { fields: { issuesEpicsCreated: 2 }, today: '2026-03-10', expected: 'upcoming 2026-05-20' },
      { fields: { issuesEpicsCreated: 2 }, today: '2026-05-19', expected: 'upcoming 2026-05-20' },
      { fields: { issuesEpicsCreated: 2 }, today: '2026-05-20', expected: 'due 2026-05-20' },
      { fields: { issuesEpicsCreated: 2 }, today: '2026-05-21', expected: 'upcoming 2026-08-19' },
      { fields: { issuesEpicsCreated: 3 }, today: '2026-05-20', expected: 'not-eligible: Issues & Epics Created is 3; this program needs less than 3' },
      { fields: { issuesEpicsCreated: 0, customerSince: '2024-05-21' }, today: '2026-05-20', expected: 'due 2026-05-20' },
      { fields: { issuesEpicsCreated: 0, customerSince: '2024-05-20' }, today: '2026-05-20', expected: 'not-eligible: Became a customer 730 days ago; this program is for the first 2 years' },
      // Two years after a leap day end on Feb 28.
      { fields: { issuesEpicsCreated: 0, customerSince: '2024-02-29' }, today: '2026-02-27', expected: 'upcoming 2026-05-20' },
      { fields: { issuesEpicsCreated: 0, customerSince: '2024-02-29' }, today: '2026-02-28', expected: 'not-eligible: Became a customer 730 days ago; this program is for the first 2 years' },
    ]),
    ...rows('event-follow-up', [
      { today: '2026-03-10', expected: "unknown: Event registrations and attendance are not part of the account snapshot; check the event's attendee list" },
    ]),
  ]);
});

describe('earlier edition', () => {
  const csm = { segment: 'CSM-Assigned' } as const;
  const ago = (today: IsoDate, days: number) => addDays(today, -days);
  check('earlier', [
    ...rows('onboarding-intro-enrollment', [
      { fields: { customerSince: '2026-03-10' }, today: '2026-03-09', expected: 'upcoming 2026-03-10' },
      { fields: { customerSince: '2026-03-10' }, today: '2026-03-10', expected: 'due 2026-03-10' },
      { fields: { customerSince: '2026-03-10' }, today: '2026-03-13', expected: 'due 2026-03-10' },
      { fields: { customerSince: '2026-03-10' }, today: '2026-03-14', expected: 'not-eligible: Became a customer 4 days ago; sent on days 0–3' },
      { fields: { customerSince: '2026-03-10', ...csm }, today: '2026-03-10', expected: 'not-eligible: Segment is CSM-Assigned; this program is for Tech Touch and Scale only' },
    ]),
    ...rows('onboarding-series-self-managed', [
      { fields: { customerSince: '2026-03-10' }, today: '2026-03-12', expected: 'upcoming 2026-03-13' },
      { fields: { customerSince: '2026-03-10' }, today: '2026-03-13', expected: 'due 2026-03-13' },
      { fields: { customerSince: '2026-03-10' }, today: '2026-03-16', expected: 'due 2026-03-13' },
      { fields: { customerSince: '2026-03-10' }, today: '2026-03-17', expected: 'not-eligible: Became a customer 7 days ago; sent on days 3–6' },
      { fields: { customerSince: '2026-03-10', deployment: 'SaaS' }, today: '2026-03-13', expected: 'not-eligible: Deployment is SaaS; this program needs Self-Managed' },
    ]),
    ...rows('onboarding-series-saas', [
      { fields: { customerSince: '2026-03-10', deployment: 'SaaS' }, today: '2026-03-13', expected: 'due 2026-03-13' },
      { fields: { customerSince: '2026-03-10', deployment: 'Dedicated' }, today: '2026-03-13', expected: 'due 2026-03-13' },
      { fields: { customerSince: '2026-03-10' }, today: '2026-03-13', expected: 'not-eligible: Deployment is Self-Managed; this program needs SaaS or Dedicated' },
    ]),
    ...rows('use-case-ci', [
      { fields: { customerSince: '2026-01-01' }, today: '2026-02-14', expected: 'upcoming 2026-02-15' },
      { fields: { customerSince: '2026-01-01' }, today: '2026-02-15', expected: 'due 2026-02-15' },
      { fields: { customerSince: '2026-01-01' }, today: '2026-02-22', expected: 'due 2026-02-15' },
      { fields: { customerSince: '2026-01-01' }, today: '2026-02-23', expected: 'not-eligible: Became a customer 53 days ago; sent on days 45–52' },
    ]),
    ...rows('use-case-devsecops', [
      { fields: { customerSince: '2026-01-01' }, today: '2026-03-11', expected: 'upcoming 2026-03-12' },
      { fields: { customerSince: '2026-01-01' }, today: '2026-03-12', expected: 'due 2026-03-12' },
      { fields: { customerSince: '2026-01-01' }, today: '2026-03-20', expected: 'not-eligible: Became a customer 78 days ago; sent on days 70–77' },
    ]),
    ...rows('use-case-cd', [
      { fields: { customerSince: '2026-01-01' }, today: '2026-04-10', expected: 'upcoming 2026-04-11' },
      { fields: { customerSince: '2026-01-01' }, today: '2026-04-18', expected: 'due 2026-04-11' },
      { fields: { customerSince: '2026-01-01' }, today: '2026-04-19', expected: 'not-eligible: Became a customer 108 days ago; sent on days 100–107' },
    ]),
    ...rows('use-case-agile', [
      { fields: { customerSince: '2026-01-01' }, today: '2026-05-10', expected: 'upcoming 2026-05-11' },
      { fields: { customerSince: '2026-01-01' }, today: '2026-05-11', expected: 'due 2026-05-11' },
      { fields: { customerSince: '2026-01-01' }, today: '2026-05-19', expected: 'not-eligible: Became a customer 138 days ago; sent on days 130–137' },
    ]),
    ...rows('monthly-newsletter', [
      { today: '2026-01-22', expected: 'upcoming 2026-01-23' },
      { today: '2026-01-23', expected: 'due 2026-01-23' },
      { fields: csm, today: '2026-01-24', expected: 'upcoming 2026-02-27' },
    ]),
    ...rows('nps-csat-post-onboarding', [
      { fields: { customerSince: '2026-01-01' }, today: '2026-03-01', expected: 'upcoming 2026-03-02' },
      { fields: { customerSince: '2026-01-01' }, today: '2026-03-02', expected: 'due 2026-03-02' },
      { fields: { customerSince: '2026-01-01' }, today: '2026-03-03', expected: 'not-eligible: Became a customer 61 days ago; sent on day 60' },
    ]),
    // 120 days before a renewal on 2026-11-23 is 2026-07-26; the survey may go out for two weeks.
    ...rows('nps-csat-pre-renewal', [
      { fields: { renewalDate: '2026-11-23' }, today: ago('2026-11-23', 121), expected: 'upcoming 2026-07-26' },
      { fields: { renewalDate: '2026-11-23' }, today: ago('2026-11-23', 120), expected: 'due 2026-07-26' },
      { fields: { renewalDate: '2026-11-23' }, today: ago('2026-11-23', 119), expected: 'due 2026-07-26' },
      { fields: { renewalDate: '2026-11-23' }, today: ago('2026-11-23', 106), expected: 'due 2026-07-26' },
      { fields: { renewalDate: '2026-11-23' }, today: ago('2026-11-23', 105), expected: 'not-eligible: Renewal is in 105 days; sent 120–106 days before renewal' },
      { fields: { renewalDate: '2026-11-23', ...csm }, today: '2026-07-26', expected: 'due 2026-07-26' },
      { fields: { renewalDate: null }, today: '2026-07-26', expected: 'not-eligible: No renewal date' },
    ]),
    ...rows('nps-csat-post-renewal', [
      { fields: { lastRenewalDate: '2026-01-15' }, today: '2026-03-15', expected: 'upcoming 2026-03-16' },
      { fields: { lastRenewalDate: '2026-01-15' }, today: '2026-03-16', expected: 'due 2026-03-16' },
      { fields: { lastRenewalDate: '2026-01-15' }, today: '2026-03-17', expected: 'not-eligible: Renewed 61 days ago; sent on day 60' },
    ]),
    ...rows('monthly-webinar-invitations', [
      { today: '2026-03-09', expected: 'upcoming 2026-03-10' },
      { today: '2026-03-10', expected: 'due 2026-03-10' },
      { today: '2026-03-11', expected: 'upcoming 2026-04-14' },
      { fields: csm, today: '2026-03-10', expected: 'not-eligible: Segment is CSM-Assigned; this program is for Tech Touch and Scale only' },
    ]),
    ...rows('post-churn-survey', [
      ...(['2026-03-01', '2026-03-15'] as const).map((today) => ({
        fields: { activeSubscription: false },
        account: { opportunities: [{ name: 'Acme renewal', type: 'Renewal', stage: 'Closed Lost', closeDate: '2026-03-01' }] },
        today,
        expected: 'due 2026-03-01',
      })),
      {
        fields: { activeSubscription: false },
        account: { opportunities: [{ name: 'Acme renewal', type: 'Renewal', stage: 'Closed Lost', closeDate: '2026-03-01' }] },
        today: '2026-03-16',
        expected: 'not-eligible: Opportunity "Acme renewal" closed lost 15 days ago; sent within 14 days',
      },
      {
        fields: { activeSubscription: true },
        account: { opportunities: [{ name: 'Acme renewal', type: 'Renewal', stage: 'Closed Lost', closeDate: '2026-03-01' }] },
        today: '2026-03-01',
        expected: 'not-eligible: Active Subscription is Yes; this program needs No',
      },
      { fields: { activeSubscription: false }, today: '2026-03-01', expected: 'not-eligible: No closed-lost opportunity' },
    ]),
    ...rows('ci-usage-trigger', [
      { fields: { ciUtilization: 19 }, today: '2026-03-10', expected: 'due 2026-03-10' },
      { fields: { ciUtilization: 20 }, today: '2026-03-10', expected: 'not-eligible: CI Utilization is 20%; this program needs less than 20%' },
      { fields: { ciUtilization: null }, today: '2026-03-10', expected: 'not-eligible: CI Utilization is empty; this program needs less than 20%' },
      // Day 45: the time-based CI campaign is due, so the usage trigger waits.
      { fields: { ciUtilization: 10, customerSince: ago('2026-03-12', 45) }, today: '2026-03-12', expected: 'not-eligible: Customer Use Case: CI is due for this account; this program waits until it ends' },
      { fields: { ciUtilization: 10, customerSince: ago('2026-03-12', 53) }, today: '2026-03-12', expected: 'due 2026-03-12' },
    ]),
    ...rows('low-license-utilization', [
      { fields: { licenseUtilization: 74, customerSince: ago('2026-06-01', 89) }, today: '2026-06-01', expected: 'not-eligible: Became a customer 89 days ago; this program is for days 90–150' },
      { fields: { licenseUtilization: 74, customerSince: ago('2026-06-01', 90) }, today: '2026-06-01', expected: 'due 2026-06-01' },
      { fields: { licenseUtilization: 74, customerSince: ago('2026-06-01', 150) }, today: '2026-06-01', expected: 'due 2026-06-01' },
      { fields: { licenseUtilization: 74, customerSince: ago('2026-06-01', 151) }, today: '2026-06-01', expected: 'not-eligible: Became a customer 151 days ago; this program is for days 90–150' },
      { fields: { licenseUtilization: 75, customerSince: ago('2026-06-01', 100) }, today: '2026-06-01', expected: 'not-eligible: License Utilization is 75%; this program needs less than 75%' },
      { fields: { licenseUtilization: 10, customerSince: ago('2026-06-01', 100), segment: 'Scale' }, today: '2026-06-01', expected: 'not-eligible: Segment is Scale; this program is for Tech Touch only' },
    ]),
    ...rows('intro-to-gitlab-cs-onboarding', [
      { fields: { ...csm, csmAssignedDate: '2026-03-10' }, today: '2026-03-09', expected: 'upcoming 2026-03-10' },
      { fields: { ...csm, csmAssignedDate: '2026-03-10' }, today: '2026-03-10', expected: 'due 2026-03-10' },
      { fields: { ...csm, csmAssignedDate: '2026-03-10' }, today: '2026-03-17', expected: 'due 2026-03-10' },
      { fields: { ...csm, csmAssignedDate: '2026-03-10' }, today: '2026-03-18', expected: 'not-eligible: CSM assigned 8 days ago; sent on days 0–7' },
      { fields: { ...csm, csmAssignedDate: null }, today: '2026-03-10', expected: 'not-eligible: No CSM assigned yet' },
      { fields: { csmAssignedDate: '2026-03-10' }, today: '2026-03-10', expected: 'not-eligible: Segment is Tech Touch; this program is for CSM-Assigned only' },
    ]),
    ...rows('ae-csm-introduction', [
      { fields: { ...csm, csmAssignedDate: '2026-03-10' }, today: '2026-03-10', expected: 'due 2026-03-10' },
      { fields: { ...csm, csmAssignedDate: '2026-03-10' }, today: '2026-03-18', expected: 'not-eligible: CSM assigned 8 days ago; sent on days 0–7' },
    ]),
    ...(['ci', 'cd', 'devsecops', 'agile'] as const).flatMap((topic) => {
      const campaign = { ci: 'CI', cd: 'CD', devsecops: 'DevSecOps', agile: 'Agile' }[topic];
      const enrolled = contact('Eve Engineer', { enablementEnrollment: ['Other', ` ${campaign.toLowerCase()} enablement `] });
      return rows(`csm-enrolled-${topic}`, [
        { fields: csm, account: { contacts: [ADMIN, SOLD_TO, enrolled] }, today: '2026-03-10', expected: 'due 2026-03-10' },
        { fields: csm, today: '2026-03-10', expected: `not-eligible: No contact is enrolled in ${campaign} Enablement (Enablement Enrollment)` },
        { fields: csm, account: { contacts: undefined }, today: '2026-03-10', expected: 'unknown: Contacts could not be read' },
      ]);
    }),
  ]);
});
