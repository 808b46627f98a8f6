import type { SalesforceClient } from './client';
import { createDescriber, type DescribedField, type Describer } from './describe';
import type { OrgField, OrgFieldKind, OrgFieldsResult, OrgObjectName } from '../../shared/salesforce/org-fields';

/**
 * An org's Account, Contact and Opportunity fields in the options page's plain shape, so a user maps
 * a setting by choosing "Deployment (Deployment__c)" instead of typing an API name.
 */

const KINDS: Record<string, OrgFieldKind> = {
  date: 'date',
  datetime: 'date',
  currency: 'number',
  double: 'number',
  int: 'number',
  long: 'number',
  percent: 'number',
  picklist: 'picklist',
  multipicklist: 'multipicklist',
  boolean: 'checkbox',
  string: 'text',
  textarea: 'text',
  email: 'text',
  phone: 'text',
  url: 'text',
  combobox: 'text',
};

/** A lookup is offered as the name of what it points to (`CSM__r.Name`): the only part worth mapping. */
function toOrgField(field: DescribedField): OrgField | null {
  if (field.type === 'reference') {
    return field.relationshipName ? { apiName: `${field.relationshipName}.Name`, label: `${field.label.replace(/ ID$/, '')} → Name`, kind: 'lookup' } : null;
  }
  const kind = KINDS[field.type];
  return kind ? { apiName: field.name, label: field.label, kind } : null;
}

const OBJECTS: readonly OrgObjectName[] = ['Account', 'Contact', 'Opportunity'];

export async function describeOrgFields(client: SalesforceClient, options: { signal?: AbortSignal; describer?: Describer } = {}): Promise<OrgFieldsResult> {
  const describer = options.describer ?? createDescriber(client);
  const results = await Promise.all(OBJECTS.map((o) => describer.describe(o, { signal: options.signal })));
  const failed = results.find((r) => !r.ok);
  if (failed && !failed.ok) return { ok: false, apiHost: client.apiHost, message: failed.error.message };
  const objects = {} as Record<OrgObjectName, OrgField[]>;
  OBJECTS.forEach((name, i) => {
    const result = results[i];
    const fields = result?.ok ? result.data.fields.map(toOrgField).filter((f): f is OrgField => f !== null) : [];
    objects[name] = fields.sort((a, b) => a.label.localeCompare(b.label));
  });
  return { ok: true, apiHost: client.apiHost, objects };
}
