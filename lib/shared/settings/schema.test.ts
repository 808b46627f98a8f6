import { describe, expect, it } from 'vitest';
import { checkFieldByField } from './field-by-field';
import { DEFAULT_SETTINGS, settingsSchema } from './schema';
import { validateSettings } from './validate';

describe('settings', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_SETTINGS.salesforce.roleField).toBe('Role__c');
    expect(DEFAULT_SETTINGS.salesforce.apiVersion).toBe('66.0');
    expect(DEFAULT_SETTINGS.gainsight.labels.renewalDate).toBe('Renewal Date');
    expect(DEFAULT_SETTINGS.programs.edition).toBe('current');
  });
  it('keeps a partial override and fills the rest with defaults', () => {
    const s = settingsSchema.parse({ salesforce: { roleField: 'GitLab_Role__c' } });
    expect(s.salesforce.roleField).toBe('GitLab_Role__c');
    expect(s.salesforce.soldToField).toBe('Sold_To__c');
  });
  it('rejects a role field that is not an API name, naming the field', () => {
    const result = settingsSchema.safeParse({ salesforce: { roleField: 'Role; DROP' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['salesforce', 'roleField']);
  });
  it('spells segments the tenants’ ways by default, and has no event dates until the user enters them', () => {
    expect(DEFAULT_SETTINGS.programs.segmentSpellings.map((s) => `${s.spelling} → ${s.segment}`)).toEqual([
      'CSE → Scale', 'CSE-Assigned → Scale', 'Scaled CSM → Scale', 'Digital → Tech Touch', 'Digital SMB → Tech Touch',
      'Tech touch → Tech Touch', 'SMB → Tech Touch', 'CSM-Managed → CSM-Assigned',
    ]);
    expect(DEFAULT_SETTINGS.programs.eventDates).toEqual({});
  });
  it('loads stored settings that still hold the removed control share, without complaint, and drops it', () => {
    const { settings, problems } = checkFieldByField({ programs: { edition: 'earlier', controlShare: 0.05, disabled: ['use-case-ci'] } });
    expect(problems).toEqual({});
    expect(settings.programs).toEqual({ ...DEFAULT_SETTINGS.programs, edition: 'earlier', disabled: ['use-case-ci'] });
    expect('controlShare' in settings.programs).toBe(false);
  });
  it('names an event date that is not a date, and a segment spelling left empty, by their paths', () => {
    const draft = {
      ...DEFAULT_SETTINGS,
      programs: { ...DEFAULT_SETTINGS.programs, eventDates: { 'ci-lab': ['2026-04-15', '15/04/2026'] }, segmentSpellings: [{ spelling: ' ', segment: 'Scale' as const }] },
    };
    expect(validateSettings(draft)).toEqual({
      ok: false,
      errors: { 'programs.segmentSpellings.0.spelling': 'must not be empty', 'programs.eventDates.ci-lab.1': 'must be a date (YYYY-MM-DD)' },
    });
  });
});
