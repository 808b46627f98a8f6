import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsSchema } from './schema';

describe('settings', () => {
  it('has the DOMAIN.md defaults', () => {
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
});
