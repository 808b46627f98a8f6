import { describe, expect, it } from 'vitest';
import type { ProgramLogEntry } from '../accounts/account';
import type { SentRecord } from './history';
import { newCustomer } from './seed-table.test-support';
import { ADMIN, contact, entryOf, makeAccount, planFor, summary, withEvents } from './accounts.test-support';

const log = (program: string, step: string | null, sentOn: string): ProgramLogEntry => ({ program, step, sentOn, recipients: [] });
const sent = (programId: string, stepId: string | null, sentOn: string): SentRecord => ({ programId, stepId, sentOn });

// Net-New Onboarding: three emails on days 0, 7 and 14 of the sequence, which starts on day 2 of the subscription.
const onboarding = makeAccount({ fields: newCustomer('2026-03-10') });

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
      fields: newCustomer('2026-03-10'),
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

  it('reports a log row without a step, or with a step the catalog lacks, instead of counting it as the first email', () => {
    const withLog = (step: string | null) => makeAccount({ fields: { duoPurchaseDate: '2026-03-10' }, programLogs: [log('Duo Admin Onboarding', step, '2026-03-10')] });
    expect(summary(entryOf(planFor(withLog(null), '2026-03-12'), 'duo-admin-onboarding'))).toBe(
      'unknown: Which email of Duo Admin Onboarding went out cannot be told: Program Logs list "Duo Admin Onboarding" without a step on 2026-03-10, and this catalog has no such step',
    );
    const entry = entryOf(planFor(withLog('Email 9: Bonus'), '2026-03-12'), 'duo-admin-onboarding');
    expect(entry.missing).toEqual([{
      field: 'history', label: 'Sent emails',
      message: 'Which email of Duo Admin Onboarding went out cannot be told: Program Logs list "Duo Admin Onboarding" step "Email 9: Bonus" on 2026-03-10, and this catalog has no such step',
    }]);
    expect(summary(entryOf(planFor(withLog('Email 1'), '2026-03-12'), 'duo-admin-onboarding'))).toBe('upcoming 2026-03-15');
  });

  it('reports a recorded step the catalog no longer has, and counts a one-email program without a step name', () => {
    const history = [sent('net-new-onboarding', 'retired-step', '2026-03-12')];
    expect(entryOf(planFor(onboarding, '2026-03-13', { history }), 'net-new-onboarding').state).toBe('unknown');
    expect(summary(entryOf(planFor(makeAccount(), '2026-01-23', { history: [sent('customer-newsletter', null, '2026-01-23')] }), 'customer-newsletter'))).toBe('sent 2026-01-23');
  });

  it('ignores log rows for programs outside the catalog and rows with unreadable dates', () => {
    const account = makeAccount({
      fields: newCustomer('2026-03-10'),
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
    const account = makeAccount({ fields: newCustomer('2025-08-31') });
    const history = [sent('customer-csat-survey', 'survey', '2026-03-02')];
    expect(summary(entryOf(planFor(account, '2026-03-05', { history }), 'customer-csat-survey'))).toBe('sent 2026-03-02');
    expect(summary(entryOf(planFor(account, '2026-08-31', { history }), 'customer-csat-survey'))).toBe('due 2026-08-31');
  });

  it('keeps a CI lab invite back while CI Product Coach runs for the account, and lets it through after', () => {
    const coached = contact('Cora Coached', { enablementEnrollment: ['CI Product Coach'] });
    const account = makeAccount({ fields: { segment: 'Scale', ciScore: 'Yellow' }, contacts: [ADMIN, coached] });
    const settings = withEvents({ 'ci-lab': ['2026-04-15'] });
    const to = [coached.email!];
    const running = ['pipelines', 'faster', 'reuse'].map((step, i) => ({ ...sent('ci-product-coach', step, `2026-03-${String(3 + 7 * i).padStart(2, '0')}`), recipients: to }));
    const lab = entryOf(planFor(account, '2026-04-01', { history: running, settings }), 'ci-lab-invite');
    expect(lab.reasons).toEqual(['CI Product Coach is running (3 of 4 emails sent); this program waits until it ends']);
    const done = [...running, { ...sent('ci-product-coach', 'runners', '2026-03-24'), recipients: to }];
    expect(summary(entryOf(planFor(account, '2026-04-01', { history: done, settings }), 'ci-product-coach'))).toBe('sent 2026-03-24');
    expect(summary(entryOf(planFor(account, '2026-04-01', { history: done, settings }), 'ci-lab-invite'))).toBe('due 2026-04-01');
  });
});

describe('history per contact', () => {
  const eve = contact('Eve Early', { enablementEnrollment: ['CI Enablement'] });
  const lou = contact('Lou Late', { id: '003LOU', enablementEnrollment: ['CI Enablement'] });
  const account = makeAccount({ fields: { segment: 'CSM-Assigned' }, contacts: [ADMIN, eve, lou] });
  const plan = (history: SentRecord[], today = '2026-03-20') => entryOf(planFor(account, today, { history, edition: 'earlier' }), 'csm-enrolled-ci');

  it('takes which step went to whom, and plans the step due soonest for the contacts it is due to', () => {
    const entry = plan([
      { programId: 'csm-enrolled-ci', stepId: 'ci-1', sentOn: '2026-03-02', recipients: ['EVE.EARLY@example.com'] },
      { programId: 'csm-enrolled-ci', stepId: 'ci-2', sentOn: '2026-03-09', recipients: ['eve.early@example.com'] },
      { programId: 'csm-enrolled-ci', stepId: 'ci-1', sentOn: '2026-03-16', recipients: ['003lou'] },
    ]);
    expect(summary(entry)).toBe('due 2026-03-16');
    expect(entry.recipients?.map((r) => r.contact.name)).toEqual(['Eve Early']);
    expect(entry.nextStep?.step.id).toBe('ci-3');
    expect(entry.warnings).toEqual(['Also enrolled, at another step: Lou Late (Email 2: Speed, 2026-03-23)']);
  });

  it('reads Program Logs recipients the same way', () => {
    const logged = makeAccount({
      fields: { segment: 'CSM-Assigned' }, contacts: [ADMIN, eve, lou],
      programLogs: [{ program: 'CSM Enrolled CI Enablement Campaigns', step: 'Email 1: CI foundations', sentOn: '2026-03-02', recipients: ['Eve Early'] }],
    });
    const entry = entryOf(planFor(logged, '2026-03-05', { edition: 'earlier' }), 'csm-enrolled-ci');
    expect(summary(entry)).toBe('due 2026-03-05');
    expect(entry.recipients?.map((r) => r.contact.name)).toEqual(['Lou Late']);
  });

  it('counts a send that did not record its recipients for every enrolled contact', () => {
    const entry = plan([{ programId: 'csm-enrolled-ci', stepId: 'ci-1', sentOn: '2026-03-16' }]);
    expect(summary(entry)).toBe('upcoming 2026-03-23');
    expect(entry.recipients?.map((r) => r.contact.name)).toEqual(['Eve Early', 'Lou Late']);
  });
});
