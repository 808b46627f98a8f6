import type { Contact, Opportunity } from '../../shared/accounts/account';
import { splitValues } from '../../shared/accounts/field-values';
import type { SalesforceRecord } from '../../shared/salesforce/types';

/** REST rows → the account snapshot's contacts and opportunities. Field API names come from the settings. */

/** Reads `CSM__r.Name` style paths from a nested record, whatever the case of the keys (SOQL names are case-insensitive). */
export function pick(record: SalesforceRecord, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => {
    if (!value || typeof value !== 'object') return undefined;
    const object = value as Record<string, unknown>;
    if (key in object) return object[key];
    const found = Object.keys(object).find((k) => k.toLowerCase() === key.toLowerCase());
    return found === undefined ? undefined : object[found];
  }, record);
}

export const asText = (value: unknown): string | null => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null);

const asFlag = (value: unknown): boolean | null => (typeof value === 'boolean' ? value : null);

export interface ContactFieldNames {
  roleField: string;
  soldToField: string;
  enablementField: string;
}

export function toContact(record: SalesforceRecord, fields: ContactFieldNames): Contact {
  const name = asText(record.Name) ?? '';
  return {
    id: asText(record.Id) ?? undefined,
    name,
    firstName: asText(record.FirstName) ?? (name.split(' ')[0] || undefined),
    email: asText(record.Email),
    roles: splitValues(asText(pick(record, fields.roleField))),
    soldTo: pick(record, fields.soldToField) === true,
    enablementEnrollment: splitValues(asText(pick(record, fields.enablementField))),
    // Group permissions live in GitLab, not in Salesforce.
    permission: null,
  };
}

export function toOpportunity(record: SalesforceRecord): Opportunity {
  return {
    id: asText(record.Id) ?? undefined,
    name: asText(record.Name) ?? '',
    type: asText(record.Type),
    stage: asText(record.StageName),
    closeDate: asText(record.CloseDate),
    isClosed: asFlag(record.IsClosed),
    isWon: asFlag(record.IsWon),
  };
}
