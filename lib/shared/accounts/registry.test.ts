import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, GAINSIGHT_LABEL_DEFAULTS } from '../settings/schema';
import { DEFAULT_ENGINE_SETTINGS } from '../programs/settings';
import { GITLAB_ADMIN_ROLE, type AccountFields } from './account';
import { readField } from './field-values';
import {
  ACCOUNT_FIELD_KEYS, ACCOUNT_FIELD_REGISTRY, DEFAULT_C360_LABELS, DEFAULT_SALESFORCE_FIELDS, LIGHTNING_LABELS, OPTIONAL_FIELDS,
} from './registry';

describe('the field registry', () => {
  it('declares each company field once, and the settings take their defaults from it', () => {
    expect(ACCOUNT_FIELD_KEYS).toEqual(Object.keys(ACCOUNT_FIELD_REGISTRY));
    for (const key of ACCOUNT_FIELD_KEYS) {
      expect(DEFAULT_SETTINGS.gainsight.labels[key]).toBe(ACCOUNT_FIELD_REGISTRY[key].c360);
      expect(GAINSIGHT_LABEL_DEFAULTS[key]).toBe(DEFAULT_C360_LABELS[key]);
    }
    expect(DEFAULT_SETTINGS.salesforce.accountFields).toEqual(DEFAULT_SALESFORCE_FIELDS);
    expect(DEFAULT_ENGINE_SETTINGS.labels).toBe(DEFAULT_C360_LABELS);
  });

  it('keeps the default names and the settings shapes the adapters read', () => {
    expect(DEFAULT_SETTINGS.salesforce.accountFields).toEqual({
      customerSince: 'Customer_Since__c', renewalDate: 'Next_Renewal_Date__c', arr: 'ARR__c', segment: 'Segment__c',
      csm: 'CSM__r.Name', plan: 'Plan__c', deployment: 'Deployment__c', abGroup: 'AB_Group__c', controlGroup: 'Control_Group__c',
      ae: 'Owner.Name', aeEmail: 'Owner.Email',
    });
    expect(LIGHTNING_LABELS).toEqual({
      customerSince: 'Customer Since', renewalDate: 'Next Renewal Date', arr: 'ARR', segment: 'Segment', csm: 'CSM', plan: 'Plan',
      deployment: 'Deployment',
    });
    expect([...OPTIONAL_FIELDS]).toEqual(['csmEmail', 'ae', 'aeEmail', 'abGroup', 'controlGroup']);
  });

  it('writes the admin role’s default once', () => {
    expect(DEFAULT_SETTINGS.salesforce.adminValue).toBe(GITLAB_ADMIN_ROLE);
    expect(DEFAULT_ENGINE_SETTINGS.adminRole).toBe(GITLAB_ADMIN_ROLE);
  });

  it('reads every field by its kind', () => {
    const samples: Record<string, string> = {
      date: '2026-11-23', money: '$1,000', percent: '12%', count: '4', yesno: 'Yes', text: 'Casey', segment: 'CSE',
      plan: 'Ultimate', deployment: 'SaaS', ciScore: 'Red', abGroup: 'A',
    };
    const read: Partial<AccountFields> = {};
    for (const key of ACCOUNT_FIELD_KEYS) {
      const reading = readField(key, samples[ACCOUNT_FIELD_REGISTRY[key].kind]!, 'MDY');
      expect(reading, key).toHaveProperty('value');
      if ('value' in reading) (read as Record<string, unknown>)[key] = reading.value;
    }
    expect(read).toMatchObject({ customerSince: '2026-11-23', arr: 1000, ciUtilization: 12, controlGroup: true, segment: 'CSE', abGroup: 'A' });
  });
});
