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
    const result = validateSettings(draft);
    expect(result.ok ? {} : result.errors).toEqual({
      'salesforce.roleField': 'must be a Salesforce API name like Role__c',
      'sender.email': 'must be an email address',
      'gainsight.labels.renewalDate': 'must not be empty',
    });
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
