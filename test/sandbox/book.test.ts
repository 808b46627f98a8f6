import { describe, expect, it } from 'vitest';
import { gitlabAdmins, type Account, type IsoDate } from '../../lib/shared/accounts/account';
import { addDays, addYears, daysBetween } from './dates';
import { bookOfBusiness } from './data/book';
import { SCENARIO_TAGS, type SandboxAccount, type ScenarioTag } from './data/types';

/** What each tag promises about the data, so a tag cannot drift away from the account it sits on. */
const CHECKS: Record<ScenarioTag, (a: SandboxAccount, today: IsoDate) => boolean> = {
  'new-subscription-day-0': (a, t) => a.account.fields.subscriptionStartDate === t,
  'new-subscription-day-2': (a, t) => a.account.fields.subscriptionStartDate === addDays(t, -2),
  'new-subscription-day-10': (a, t) => a.account.fields.subscriptionStartDate === addDays(t, -10),
  'first-ultimate-purchase': (a, t) => a.account.fields.plan === 'Ultimate' && a.account.fields.ultimateSince === addDays(t, -2),
  'new-duo-purchase': (a, t) => a.account.fields.duoPurchaseDate === t,
  'renewed-3-days-ago': (a, t) => a.account.fields.lastRenewalDate === addDays(t, -3),
  'renewal-in-120-days': (a, t) => a.account.fields.renewalDate === addDays(t, 120),
  'renewal-60-days-ago': (a, t) => a.account.fields.lastRenewalDate === addDays(t, -60),
  'ci-score-red': (a) => a.account.fields.ciScore === 'Red',
  'ci-score-yellow': (a) => a.account.fields.ciScore === 'Yellow',
  'low-ci-utilization': (a) => (a.account.fields.ciUtilization ?? 100) < 20,
  'smb-low-license-utilization': (a, t) =>
    a.account.fields.segment === 'Tech Touch' &&
    a.account.fields.licenseUtilization === 60 &&
    a.account.fields.customerSince === addDays(t, -100),
  'churned-smb': (a) =>
    a.account.fields.segment === 'Tech Touch' &&
    a.account.fields.activeSubscription === false &&
    a.account.opportunities.some((o) => o.stage === 'Closed Lost'),
  'csm-just-assigned': (a, t) => {
    const d = a.account.fields.csmAssignedDate;
    return !!a.account.fields.csm && (d === t || d === addDays(t, -1));
  },
  'csm-assigned': (a) => a.account.fields.segment === 'CSM-Assigned' && !!a.account.fields.csm,
  scale: (a) => a.account.fields.segment === 'Scale',
  'tech-touch': (a) => a.account.fields.segment === 'Tech Touch' && a.account.fields.csm === null,
  'no-gitlab-admin': (a) => gitlabAdmins(a.account).length === 0 && (a.account.contacts ?? []).some((c) => c.soldTo),
  'open-first-order-opportunity': (a) =>
    a.account.opportunities.some((o) => o.type === 'New - First Order' && !o.stage?.startsWith('Closed')),
  'two-gitlab-admins': (a) => gitlabAdmins(a.account).length === 2,
  'admin-with-other-role': (a) => gitlabAdmins(a.account).some((c) => c.roles.length > 1),
  'saas-owner-maintainer': (a) =>
    a.account.fields.deployment === 'SaaS' &&
    ['Owner', 'Maintainer'].every((p) => (a.account.contacts ?? []).some((c) => c.permission === p)),
  'control-group': (a) => a.account.fields.controlGroup === true,
  'field-missing': (a) => a.hiddenFields.includes('Renewal Date') && a.hiddenFields.includes('Last Renewal Date'),
  'dmy-dates': (a) => a.dateFormat === 'DMY',
  'mdy-dates': (a) => a.dateFormat === 'MDY',
  'iso-dates': (a) => a.dateFormat === 'ISO',
  'customer-since-60-days': (a, t) => a.account.fields.customerSince === addDays(t, -60),
  'day-30': (a, t) => a.account.fields.customerSince === addDays(t, -30),
  'day-45': (a, t) => a.account.fields.customerSince === addDays(t, -45),
  'day-100': (a, t) => a.account.fields.customerSince === addDays(t, -100),
  'day-130': (a, t) => a.account.fields.customerSince === addDays(t, -130),
  'few-issues-epics': (a, t) =>
    (a.account.fields.issuesEpicsCreated ?? 99) < 3 && daysBetween(a.account.fields.customerSince ?? t, t) < 730,
  ultimate: (a) => a.account.fields.plan === 'Ultimate',
  'empty-values': (a) => Object.values(a.account.fields).filter((v) => v === null).length >= 5,
  'program-logs': (a) => a.account.programLogs.length > 0,
  'decoy-note': (a) => !!a.note?.table && a.note.table.rows.every(([name]) => !(a.account.contacts ?? []).some((c) => c.name === name)),
  'many-contacts': (a) => (a.account.contacts?.length ?? 0) > 40 && (a.account.contacts ?? []).findIndex((c) => gitlabAdmins({ ...a.account, contacts: [c] }).length > 0) >= 30,
};

const byTag = (book: SandboxAccount[], tag: ScenarioTag) => book.filter((a) => a.tags.includes(tag));

describe.each(['2026-11-23', '2028-02-29', '2027-01-01'])('book of business for %s', (today) => {
  const book = bookOfBusiness(today);

  it('has at least 12 accounts with unique keys and ids', () => {
    expect(book.length).toBeGreaterThanOrEqual(12);
    for (const pick of [(a: SandboxAccount) => a.key, (a: SandboxAccount) => a.gainsightId, (a: SandboxAccount) => a.salesforceId]) {
      expect(new Set(book.map(pick)).size).toBe(book.length);
    }
  });

  it.each(SCENARIO_TAGS)('scenario %s exists and every account tagged with it fits it', (tag) => {
    const tagged = byTag(book, tag);
    expect(tagged.length, `no account tagged ${tag}`).toBeGreaterThan(0);
    for (const a of tagged) expect(CHECKS[tag](a, today), `${a.key} does not fit ${tag}`).toBe(true);
  });

  it('puts the day-0 / day-2 / day-10 starts exactly that many days before today', () => {
    const start = (tag: ScenarioTag) => byTag(book, tag)[0]?.account.fields.subscriptionStartDate;
    expect(start('new-subscription-day-0')).toBe(today);
    expect(start('new-subscription-day-2')).toBe(addDays(today, -2));
    expect(start('new-subscription-day-10')).toBe(addDays(today, -10));
  });

  it('gives every account realistic, well-formed data', () => {
    for (const a of book) {
      const acc: Account = a.account;
      expect(acc.source).toBe('gainsight');
      expect(acc.id).toBe(a.gainsightId);
      expect(a.gainsightId).toMatch(/^1P02[0-9A-Z]{32}$/);
      expect(a.salesforceId).toMatch(/^001[0-9A-Za-z]{15}$/);
      expect(acc.fields.arr).not.toBeNull();
      expect(acc.contacts?.length).toBeGreaterThan(0);
      expect(acc.contacts?.some((c) => c.enablementEnrollment.length > 0), `${a.key} has no enablement enrollment`).toBe(true);
      for (const c of acc.contacts ?? []) {
        expect(c.id).toMatch(/^003[0-9A-Za-z]{15}$/);
        expect(c.email).toMatch(new RegExp(`^[a-z.]+@${a.domain.replace('.', '\\.')}$`));
        expect(c.email?.endsWith('.example')).toBe(true);
      }
      for (const o of acc.opportunities) expect(o.id).toMatch(/^006[0-9A-Za-z]{15}$/);
    }
  });
});

describe('dates', () => {
  it('keeps day arithmetic exact across leap days and clamps year steps', () => {
    expect(addDays('2028-02-29', -2)).toBe('2028-02-27');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(daysBetween('2026-11-23', '2027-03-23')).toBe(120);
  });

  it('uses the same ids whatever today is', () => {
    const a = bookOfBusiness('2026-11-23').map((x) => [x.gainsightId, x.salesforceId]);
    const b = bookOfBusiness('2030-06-01').map((x) => [x.gainsightId, x.salesforceId]);
    expect(a).toEqual(b);
  });
});
