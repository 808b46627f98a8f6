/**
 * A/B groups and control groups are the account's data (seed 001 gives neither rule): read, shown,
 * never computed.
 */
import { describe, expect, it } from 'vitest';
import { newCustomer } from './seed-table.test-support';
import { DEFAULT_ENGINE_SETTINGS } from './settings';
import { entryOf, makeAccount, planFor, summary } from './accounts.test-support';

// Security Adoption (a digital program that keeps a control group) is due on day 30: 2026-01-31.
const adoption = newCustomer('2026-01-01');
const CONTROL = 'In the control group (Control Group: Yes): a control group may not receive "onboarding or enablement content during pilot programs" (seed 001), and this is one';

describe('control groups', () => {
  it('hold back an account whose Control Group says Yes, naming the field', () => {
    const entry = entryOf(planFor(makeAccount({ fields: { ...adoption, controlGroup: true } }), '2026-01-31'), 'security-adoption');
    expect(entry).toMatchObject({ state: 'held-back', date: '2026-01-31', reasons: [CONTROL], nextStep: { index: 0 } });
  });

  it('never hold back an account whose Control Group says No: no share of accounts is computed', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `001${String(i).padStart(15, '0')}`);
    const states = ids.map((id) => entryOf(planFor(makeAccount({ id, fields: { ...adoption, controlGroup: false } }), '2026-01-31'), 'security-adoption').state);
    expect(new Set(states)).toEqual(new Set(['due']));
  });

  it('use the tenant’s label for the field', () => {
    const settings = { ...DEFAULT_ENGINE_SETTINGS, labels: { ...DEFAULT_ENGINE_SETTINGS.labels, controlGroup: 'Holdout' } };
    const entry = entryOf(planFor(makeAccount({ fields: { ...adoption, controlGroup: true } }), '2026-01-31', { settings }), 'security-adoption');
    expect(entry.reasons[0]).toMatch(/^In the control group \(Holdout: Yes\)/);
  });

  it('hold back upcoming sends too, with the day they would be due', () => {
    expect(summary(entryOf(planFor(makeAccount({ fields: { ...adoption, controlGroup: true } }), '2026-01-20'), 'security-adoption')))
      .toBe(`held-back 2026-01-31: ${CONTROL}`);
  });

  it('do not hold back a sequence that already started', () => {
    const history = [{ programId: 'security-adoption', stepId: 'shift-left', sentOn: '2026-01-31' }];
    const entry = entryOf(planFor(makeAccount({ fields: { ...adoption, controlGroup: true } }), '2026-02-07', { history }), 'security-adoption');
    expect(summary(entry)).toBe('due 2026-02-07');
  });

  it('say so when the field was not read, quoting why, rather than assume either way', () => {
    const plain = entryOf(planFor(makeAccount({ fields: adoption, without: ['controlGroup'] }), '2026-01-31'), 'security-adoption');
    expect(plain.state).toBe('due');
    expect(plain.warnings).toContain('Control Group was not found on the page: check the account is not in a control group before sending');
    const note = 'Salesforce field Control_Group__c is not in this org — map it in Options → Salesforce';
    const salesforce = makeAccount({ source: 'salesforce', fields: adoption, without: ['controlGroup'], fieldNotes: { controlGroup: note } });
    expect(entryOf(planFor(salesforce, '2026-01-31'), 'security-adoption').warnings).toContain(`${note}: check the account is not in a control group before sending`);
  });

  it('leave programs without a control group alone', () => {
    const plan = planFor(makeAccount({ fields: { ...adoption, controlGroup: true } }), '2026-01-23');
    expect(entryOf(plan, 'customer-newsletter').state).toBe('due');
  });
});

describe('A/B groups', () => {
  const digital = (group: 'A' | 'B' | null) => planFor(makeAccount({ fields: { ...adoption, abGroup: group } }), '2026-01-31');

  it('are the customer’s, as the account records it, and the same for every digital program', () => {
    expect(entryOf(digital('B'), 'security-adoption').abGroup).toBe('B');
    expect(entryOf(digital('B'), 'agile-adoption').abGroup).toBe('B');
    expect(entryOf(digital('A'), 'security-adoption').abGroup).toBe('A');
  });

  it('are none when the account shows no group', () => {
    expect(entryOf(digital(null), 'security-adoption').abGroup).toBeNull();
    expect(entryOf(planFor(makeAccount({ fields: adoption, without: ['abGroup'] }), '2026-01-31'), 'security-adoption').abGroup).toBeNull();
  });

  it('are not given where the program is not digital-only or does not apply', () => {
    expect(entryOf(digital('A'), 'net-new-onboarding').abGroup).toBeNull();
    const csm = planFor(makeAccount({ fields: { ...adoption, abGroup: 'A', segment: 'CSM-Assigned' } }), '2026-01-31');
    expect(entryOf(csm, 'security-adoption').abGroup).toBeNull();
  });
});
