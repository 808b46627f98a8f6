import { describe, expect, it } from 'vitest';
import type { ProgramLogEntry } from '../accounts/account';
import type { SentRecord } from './history';
import { entryOf, makeAccount, planFor, summary } from './test-accounts';

const log = (program: string, step: string | null, sentOn: string): ProgramLogEntry => ({ program, step, sentOn, recipients: [] });
const sent = (programId: string, stepId: string | null, sentOn: string): SentRecord => ({ programId, stepId, sentOn });

// Net-New Onboarding: three emails on days 0, 7 and 14 of the sequence, which starts on day 2 of the subscription.
const onboarding = makeAccount({ fields: { subscriptionStartDate: '2026-03-10' } });

describe('running sequences', () => {
  it.each([
    { name: 'the first step was sent: the second is due a week later', history: [sent('net-new-onboarding', 'welcome', '2026-03-12')], today: '2026-03-18', expected: 'upcoming 2026-03-19', steps: 1, next: 'organize' },
    { name: 'on that day it is due', history: [sent('net-new-onboarding', 'welcome', '2026-03-12')], today: '2026-03-19', expected: 'due 2026-03-19', steps: 1, next: 'organize' },
    { name: 'and stays due, late, however long it waits', history: [sent('net-new-onboarding', 'welcome', '2026-03-12')], today: '2026-05-01', expected: 'due 2026-03-19', steps: 1, next: 'organize' },
    { name: 'a late send moves the rest of the sequence', history: [sent('net-new-onboarding', 'welcome', '2026-03-12'), sent('net-new-onboarding', 'organize', '2026-03-25')], today: '2026-03-26', expected: 'upcoming 2026-04-01', steps: 2, next: 'first-pipeline' },
    { name: 'every step sent: sent, on the last one’s date', history: [sent('net-new-onboarding', 'welcome', '2026-03-12'), sent('net-new-onboarding', 'organize', '2026-03-19'), sent('net-new-onboarding', 'first-pipeline', '2026-03-26')], today: '2026-06-01', expected: 'sent 2026-03-26', steps: 3, next: null },
  ])('$name', ({ history, today, expected, steps, next }) => {
    const entry = entryOf(planFor(onboarding, today, { history }), 'net-new-onboarding');
    expect(summary(entry)).toBe(expected);
    expect(entry.stepsSent).toBe(steps);
    expect(entry.nextStep?.step.id ?? null).toBe(next);
    if (entry.nextStep) expect(entry.nextStep.dueDate).toBe(entry.date);
  });

  it('names the first step of a sequence that has not started', () => {
    const entry = entryOf(planFor(onboarding, '2026-03-12'), 'net-new-onboarding');
    expect(entry.nextStep).toMatchObject({ index: 0, dueDate: '2026-03-12', step: { id: 'welcome', offsetDays: 0 } });
    expect(entry.nextStep?.step.subject).toContain('{{account.name}}');
  });

  it('reads Program Logs by program name, playbook or alias and by step name or number', () => {
    const account = makeAccount({
      fields: { subscriptionStartDate: '2026-03-10' },
      programLogs: [
        log('Net-New  Onboarding', 'Email 1: Welcome to GitLab', '2026-03-12'),
        log('Net-New Onboarding Email Series', '2', '2026-03-19'),
      ],
    });
    const entry = entryOf(planFor(account, '2026-03-20'), 'net-new-onboarding');
    expect(summary(entry)).toBe('upcoming 2026-03-26');
    expect(entry.stepsSent).toBe(2);
    expect(entry.lastSentOn).toBe('2026-03-19');
  });

  it('counts a log row without a step, or with an unknown one, as the first step', () => {
    const account = makeAccount({ fields: { duoPurchaseDate: '2026-03-10' }, programLogs: [log('Duo Admin Onboarding', null, '2026-03-10')] });
    expect(summary(entryOf(planFor(account, '2026-03-12'), 'duo-admin-onboarding'))).toBe('upcoming 2026-03-15');
  });

  it('ignores log rows for programs outside the catalog and rows with unreadable dates', () => {
    const account = makeAccount({
      fields: { subscriptionStartDate: '2026-03-10' },
      programLogs: [log('Some Other Program', null, '2026-03-12'), log('Net-New Onboarding', null, '12/03/2026')],
    });
    expect(summary(entryOf(planFor(account, '2026-03-12'), 'net-new-onboarding'))).toBe('due 2026-03-12');
  });
});

describe('cycles', () => {
  it('shows this month’s newsletter as sent, then the next one as upcoming', () => {
    const history = [sent('customer-newsletter', null, '2026-01-23')];
    expect(summary(entryOf(planFor(makeAccount(), '2026-01-23', { history }), 'customer-newsletter'))).toBe('sent 2026-01-23');
    const next = entryOf(planFor(makeAccount(), '2026-01-24', { history }), 'customer-newsletter');
    expect(summary(next)).toBe('upcoming 2026-02-27');
    expect(next.lastSentOn).toBe('2026-01-23');
    expect(next.stepsSent).toBe(0);
  });

  it('does not count last year’s post-renewal email for this year’s renewal', () => {
    const account = makeAccount({ fields: { lastRenewalDate: '2026-03-10' }, programLogs: [log('Post-renewal onboarding', null, '2025-03-13')] });
    expect(summary(entryOf(planFor(account, '2026-03-13'), 'post-renewal-onboarding'))).toBe('due 2026-03-13');
  });

  it('counts a pre-renewal survey sent since the previous renewal, but not one before it', () => {
    const account = (sentOn: string) => makeAccount({ fields: { renewalDate: '2026-11-23' }, programLogs: [log('NPS/CSAT Pre-Renewal Survey', null, sentOn)] });
    expect(summary(entryOf(planFor(account('2026-07-27'), '2026-07-30', { edition: 'earlier' }), 'nps-csat-pre-renewal'))).toBe('sent 2026-07-27');
    expect(summary(entryOf(planFor(account('2025-07-27'), '2026-07-30', { edition: 'earlier' }), 'nps-csat-pre-renewal'))).toBe('due 2026-07-26');
  });

  it('counts the CSAT survey per half-year', () => {
    const account = makeAccount({ fields: { customerSince: '2025-08-31' } });
    const history = [sent('customer-csat-survey', 'survey', '2026-03-02')];
    expect(summary(entryOf(planFor(account, '2026-03-05', { history }), 'customer-csat-survey'))).toBe('sent 2026-03-02');
    expect(summary(entryOf(planFor(account, '2026-08-31', { history }), 'customer-csat-survey'))).toBe('due 2026-08-31');
  });

  it('runs CI Product Coach once per account, not once per monthly cohort', () => {
    const account = makeAccount({ fields: { segment: 'Scale', ciScore: 'Red' } });
    const all = ['pipelines', 'faster', 'reuse', 'runners'].map((step, i) => sent('ci-product-coach', step, `2026-03-${String(3 + 7 * i).padStart(2, '0')}`));
    expect(summary(entryOf(planFor(account, '2026-05-05', { history: all }), 'ci-product-coach'))).toBe('sent 2026-03-24');
  });

  it('keeps a CI lab invite back while CI Product Coach runs, and lets it through after', () => {
    const account = makeAccount({ fields: { segment: 'Scale', ciScore: 'Yellow' } });
    const running = ['pipelines', 'faster', 'reuse'].map((step, i) => sent('ci-product-coach', step, `2026-03-${String(3 + 7 * i).padStart(2, '0')}`));
    const lab = entryOf(planFor(account, '2026-04-01', { history: running }), 'ci-lab-invite');
    expect(lab.reasons).toEqual(['CI Product Coach is running (3 of 4 emails sent); this program waits until it ends']);
    const done = [...running, sent('ci-product-coach', 'runners', '2026-03-24')];
    expect(summary(entryOf(planFor(account, '2026-04-01', { history: done }), 'ci-lab-invite'))).toBe('due 2026-04-01');
  });
});
