import { describe, expect, it } from 'vitest';
import { valueAt, withValue } from './paths';
import { DEFAULT_SETTINGS } from './schema';
import { validateSettings } from './validate';

describe('validateSettings', () => {
  it('answers the parsed settings, trimmed', () => {
    const draft = withValue(DEFAULT_SETTINGS, 'salesforce.roleField', '  GitLab_Role__c ');
    const result = validateSettings(draft);
    expect(result.ok && result.settings.salesforce.roleField).toBe('GitLab_Role__c');
  });

  it('keys each error by the dotted path of its field, with a message a person can act on', () => {
    let draft = withValue(DEFAULT_SETTINGS, 'salesforce.roleField', 'Role; DROP');
    draft = withValue(draft, 'sender.email', 'dana@');
    draft = withValue(draft, 'gainsight.labels.renewalDate', '   ');
    draft = { ...draft, programs: { ...draft.programs, controlShare: Number.NaN } };
    const result = validateSettings(draft);
    expect(result.ok ? {} : result.errors).toEqual({
      'salesforce.roleField': 'must be a Salesforce API name like Role__c',
      'sender.email': 'must be an email address',
      'gainsight.labels.renewalDate': 'must not be empty',
      'programs.controlShare': 'must be a number',
    });
  });

  it('bounds the control share to 0–50%', () => {
    const at = (controlShare: number) => validateSettings({ ...DEFAULT_SETTINGS, programs: { ...DEFAULT_SETTINGS.programs, controlShare } });
    expect(at(0.5).ok).toBe(true);
    expect(at(0.51)).toEqual({ ok: false, errors: { 'programs.controlShare': 'must be 50% or less' } });
    expect(at(-0.01)).toEqual({ ok: false, errors: { 'programs.controlShare': 'must be 0% or more' } });
  });
});

describe('settings paths', () => {
  it('reads and replaces one value, sharing the untouched branches', () => {
    const next = withValue(DEFAULT_SETTINGS, 'gainsight.labels.arr', 'Annual Recurring Revenue');
    expect(valueAt(next, 'gainsight.labels.arr')).toBe('Annual Recurring Revenue');
    expect(valueAt(DEFAULT_SETTINGS, 'gainsight.labels.arr')).toBe('ARR');
    expect(next.salesforce).toBe(DEFAULT_SETTINGS.salesforce);
    expect(valueAt(withValue(DEFAULT_SETTINGS, 'sender.ccCsm', true), 'sender.ccCsm')).toBe(true);
  });
});
