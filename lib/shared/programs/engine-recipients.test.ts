import { describe, expect, it } from 'vitest';
import { newCustomer } from './seed-table.test-support';
import { DEFAULT_ENGINE_SETTINGS } from './settings';
import { ADMIN, contact, entryOf, makeAccount, planFor, SOLD_TO, summary } from './accounts.test-support';
import type { PlanEntry, PlanWarning } from './plan';

const NO_ADMIN_SURVEY = 'No GitLab Admin: surveys go to GitLab Admin contacts only, and Sold-To contacts never receive NPS/CSAT. Make a contact GitLab Admin to send it.';
const names = (entry: PlanEntry) => entry.recipients?.map((r) => `${r.contact.name} (${r.via})`) ?? null;

// Net-New Onboarding is due on 2026-03-12, Security Adoption (enablement) on 2026-04-09.
const onboarding = newCustomer('2026-03-10');
const OWNER = contact('Olga Owner', { permission: 'Owner' });
const MAINTAINER = contact('Max Maintainer', { permission: 'Maintainer' });
const ADMIN_OWNER = { ...ADMIN, permission: 'Owner' as const };

describe('recipient policies', () => {
  it.each([
    {
      name: 'GitLab Admins only when there is one; the Sold-To contact is not added',
      contacts: [ADMIN, SOLD_TO], program: 'net-new-onboarding', expected: ['Ada Admin (admin)'],
    },
    {
      name: 'every admin on the account',
      contacts: [ADMIN, contact('Cy Admin', { roles: ['GitLab Admin'] }), SOLD_TO], program: 'net-new-onboarding',
      expected: ['Ada Admin (admin)', 'Cy Admin (admin)'],
    },
    {
      name: 'the Sold-To contact when there is no admin',
      contacts: [SOLD_TO, contact('Bo Billing', { roles: ['Billing'] })], program: 'net-new-onboarding',
      expected: ['Sam Buyer (sold-to)'],
    },
    {
      name: 'a role that only contains the words is not the admin role',
      contacts: [contact('Fay Former', { roles: ['Former GitLab Admin'] }), SOLD_TO], program: 'net-new-onboarding',
      expected: ['Sam Buyer (sold-to)'],
    },
    {
      name: 'surveys never go to Sold-To',
      contacts: [SOLD_TO], program: 'customer-csat-survey', expected: [],
    },
    {
      name: 'newsletters on a digital account go to the Sold-To contact when there is no admin',
      contacts: [SOLD_TO], program: 'customer-newsletter', expected: ['Sam Buyer (sold-to)'],
    },
    {
      name: 'surveys go to admins',
      contacts: [ADMIN, SOLD_TO], program: 'customer-csat-survey', expected: ['Ada Admin (admin)'],
    },
  ])('$name', ({ contacts, program, expected }) => {
    const plan = planFor(makeAccount({ contacts, fields: onboarding }), '2026-03-12');
    expect(names(entryOf(plan, program))).toEqual(expected);
  });

  it('holds back a due survey with nobody to go to, with the reason and the fix, and warns ahead of an upcoming one', () => {
    const account = makeAccount({ contacts: [SOLD_TO], fields: newCustomer('2025-08-31') });
    const due = entryOf(planFor(account, '2026-02-28'), 'customer-csat-survey');
    expect(due).toMatchObject({ state: 'held-back', reasons: [NO_ADMIN_SURVEY], fix: 'make-admin', recipients: [] });
    const upcoming = entryOf(planFor(account, '2026-02-20'), 'customer-csat-survey');
    expect(upcoming).toMatchObject({ state: 'upcoming', fix: null, warnings: [NO_ADMIN_SURVEY] });
  });

  it('holds back a program nobody at all can receive', () => {
    const plan = planFor(makeAccount({ contacts: [contact('Bo Billing')], fields: onboarding }), '2026-03-12');
    expect(summary(entryOf(plan, 'net-new-onboarding'))).toBe(
      'held-back 2026-03-12: No GitLab Admin and no Sold-To contact: nobody to send to. Make a contact GitLab Admin to send it.',
    );
    expect(plan.warnings.map((w) => w.message)).toEqual(['No GitLab Admin and no Sold-To contact: programs have no recipient']);
  });

  it('adds SaaS Owners and Maintainers to enablement programs on SaaS accounts, each contact once', () => {
    const account = makeAccount({ contacts: [ADMIN_OWNER, OWNER, MAINTAINER, SOLD_TO], fields: { ...onboarding, deployment: 'SaaS' } });
    const plan = planFor(account, '2026-04-09');
    expect(names(entryOf(plan, 'security-adoption'))).toEqual(['Ada Admin (admin)', 'Olga Owner (saas-owner)', 'Max Maintainer (saas-maintainer)']);
    expect(names(entryOf(plan, 'net-new-onboarding'))).toEqual(['Ada Admin (admin)']); // onboarding is not enablement
  });

  it('does not add Owners and Maintainers on Self-Managed accounts', () => {
    const plan = planFor(makeAccount({ contacts: [ADMIN, OWNER] }), '2026-04-09');
    expect(names(entryOf(plan, 'security-adoption'))).toEqual(['Ada Admin (admin)']);
  });

  it('adds Owners and Maintainers beside the Sold-To fallback', () => {
    const plan = planFor(makeAccount({ contacts: [SOLD_TO, MAINTAINER], fields: { deployment: 'SaaS' } }), '2026-04-09');
    expect(names(entryOf(plan, 'security-adoption'))).toEqual(['Sam Buyer (sold-to)', 'Max Maintainer (saas-maintainer)']);
  });

  it('warns when the deployment is unknown, so Owners and Maintainers may be missing', () => {
    const plan = planFor(makeAccount({ contacts: [ADMIN, OWNER], without: ['deployment'] }), '2026-04-09');
    expect(entryOf(plan, 'security-adoption').warnings).toEqual(['Deployment is unknown: SaaS Owners and Maintainers were not added']);
  });

  it('sends CSM-enrolled campaigns to the enrolled contacts only', () => {
    const enrolled = contact('Eve Engineer', { enablementEnrollment: ['CI Enablement', 'CD Enablement'] });
    const plan = planFor(makeAccount({ contacts: [ADMIN, enrolled], fields: { segment: 'CSM-Assigned' } }), '2026-03-10', { edition: 'earlier' });
    expect(names(entryOf(plan, 'csm-enrolled-ci'))).toEqual(['Eve Engineer (enrolled)']);
    expect(names(entryOf(plan, 'csm-enrolled-cd'))).toEqual(['Eve Engineer (enrolled)']);
    expect(entryOf(plan, 'csm-enrolled-agile').reasons).toEqual(['No contact is enrolled in Agile Enablement (Enablement Enrollment)']);
  });

  it('sends CI Product Coach to the contacts the CSM enrolled in it', () => {
    const enrolled = contact('Eve Engineer', { enablementEnrollment: ['CI Product Coach'] });
    const plan = planFor(makeAccount({ contacts: [ADMIN, enrolled], fields: { segment: 'Scale', ciScore: 'Red' } }), '2026-03-03');
    expect(names(entryOf(plan, 'ci-product-coach'))).toEqual(['Eve Engineer (enrolled)']);
  });

  it('sends the AE <> CSM introduction to the Sold-To contact, not the admin', () => {
    const plan = planFor(
      makeAccount({ fields: { segment: 'CSM-Assigned', csmAssignedDate: '2026-03-10' } }), '2026-03-10', { edition: 'earlier' },
    );
    expect(names(entryOf(plan, 'ae-csm-introduction'))).toEqual(['Sam Buyer (sold-to)']);
    expect(names(entryOf(plan, 'intro-to-gitlab-cs-onboarding'))).toEqual(['Ada Admin (admin)']);
  });

  it('uses the admin role from the settings', () => {
    const owner = contact('Pat Platform', { roles: ['Platform Owner'] });
    const settings = { ...DEFAULT_ENGINE_SETTINGS, adminRole: 'Platform Owner' };
    const plan = planFor(makeAccount({ contacts: [ADMIN, owner], fields: onboarding }), '2026-03-12', { settings });
    expect(names(entryOf(plan, 'net-new-onboarding'))).toEqual(['Pat Platform (admin)']);
  });

  it('names recipients without an email address', () => {
    const plan = planFor(makeAccount({ contacts: [{ ...ADMIN, email: null }], fields: onboarding }), '2026-03-12');
    expect(entryOf(plan, 'net-new-onboarding').warnings).toEqual(['Ada Admin has no email address']);
  });

  it('leaves recipients unknown, with a warning, when contacts could not be read', () => {
    const plan = planFor(makeAccount({ contacts: undefined, fields: onboarding }), '2026-03-12');
    const entry = entryOf(plan, 'net-new-onboarding');
    expect(entry.state).toBe('due');
    expect(entry.recipients).toBeNull();
    expect(entry.warnings).toEqual(['Contacts could not be read: recipients unknown']);
    expect(plan.warnings.map((w) => w.code)).toEqual(['contacts-unknown']);
  });

  it('has no recipients to name for event follow-ups (the registrants are not in the snapshot)', () => {
    expect(entryOf(planFor(makeAccount(), '2026-03-12'), 'event-follow-up').recipients).toBeNull();
  });
});

describe('account warnings', () => {
  const opportunity = (type: string, stage = '4-Proposal') => ({ id: '006A', name: `Acme ${type}`, type, stage, closeDate: '2026-04-30' });
  const blocking = (warnings: PlanWarning[]) => warnings.filter((w) => w.severity === 'blocking').map((w) => w.message);

  it('warns of the Sold-To fallback when there is no admin', () => {
    const plan = planFor(makeAccount({ contacts: [SOLD_TO] }), '2026-03-12');
    expect(plan.warnings).toEqual([{
      code: 'no-admin', severity: 'warning',
      message: 'No GitLab Admin: programs go to the Sold-To contact (Sam Buyer); NPS/CSAT surveys are not sent',
    }]);
  });

  it.each(['New - First Order', 'New - Connected', 'Growth'])('blocks a %s opportunity without a GitLab Admin', (type) => {
    const plan = planFor(makeAccount({ contacts: [SOLD_TO], opportunities: [opportunity(type)] }), '2026-03-12');
    expect(blocking(plan.warnings)).toEqual([
      `Opportunity "Acme ${type}" (${type}) needs a GitLab Admin contact before it is submitted for approval: add one to the account`,
    ]);
    expect(plan.warnings.find((w) => w.severity === 'blocking')?.opportunity?.id).toBe('006A');
  });

  it('does not block when the account has a GitLab Admin', () => {
    const plan = planFor(makeAccount({ opportunities: [opportunity('Growth')] }), '2026-03-12');
    expect(plan.warnings).toEqual([]);
  });

  it('blocks Contraction only when the settings add it, matching types loosely', () => {
    const account = makeAccount({ contacts: [SOLD_TO], opportunities: [opportunity('Contraction')] });
    expect(blocking(planFor(account, '2026-03-12').warnings)).toEqual([]);
    const settings = { ...DEFAULT_ENGINE_SETTINGS, approvalDealTypes: ['New - First Order', 'New - Connected', 'Growth', ' contraction'] };
    expect(blocking(planFor(account, '2026-03-12', { settings }).warnings)).toHaveLength(1);
  });

  it('ignores renewals and lost deals, however the stage spells it or Salesforce flags it', () => {
    const account = makeAccount({
      contacts: [SOLD_TO],
      opportunities: [
        opportunity('Renewal'), opportunity('Growth', 'Closed Lost'), opportunity('Growth', 'Closed-Lost'), opportunity('Growth', 'closed_lost'),
        { ...opportunity('Growth', 'Lost to competitor'), isClosed: true, isWon: false },
      ],
    });
    expect(blocking(planFor(account, '2026-03-12').warnings)).toEqual([]);
  });

  it('says the warning for the whole account when there is no admin on a CSM-assigned account', () => {
    const plan = planFor(makeAccount({ contacts: [SOLD_TO], fields: { segment: 'CSM-Assigned' } }), '2026-03-12');
    expect(plan.warnings.map((w) => w.message)).toEqual([
      'No GitLab Admin: programs go to the Sold-To contact (Sam Buyer); surveys and newsletters are not sent',
    ]);
  });

  it('cannot check the rule when contacts are unknown, and says so without blocking', () => {
    const plan = planFor(makeAccount({ contacts: undefined, opportunities: [opportunity('Growth')] }), '2026-03-12');
    expect(plan.warnings.map((w) => [w.code, w.severity])).toEqual([
      ['contacts-unknown', 'warning'], ['opportunity-needs-admin', 'warning'],
    ]);
  });
});

describe('a partial contact list', () => {
  const partial = (contacts: ReturnType<typeof contact>[], fields = {}) =>
    makeAccount({ contacts, contactsIncomplete: '25 of 140 contacts visible', fields: { ...newCustomer('2025-08-31'), ...fields } });

  it('proves an admin exists when one is visible', () => {
    const plan = planFor(partial([ADMIN, SOLD_TO]), '2026-02-28');
    expect(names(entryOf(plan, 'customer-csat-survey'))).toEqual(['Ada Admin (admin)']);
    expect(plan.warnings).toEqual([]);
  });

  it('never concludes "no admin": no Sold-To fallback, no survey held back for it, recipients unknown', () => {
    const plan = planFor(partial([SOLD_TO]), '2026-02-28');
    const survey = entryOf(plan, 'customer-csat-survey');
    expect(survey).toMatchObject({ state: 'due', recipients: null, fix: null });
    expect(survey.warnings).toEqual(['Only part of the contacts could be read (25 of 140 contacts visible) and none of them is GitLab Admin: who receives it cannot be told']);
    const newsletter = entryOf(planFor(partial([SOLD_TO]), '2026-03-27'), 'customer-newsletter');
    expect(newsletter.recipients).toBeNull();
    expect(plan.warnings.map((w) => [w.code, w.message])).toEqual([
      ['contacts-incomplete', 'Only part of the contacts could be read (25 of 140 contacts visible): none of them is GitLab Admin, which does not mean the account has none'],
    ]);
  });

  it('cannot say an opportunity lacks an admin', () => {
    const account = makeAccount({ contacts: [SOLD_TO], contactsIncomplete: '25 of 140 contacts visible', opportunities: [{ name: 'Acme Growth', type: 'Growth', stage: '4-Proposal', closeDate: '2026-04-30' }] });
    expect(planFor(account, '2026-03-12').warnings.map((w) => [w.code, w.severity])).toEqual([
      ['contacts-incomplete', 'warning'], ['opportunity-needs-admin', 'warning'],
    ]);
  });
});

describe('contact fields the source lacks', () => {
  it('quotes why Sold-To contacts cannot be told instead of falling back to nobody', () => {
    const account = { ...makeAccount({ contacts: [contact('Bo Billing')], fields: onboarding }), contactFieldNotes: { soldTo: 'Salesforce field Sold_To__c is not in this org — map it in Options → Salesforce' } };
    const entry = entryOf(planFor(account, '2026-03-12'), 'net-new-onboarding');
    expect(entry).toMatchObject({ state: 'due', recipients: null });
    expect(entry.warnings).toEqual(['Sold-To contacts cannot be told: Salesforce field Sold_To__c is not in this org — map it in Options → Salesforce']);
  });

  it('needs the Enablement Enrollment field to say nobody is enrolled', () => {
    const note = 'Salesforce field Enablement_Enrollment__c is not in this org — map it in Options → Salesforce';
    const account = { ...makeAccount({ fields: { segment: 'CSM-Assigned' } }), contactFieldNotes: { enablementEnrollment: note } };
    expect(entryOf(planFor(account, '2026-03-12', { edition: 'earlier' }), 'csm-enrolled-ci')).toMatchObject({ state: 'unknown', reasons: [note] });
  });
});
