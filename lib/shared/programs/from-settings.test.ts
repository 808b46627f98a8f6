import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsSchema } from '../settings/schema';
import { engineSettingsFrom } from './from-settings';
import { newCustomer } from './seed-table.test-support';
import { DEFAULT_ENGINE_SETTINGS } from './settings';
import { contact, entryOf, makeAccount, planFor } from './accounts.test-support';

describe('the engine’s settings from the user’s', () => {
  it('are the engine’s defaults for the default settings, and the same object for the same settings', () => {
    const engine = engineSettingsFrom(DEFAULT_SETTINGS);
    expect(engine).toEqual({ ...DEFAULT_ENGINE_SETTINGS, disabledPrograms: [], approvalDealTypes: [...DEFAULT_ENGINE_SETTINGS.approvalDealTypes] });
    expect(engineSettingsFrom(DEFAULT_SETTINGS)).toBe(engine);
  });

  it('carry the tenant’s labels, admin role, spellings, event dates and turned-off programs into the plan', () => {
    const settings = settingsSchema.parse({
      gainsight: { labels: { customerSince: 'Original Contract Date', segment: 'Tier' } },
      salesforce: { adminValue: 'Platform Owner' },
      programs: {
        disabled: ['customer-newsletter'],
        segmentSpellings: [{ spelling: 'Pooled', segment: 'Scale' }],
        eventDates: { 'ci-lab': ['2026-03-20'] },
      },
    });
    const engine = engineSettingsFrom(settings);
    const owner = contact('Pat Platform', { roles: ['Platform Owner'] });
    const account = makeAccount({ fields: { ...newCustomer('2026-03-10'), segment: 'Pooled', ciScore: 'Red' }, contacts: [owner] });
    const plan = planFor(account, '2026-03-10', { settings: engine });
    expect(entryOf(plan, 'csm-cse-introduction')).toMatchObject({ state: 'due', recipients: [{ contact: owner, via: 'admin' }] });
    expect(entryOf(plan, 'ci-lab-invite').state).toBe('due');
    expect(entryOf(plan, 'customer-newsletter').reasons).toEqual(['Turned off in settings']);
    const unmapped = planFor(makeAccount({ fields: { ...newCustomer('2026-01-01'), segment: 'Enterprise' } }), '2026-01-31', { settings: engine });
    expect(entryOf(unmapped, 'security-adoption').reasons).toEqual([
      'Tier "Enterprise" is a spelling the extension does not know: add it under Options → Programs → Segment spellings',
    ]);
    const noSince = planFor(makeAccount({ without: ['customerSince'] }), '2026-01-31', { settings: engine });
    expect(entryOf(noSince, 'net-new-onboarding').reasons).toEqual(['Original Contract Date was not found on the page']);
  });
});
