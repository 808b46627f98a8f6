/**
 * The current edition against seed 004, one group per seed sentence, with the accounts each implies at
 * its boundaries: day N−1, N, N+1, the end of a window, 4th vs 5th Friday, a leap day, the year's end,
 * and the user's time zone deciding what "today" is.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { toIsoDate } from '../dates/local';
import { CURRENT, RECIPIENT_RULES } from './seed-quotes';
import { daysAfter, newCustomer, sentence } from './seed-table.test-support';
import { ADMIN, contact, entryOf, makeAccount, planFor, SOLD_TO, summary, withEvents } from './accounts.test-support';

const scale = { segment: 'Scale' } as const;
const current = (quote: Parameters<typeof sentence>[1], program: string, rows: Parameters<typeof sentence>[3]) =>
  sentence('current', quote, program, rows);

describe('seed 004: core customer email programs', () => {
  const since = '2026-03-10';
  current(CURRENT.introduction, 'csm-cse-introduction', [
    { name: 'day N−1', fields: { ...scale, ...newCustomer(since) }, today: '2026-03-09', expected: 'upcoming 2026-03-10' },
    { name: 'day N', fields: { ...scale, ...newCustomer(since) }, today: since, expected: 'due 2026-03-10' },
    { name: 'day N+1', fields: { ...scale, ...newCustomer(since) }, today: '2026-03-11', expected: 'due 2026-03-10' },
    { name: 'last day of the catch-up window', fields: { ...scale, ...newCustomer(since) }, today: '2026-03-17', expected: 'due 2026-03-10' },
    { name: 'after the window', fields: { ...scale, ...newCustomer(since) }, today: '2026-03-18', expected: 'not-eligible: Became a customer 8 days ago; sent on days 0–7' },
    { name: 'CSM segment', fields: { segment: 'CSM-Assigned', ...newCustomer(since) }, today: since, expected: 'due 2026-03-10' },
    { name: 'CSE, as a tenant spells it', fields: { segment: 'CSE', ...newCustomer(since) }, today: since, expected: 'due 2026-03-10' },
    { name: 'a digital account', fields: newCustomer(since), today: since, expected: 'not-eligible: Segment is Tech Touch; this program is for CSM-Assigned and Scale only' },
    {
      name: 'a renewal is no new subscription',
      fields: { ...scale, customerSince: '2023-03-10', subscriptionStartDate: since, lastRenewalDate: since },
      today: since,
      expected: 'not-eligible: Became a customer 1096 days ago; sent on days 0–7',
    },
    {
      name: 'Subscription Start Date before Customer Since: said, not chosen',
      fields: { ...scale, ...newCustomer(since), subscriptionStartDate: '2026-03-08' },
      today: since,
      expected: 'unknown: Customer Since cannot be used: Subscription Start Date (2026-03-08) is before Customer Since (2026-03-10)',
    },
  ]);

  current(CURRENT.netNew, 'net-new-onboarding', [
    { name: 'day N−1', fields: newCustomer(since), today: '2026-03-11', expected: 'upcoming 2026-03-12' },
    { name: 'day N', fields: newCustomer(since), today: '2026-03-12', expected: 'due 2026-03-12' },
    { name: 'day N+1', fields: newCustomer(since), today: '2026-03-13', expected: 'due 2026-03-12' },
    { name: 'window end', fields: newCustomer(since), today: '2026-03-19', expected: 'due 2026-03-12' },
    { name: 'after the window', fields: newCustomer(since), today: '2026-03-20', expected: 'not-eligible: Became a customer 10 days ago; sent on days 2–9' },
    { name: 'every segment', fields: { ...newCustomer(since), segment: 'CSM-Assigned' }, today: '2026-03-12', expected: 'due 2026-03-12' },
    {
      name: 'a long-standing customer renewing',
      fields: { customerSince: '2024-03-10', subscriptionStartDate: since, lastRenewalDate: since },
      today: '2026-03-12',
      expected: 'not-eligible: Became a customer 732 days ago; sent on days 2–9',
    },
    {
      name: 'no Customer Since: the subscription start alone cannot tell new from renewed',
      fields: { ...newCustomer(since) }, account: { without: ['customerSince'] }, today: '2026-03-12',
      expected: 'unknown: Customer Since was not found on the page',
    },
    {
      name: 'a year-end customer, day 2 in the new year',
      fields: newCustomer('2026-12-30'), today: '2027-01-01', expected: 'due 2027-01-01',
    },
  ]);

  current(CURRENT.ultimate, 'ultimate-upgrade-onboarding', [
    { name: 'day N−1', fields: { ultimateSince: since }, today: '2026-03-11', expected: 'upcoming 2026-03-12' },
    { name: 'day N', fields: { ultimateSince: since }, today: '2026-03-12', expected: 'due 2026-03-12' },
    { name: 'day N+1', fields: { ultimateSince: since }, today: '2026-03-13', expected: 'due 2026-03-12' },
    { name: 'window end', fields: { ultimateSince: since }, today: '2026-03-19', expected: 'due 2026-03-12' },
    { name: 'after the window', fields: { ultimateSince: since }, today: '2026-03-20', expected: 'not-eligible: First Ultimate purchase 10 days ago; sent on days 2–9' },
    { name: 'never bought Ultimate', fields: { ultimateSince: null }, today: '2026-03-12', expected: 'not-eligible: No Ultimate purchase' },
  ]);

  current(CURRENT.duo, 'duo-admin-onboarding', [
    { name: 'day N−1', fields: { duoPurchaseDate: since }, today: '2026-03-09', expected: 'upcoming 2026-03-10' },
    { name: 'day N', fields: { duoPurchaseDate: since }, today: since, expected: 'due 2026-03-10' },
    { name: 'day N+1', fields: { duoPurchaseDate: since }, today: '2026-03-11', expected: 'due 2026-03-10' },
    { name: 'after the window', fields: { duoPurchaseDate: since }, today: '2026-03-18', expected: 'not-eligible: Duo purchased 8 days ago; sent on days 0–7' },
    { name: 'no Duo purchase', fields: { duoPurchaseDate: null }, today: since, expected: 'not-eligible: No Duo purchase' },
    // An All-segment program: no seed makes it a pilot, so even a flagged account receives it.
    { name: 'an account flagged Control Group', fields: { duoPurchaseDate: since, controlGroup: true }, today: since, expected: 'due 2026-03-10' },
  ]);

  current(CURRENT.postRenewal, 'post-renewal-onboarding', [
    { name: 'day N−1', fields: { lastRenewalDate: since }, today: '2026-03-12', expected: 'upcoming 2026-03-13' },
    { name: 'day N', fields: { lastRenewalDate: since }, today: '2026-03-13', expected: 'due 2026-03-13' },
    { name: 'day N+1', fields: { lastRenewalDate: since }, today: '2026-03-14', expected: 'due 2026-03-13' },
    { name: 'after the window', fields: { lastRenewalDate: since }, today: '2026-03-21', expected: 'not-eligible: Renewed 11 days ago; sent on days 3–10' },
    { name: 'not renewed yet', fields: { lastRenewalDate: null }, today: '2026-03-13', expected: 'not-eligible: Not renewed yet' },
    {
      name: 'a last renewal before Customer Since is contradictory, never due',
      fields: { customerSince: '2026-03-11', subscriptionStartDate: '2026-03-11', lastRenewalDate: since }, today: '2026-03-13',
      expected: 'unknown: Last Renewal Date cannot be used: Last Renewal Date (2026-03-10) is before Customer Since (2026-03-11)',
    },
  ]);
});

describe('seed 004: the Product Coaches are ad hoc', () => {
  const coached = contact('Cora Coached', { enablementEnrollment: ['CI Product Coach'] });
  current(CURRENT.ciCoach, 'ci-product-coach', [
    { name: 'a CSE account whose contact the CSM enrolled', fields: scale, account: { contacts: [ADMIN, coached] }, today: '2026-03-17', expected: 'due 2026-03-17', to: ['Cora Coached'] },
    { name: 'CSE spelled the tenant’s way', fields: { segment: 'CSE-Assigned' }, account: { contacts: [ADMIN, coached] }, today: '2026-03-17', expected: 'due 2026-03-17' },
    // Monthly for everyone was invented: the first Tuesday of the month is an ordinary day for the coach.
    { name: 'a low-CI CSE account nobody enrolled, on a first Tuesday', fields: { ...scale, ciScore: 'Red' }, today: '2026-03-03', expected: 'not-eligible: No contact is enrolled in CI Product Coach (Enablement Enrollment)' },
    { name: 'not a CSE account', account: { contacts: [ADMIN, coached] }, today: '2026-03-17', expected: 'not-eligible: Segment is Tech Touch; this program is for Scale only' },
    {
      name: 'one of four emails sent: the next a week later',
      fields: scale, account: { contacts: [ADMIN, coached] }, today: '2026-03-20',
      history: [{ programId: 'ci-product-coach', stepId: 'pipelines', sentOn: '2026-03-17', recipients: [coached.email!] }],
      expected: 'upcoming 2026-03-24',
    },
  ]);
  const securityCoached = contact('Sec Coached', { enablementEnrollment: ['security product coach'] });
  current(CURRENT.securityCoach, 'security-product-coach', [
    { name: 'enrolled on a CSE account', fields: scale, account: { contacts: [ADMIN, securityCoached] }, today: '2026-03-17', expected: 'due 2026-03-17', to: ['Sec Coached'] },
    { name: 'nobody enrolled', fields: { ...scale, plan: 'Ultimate' }, today: '2026-03-17', expected: 'not-eligible: No contact is enrolled in Security Product Coach (Enablement Enrollment)' },
  ]);
});

describe('seed 004: adoption on day 30, 50 and 60 for CSE / Digital SMB', () => {
  const since = '2026-01-01';
  current(CURRENT.securityAdoption, 'security-adoption', [
    { name: 'day N−1', fields: newCustomer(since), today: '2026-01-30', expected: 'upcoming 2026-01-31' },
    { name: 'day N', fields: newCustomer(since), today: '2026-01-31', expected: 'due 2026-01-31' },
    { name: 'day N+1', fields: newCustomer(since), today: '2026-02-01', expected: 'due 2026-01-31' },
    { name: 'window end', fields: newCustomer(since), today: '2026-02-07', expected: 'due 2026-01-31' },
    { name: 'after the window', fields: newCustomer(since), today: '2026-02-08', expected: 'not-eligible: Became a customer 38 days ago; sent on days 30–37' },
    { name: 'Digital SMB, as spelled in the seed', fields: { ...newCustomer(since), segment: 'Digital SMB' }, today: '2026-01-31', expected: 'due 2026-01-31' },
    { name: 'CSE', fields: { ...newCustomer(since), segment: 'CSE' }, today: '2026-01-31', expected: 'due 2026-01-31' },
    { name: 'a CSM-assigned account', fields: { ...newCustomer(since), segment: 'CSM-Assigned' }, today: '2026-01-31', expected: 'not-eligible: Segment is CSM-Assigned; this program is for Tech Touch and Scale only' },
    {
      name: 'a segment spelling no setting maps is reported, not guessed',
      fields: { ...newCustomer(since), segment: 'Enterprise' }, today: '2026-01-31',
      expected: 'unknown: Segment "Enterprise" is a spelling the extension does not know: add it under Options → Programs → Segment spellings',
    },
    {
      name: 'an account the tenant flags Control Group',
      fields: { ...newCustomer(since), controlGroup: true }, today: '2026-01-31',
      expected: 'held-back 2026-01-31: In the control group (Control Group: Yes): a control group may not receive "onboarding or enablement content during pilot programs" (seed 001), and this is one',
    },
  ]);
  current(CURRENT.cdAdoption, 'cd-adoption', [
    { name: 'day N−1', fields: newCustomer(since), today: '2026-02-19', expected: 'upcoming 2026-02-20' },
    { name: 'day N', fields: newCustomer(since), today: '2026-02-20', expected: 'due 2026-02-20' },
    { name: 'day N+1', fields: newCustomer(since), today: '2026-02-21', expected: 'due 2026-02-20' },
    { name: 'after the window', fields: newCustomer(since), today: '2026-02-28', expected: 'not-eligible: Became a customer 58 days ago; sent on days 50–57' },
  ]);
  current(CURRENT.agileAdoption, 'agile-adoption', [
    { name: 'day N−1', fields: newCustomer(since), today: '2026-03-01', expected: 'upcoming 2026-03-02' },
    { name: 'day N', fields: newCustomer(since), today: '2026-03-02', expected: 'due 2026-03-02' },
    { name: 'day N+1', fields: newCustomer(since), today: '2026-03-03', expected: 'due 2026-03-02' },
    { name: 'day 60 on a leap day', fields: newCustomer('2027-12-31'), today: '2028-02-29', expected: 'due 2028-02-29' },
    { name: 'the day before that leap day', fields: newCustomer('2027-12-31'), today: '2028-02-28', expected: 'upcoming 2028-02-29' },
  ]);
});

describe('seed 004: the Customer CSAT Survey, biannually, never to Sold-To', () => {
  const fields = { ...newCustomer('2025-08-31') };
  current(CURRENT.csat, 'customer-csat-survey', [
    { name: 'day before the half-year', fields, today: '2026-02-27', expected: 'upcoming 2026-02-28' },
    { name: 'Aug 31 + 6 months is Feb 28', fields, today: '2026-02-28', expected: 'due 2026-02-28' },
    { name: 'last day of the two weeks', fields, today: '2026-03-14', expected: 'due 2026-02-28' },
    { name: 'after them, the next half-year', fields, today: '2026-03-15', expected: 'upcoming 2026-08-31' },
    { name: 'a leap year gives Feb 29', fields: newCustomer('2027-08-31'), today: '2028-02-29', expected: 'due 2028-02-29' },
  ]);
  current(RECIPIENT_RULES.soldTo, 'customer-csat-survey', [
    {
      name: 'no admin: held back with the fix, not due',
      fields, account: { contacts: [SOLD_TO] }, today: '2026-02-28',
      expected: 'held-back 2026-02-28: No GitLab Admin: surveys go to GitLab Admin contacts only, and Sold-To contacts never receive NPS/CSAT. Make a contact GitLab Admin to send it.',
      to: [],
    },
    { name: 'an admin receives it', fields, account: { contacts: [ADMIN, SOLD_TO] }, today: '2026-02-28', expected: 'due 2026-02-28', to: ['Ada Admin'] },
  ]);

  it('says which fix the panel can offer for the held-back survey', () => {
    const plan = planFor(makeAccount({ fields, contacts: [SOLD_TO] }), '2026-02-28');
    expect(entryOf(plan, 'customer-csat-survey')).toMatchObject({ state: 'held-back', fix: 'make-admin', nextStep: { index: 0 } });
  });
});

describe('seed 004: the Customer Newsletter, monthly on the 4th Friday', () => {
  // January 2026 has five Fridays (2, 9, 16, 23, 30): the 4th is the 23rd, not the last.
  current(CURRENT.newsletter, 'customer-newsletter', [
    { name: 'the day before the 4th Friday', today: '2026-01-22', expected: 'upcoming 2026-01-23' },
    { name: 'the 4th Friday', today: '2026-01-23', expected: 'due 2026-01-23' },
    { name: 'the day after', today: '2026-01-24', expected: 'upcoming 2026-02-27' },
    { name: 'the 5th Friday is not the 4th', today: '2026-01-30', expected: 'upcoming 2026-02-27' },
    { name: 'the year’s end: December’s 4th Friday is Christmas', today: '2026-12-25', expected: 'due 2026-12-25' },
    { name: 'and the next is in January', today: '2026-12-26', expected: 'upcoming 2027-01-22' },
  ]);
  current(RECIPIENT_RULES.soldTo, 'customer-newsletter', [
    { name: 'a digital account without admin: the Sold-To contact', account: { contacts: [SOLD_TO] }, today: '2026-01-23', expected: 'due 2026-01-23', to: ['Sam Buyer'] },
  ]);
  current(RECIPIENT_RULES.footnote, 'customer-newsletter', [
    {
      name: 'a CSM-assigned account without admin: held back',
      fields: { segment: 'CSM-Assigned' }, account: { contacts: [SOLD_TO] }, today: '2026-01-23',
      expected: 'held-back 2026-01-23: No GitLab Admin: on CSM-Assigned accounts this program requires a GitLab Admin, so the Sold-To contact does not receive it. Make a contact GitLab Admin to send it.',
    },
    { name: 'a CSM-assigned account with an admin', fields: { segment: 'CSM-Assigned' }, today: '2026-01-23', expected: 'due 2026-01-23', to: ['Ada Admin'] },
  ]);
});

describe('seed 004: enablement campaigns by hand, per contact', () => {
  const first = contact('Fay First', { enablementEnrollment: ['CI Enablement'] });
  const second = contact('Sid Second', { enablementEnrollment: ['CI Enablement'] });
  const all = ['ci-1', 'ci-2', 'ci-3'].map((stepId, i) => ({ programId: 'ci-enablement-campaign', stepId, sentOn: daysAfter('2026-02-02', 7 * i), recipients: [first.email!] }));
  current(CURRENT.enrollment, 'ci-enablement-campaign', [
    { name: 'a contact enrolled: due for them', account: { contacts: [ADMIN, first] }, today: '2026-03-10', expected: 'due 2026-03-10', to: ['Fay First'] },
    { name: 'nobody enrolled', today: '2026-03-10', expected: 'not-eligible: No contact is enrolled in CI Enablement (Enablement Enrollment)' },
    { name: 'the enrolled contact finished', account: { contacts: [ADMIN, first] }, history: all, today: '2026-03-10', expected: 'sent 2026-02-16' },
    { name: 'a second contact enrolled after the first finished is due', account: { contacts: [ADMIN, first, second] }, history: all, today: '2026-03-10', expected: 'due 2026-03-10', to: ['Sid Second'] },
    { name: 'contacts unreadable', account: { contacts: undefined }, today: '2026-03-10', expected: 'unknown: Contacts could not be read' },
  ]);
});

describe('seed 004: webinars and labs, when held', () => {
  const lab = withEvents({ 'ci-lab': ['2026-04-15'] });
  const red = { ciScore: 'Red' } as const;
  current(CURRENT.ciLab, 'ci-lab-invite', [
    { name: 'no date entered: needs data', fields: red, today: '2026-04-01', expected: 'unknown: No date is entered for the CI Hands-On Lab: add the next one under Options → Programs → Event dates' },
    { name: 'the day before invitations open', fields: red, settings: lab, today: '2026-03-31', expected: 'upcoming 2026-04-01' },
    { name: 'invitations open 14 days before', fields: red, settings: lab, today: '2026-04-01', expected: 'due 2026-04-01' },
    { name: 'the event day is the last', fields: red, settings: lab, today: '2026-04-15', expected: 'due 2026-04-01' },
    {
      name: 'after the only date entered',
      fields: red, settings: lab, today: '2026-04-16',
      expected: 'unknown: The last CI Hands-On Lab date entered (2026-04-15) has passed: add the next one under Options → Programs → Event dates',
    },
    { name: 'the next date entered', fields: red, settings: withEvents({ 'ci-lab': ['2026-04-15', '2026-05-20'] }), today: '2026-04-16', expected: 'upcoming 2026-05-06' },
    {
      name: 'this lab’s invitation sent',
      fields: red, settings: lab, today: '2026-04-10', history: [{ programId: 'ci-lab-invite', stepId: null, sentOn: '2026-04-02' }],
      expected: 'sent 2026-04-02',
    },
  ]);
  const coached = contact('Cora Coached', { enablementEnrollment: ['CI Product Coach'] });
  current(CURRENT.ciLabAudience, 'ci-lab-invite', [
    { name: 'yellow CI score', fields: { ciScore: 'Yellow' }, settings: lab, today: '2026-04-01', expected: 'due 2026-04-01' },
    { name: 'green CI score', fields: { ciScore: 'Green' }, settings: lab, today: '2026-04-01', expected: 'not-eligible: CI Score is Green; this program needs Yellow or Red' },
    {
      name: 'a CSE customer receiving the coach waits',
      fields: { ...red, ...scale }, account: { contacts: [ADMIN, coached] }, settings: lab, today: '2026-04-01',
      expected: 'not-eligible: CI Product Coach is due for this account; this program waits until it ends',
    },
    { name: 'a CSE customer not receiving the coach is invited', fields: { ...red, ...scale }, settings: lab, today: '2026-04-01', expected: 'due 2026-04-01' },
  ]);
  const securityLab = withEvents({ 'security-lab': ['2026-04-15'] });
  current(CURRENT.securityLab, 'security-lab-invite', [
    { name: 'no date entered', fields: { plan: 'Ultimate' }, today: '2026-04-01', expected: 'unknown: No date is entered for the Security & Compliance Hands-On Lab: add the next one under Options → Programs → Event dates' },
    { name: 'date entered', fields: { plan: 'Ultimate' }, settings: securityLab, today: '2026-04-01', expected: 'due 2026-04-01' },
  ]);
  current(CURRENT.securityLabAudience, 'security-lab-invite', [
    { name: 'not Ultimate', fields: { plan: 'Premium' }, settings: securityLab, today: '2026-04-01', expected: 'not-eligible: Plan is Premium; this program needs Ultimate' },
    {
      name: 'a CSE customer in Security Product Coach waits',
      fields: { plan: 'Ultimate', ...scale }, account: { contacts: [ADMIN, contact('Sec', { enablementEnrollment: ['Security Product Coach'] })] },
      settings: securityLab, today: '2026-04-01',
      expected: 'not-eligible: Security Product Coach is due for this account; this program waits until it ends',
    },
  ]);
  const pm = withEvents({ 'project-management-lab': ['2026-03-04'] });
  current(CURRENT.pmLab, 'project-management-lab-invite', [
    { name: 'fewer than 3 issues/epics, long a customer', fields: { issuesEpicsCreated: 2, customerSince: '2020-01-01' }, settings: pm, today: '2026-02-20', expected: 'due 2026-02-18' },
    { name: 'many issues, but within the first two years', fields: { issuesEpicsCreated: 40, customerSince: '2025-01-01' }, settings: pm, today: '2026-02-20', expected: 'due 2026-02-18' },
    {
      name: 'neither audience',
      fields: { issuesEpicsCreated: 3, customerSince: '2020-01-01' }, settings: pm, today: '2026-02-20',
      expected: 'not-eligible: Issues & Epics Created is 3; this program needs less than 3; and Became a customer 2242 days ago; this program is for the first 2 years',
    },
    { name: 'two years from a leap day end on Feb 28: the day before', fields: { issuesEpicsCreated: 9, customerSince: '2024-02-29', lastRenewalDate: null, subscriptionStartDate: '2024-02-29' }, settings: pm, today: '2026-02-27', expected: 'due 2026-02-18' },
    {
      name: 'two years from a leap day: Feb 28',
      fields: { issuesEpicsCreated: 9, customerSince: '2024-02-29', lastRenewalDate: null, subscriptionStartDate: '2024-02-29' }, settings: pm, today: '2026-02-28',
      expected: 'not-eligible: Issues & Epics Created is 9; this program needs less than 3; and Became a customer 730 days ago; this program is for the first 2 years',
    },
    { name: 'one audience qualifies while the other is unknown', fields: newCustomer('2025-06-01'), account: { without: ['issuesEpicsCreated'] }, settings: pm, today: '2026-02-20', expected: 'due 2026-02-18' },
    {
      name: 'the other audience unknown and the first not met',
      fields: { customerSince: '2020-01-01' }, account: { without: ['issuesEpicsCreated'] }, settings: pm, today: '2026-02-20',
      expected: 'unknown: Issues & Epics Created was not found on the page',
    },
    { name: 'not held: needs data', fields: { issuesEpicsCreated: 0 }, today: '2026-02-20', expected: 'unknown: No date is entered for the Getting Started with Project Management Hands-On Lab: add the next one under Options → Programs → Event dates' },
  ]);
  current(CURRENT.followUp, 'event-follow-up', [
    {
      name: 'the registrants are not on any page the extension reads: not tracked here, never "Needs data"',
      today: '2026-03-10', to: null,
      expected: "untracked: Goes to those who registered for or attended an event, within 24 hours of its end. Registrations are not on the account's pages, so the panel cannot track it: work from the event's attendee list.",
    },
  ]);
});

describe('seed 004: "today" is the user’s own calendar day', () => {
  const original = process.env.TZ;
  afterAll(() => {
    process.env.TZ = original;
  });
  // 06:30 UTC on 12 March 2026 is still the 11th in California and already the 12th in Tokyo.
  const instant = new Date(Date.UTC(2026, 2, 12, 6, 30));
  it.each([
    ['America/Los_Angeles', 'upcoming 2026-03-12'],
    ['UTC', 'due 2026-03-12'],
    ['Asia/Tokyo', 'due 2026-03-12'],
    ['Pacific/Kiritimati', 'due 2026-03-12'],
  ])('Net-New Onboarding for a customer since 10 March, seen from %s', (zone, expected) => {
    process.env.TZ = zone;
    const entry = entryOf(planFor(makeAccount({ fields: newCustomer('2026-03-10') }), toIsoDate(instant)), 'net-new-onboarding');
    expect(summary(entry)).toBe(expected);
  });
});
