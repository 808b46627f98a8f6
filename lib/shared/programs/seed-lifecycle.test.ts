/**
 * Rules that keep the panel from crying wolf (issue 26), one group per seed sentence, with the accounts
 * each implies: a churned account, closed deals, the control group, spellings no setting maps, and one
 * contact's unreadable history.
 */
import { describe, expect, it } from 'vitest';
import type { Opportunity } from '../accounts/account';
import { CURRENT, EARLIER, EXPERIMENT_RULES, LIFECYCLE_RULES, RECIPIENT_RULES } from './seed-quotes';
import { newCustomer, sentence, type Row } from './seed-table.test-support';
import { ADMIN, contact, makeAccount, planFor, SOLD_TO } from './accounts.test-support';
import type { SeedQuote } from './types';

const current = (quote: SeedQuote, program: string, rows: Parameters<typeof sentence>[3]) => sentence('current', quote, program, rows);
const earlier = (quote: SeedQuote, program: string, rows: Parameters<typeof sentence>[3]) => sentence('earlier', quote, program, rows);

const lostRenewal: Opportunity = { name: 'Acme renewal', type: 'Renewal', stage: 'Closed Lost', closeDate: '2026-03-01' };
const churned: Pick<Row, 'fields' | 'account'> = { fields: { activeSubscription: false }, account: { opportunities: [lostRenewal] } };
const CHURNED = 'not-eligible: Churned: Active Subscription is No and "Acme renewal" is Closed Lost, so the customer programs have stopped';

describe('seed 000: programs follow the lifecycle of the customer, and stop when it churns', () => {
  // The 4th Friday of March 2026 is the 27th.
  current(LIFECYCLE_RULES.lifecycle, 'customer-newsletter', [
    { name: 'a churned account (no active subscription, renewal Closed Lost)', ...churned, today: '2026-03-27', expected: CHURNED },
    { name: 'Active Subscription No, but no lost deal: not proven churned', fields: { activeSubscription: false }, today: '2026-03-27', expected: 'due 2026-03-27' },
    { name: 'a lost deal while the subscription is active (a lost expansion)', account: { opportunities: [lostRenewal] }, today: '2026-03-27', expected: 'due 2026-03-27' },
    { name: 'Active Subscription not read: never taken for churned', account: { opportunities: [lostRenewal], without: ['activeSubscription'] }, today: '2026-03-27', expected: 'due 2026-03-27' },
  ]);
  current(LIFECYCLE_RULES.lifecycle, 'customer-csat-survey', [
    { name: 'a churned account gets no survey', ...churned, today: '2026-03-27', expected: CHURNED },
  ]);
  current(LIFECYCLE_RULES.lifecycle, 'event-follow-up', [
    { name: 'a churned account gets no follow-up either', ...churned, today: '2026-03-27', expected: CHURNED },
  ]);
  earlier(LIFECYCLE_RULES.lifecycle, 'monthly-newsletter', [
    { name: 'earlier edition: a churned account gets no newsletter', ...churned, today: '2026-03-27', expected: CHURNED },
  ]);
  it('says once for the account why its customer programs stopped', () => {
    const plan = planFor(makeAccount({ ...churned.account, fields: churned.fields }), '2026-03-27');
    expect(plan.warnings.filter((w) => w.code === 'churned').map((w) => w.message)).toEqual([CHURNED.replace('not-eligible: ', '')]);
  });
  // What the seeds give a churned account: the earlier edition's post-churn survey, and only that.
  earlier(EARLIER.churn, 'post-churn-survey', [
    { name: 'the one program a churned account still gets', ...churned, today: '2026-03-02', expected: 'due 2026-03-01' },
  ]);
});

describe('seed 000: the GitLab Admin is a step of the Sales process, so only an open deal can wait for it', () => {
  const deal = (stage: string, flags: Partial<Opportunity> = {}): Opportunity => ({
    id: '006A', name: `Acme ${stage}`, type: 'New - First Order', stage, closeDate: '2026-03-01', ...flags,
  });
  const rows: [string, Opportunity, boolean][] = [
    ['Closed Won by its stage name', deal('Closed Won'), false],
    ['"closed_won", as a stage may be spelled', deal('closed_won'), false],
    ['Closed Lost', deal('Closed Lost'), false],
    ['Salesforce says IsClosed, whatever the stage is called', deal('Signed', { isClosed: true, isWon: true }), false],
    ['an open deal at 4-Proposal still blocks', deal('4-Proposal'), true],
    ['Salesforce says open (IsClosed false): it still blocks', deal('Closed Won', { isClosed: false }), true],
  ];
  describe(`"${LIFECYCLE_RULES.sales.text}" (seed ${LIFECYCLE_RULES.sales.seed})`, () => {
    it.each(rows)('%s', (_, opportunity, blocks) => {
      const plan = planFor(makeAccount({ contacts: [SOLD_TO], opportunities: [opportunity] }), '2026-03-12');
      expect(plan.warnings.filter((w) => w.code === 'opportunity-needs-admin').length).toBe(blocks ? 1 : 0);
    });
  });
});

describe('seed 001: a control group misses "onboarding or enablement content during pilot programs", nothing else', () => {
  const control = { controlGroup: true } as const;
  earlier(EXPERIMENT_RULES.controlGroup, 'onboarding-intro-enrollment', [
    {
      name: 'onboarding in a pilot is held back, in the seed’s words', fields: { ...newCustomer('2026-03-10'), ...control }, today: '2026-03-10',
      expected: 'held-back 2026-03-10: In the control group (Control Group: Yes): a control group may not receive "onboarding or enablement content during pilot programs" (seed 001), and this is one',
    },
  ]);
  earlier(EXPERIMENT_RULES.controlGroup, 'monthly-newsletter', [
    { name: 'a newsletter is neither: it still goes out', fields: control, today: '2026-03-27', expected: 'due 2026-03-27' },
  ]);
  current(EXPERIMENT_RULES.controlGroup, 'customer-newsletter', [
    { name: 'current edition: the newsletter still goes out', fields: control, today: '2026-03-27', expected: 'due 2026-03-27' },
  ]);
  current(EXPERIMENT_RULES.controlGroup, 'customer-csat-survey', [
    { name: 'a survey is neither: never held back for the control group', fields: { ...newCustomer('2025-09-27'), ...control }, today: '2026-03-27', expected: 'due 2026-03-27' },
  ]);
});

describe('seed 001: CSM-assigned accounts, as the three segment names or a spelling set in Options', () => {
  const unknownSpelling = 'unknown: Segment "TAM-Assigned" is a spelling the extension does not know: add it under Options → Programs → Segment spellings';
  current(RECIPIENT_RULES.csmAssigned, 'csm-cse-introduction', [
    { name: 'TAM-Assigned, the earlier name, is no default spelling', fields: { ...newCustomer('2026-03-10'), segment: 'TAM-Assigned' as never }, today: '2026-03-10', expected: unknownSpelling },
  ]);
  earlier(RECIPIENT_RULES.csmAssigned, 'intro-to-gitlab-cs-onboarding', [
    { name: 'TAM-Assigned in the earlier edition too', fields: { segment: 'TAM-Assigned' as never, csmAssignedDate: '2026-03-10' }, today: '2026-03-10', expected: unknownSpelling },
  ]);
});

describe('seed 004: enrolled contacts are decided one by one', () => {
  const ana = contact('Ana Enrolled', { enablementEnrollment: ['CI Enablement'] });
  const ben = contact('Ben Enrolled', { enablementEnrollment: ['CI Enablement'] });
  const retired = (who: string) => ({ programId: 'ci-enablement-campaign', stepId: 'retired-step', sentOn: '2026-03-02', recipients: [who] });
  current(CURRENT.enrollment, 'ci-enablement-campaign', [
    {
      name: 'one contact’s unknown step leaves the others decided on their own history',
      account: { contacts: [ADMIN, ana, ben] }, history: [retired(ana.email!)], today: '2026-03-10', expected: 'due 2026-03-10', to: ['Ben Enrolled'],
    },
    {
      name: 'every enrolled contact’s step unknown: the program is unknown',
      account: { contacts: [ADMIN, ana] }, history: [retired(ana.email!)], today: '2026-03-10',
      expected: 'unknown: Which email of CI Enablement Campaign went out cannot be told: the extension recorded step "retired-step" on 2026-03-02, and this catalog has no such step',
    },
  ]);
});
