/**
 * The org's metadata: which objects and fields exist, their API names, types and picklists. The contact
 * role field's API name and active values come from the failure switches, so the same org can be
 * "renamed" or "edited by an admin" mid-test.
 */
import { ENABLEMENT_VALUES, ROLE_VALUES } from '../data/picklists';
import type { Switches } from '../state';
import { PRODUCTION_ORG, type SandboxOrg } from './orgs';

export type SfFieldType =
  | 'id'
  | 'string'
  | 'email'
  | 'url'
  | 'date'
  | 'currency'
  | 'boolean'
  | 'picklist'
  | 'multipicklist'
  | 'reference';

export interface SfField {
  name: string;
  label: string;
  type: SfFieldType;
  updateable: boolean;
  nillable: boolean;
  picklistValues?: readonly string[];
  referenceTo?: string;
  relationshipName?: string;
}

/** A child relationship: `(SELECT … FROM Contacts)` on Account reads the Contacts whose AccountId is the account. */
export interface SfChildRelationship {
  relationshipName: string;
  childSObject: string;
  field: string;
}

export interface SfObject {
  name: string;
  label: string;
  labelPlural: string;
  keyPrefix: string;
  fields: SfField[];
  childRelationships?: SfChildRelationship[];
}

export const MASTER_RECORD_TYPE_ID = '012000000000000AAA';
export const ORG_ID = PRODUCTION_ORG.orgId;

const id = (): SfField => ({ name: 'Id', label: `Record ID`, type: 'id', updateable: false, nillable: false });
const ro = (name: string, label: string, type: SfFieldType, extra: Partial<SfField> = {}): SfField => ({
  name,
  label,
  type,
  updateable: false,
  nillable: true,
  ...extra,
});
const rw = (name: string, label: string, type: SfFieldType, extra: Partial<SfField> = {}): SfField => ({
  ...ro(name, label, type, extra),
  updateable: true,
});

/**
 * The schema of one org: every object below, less the fields the org lacks (its own, and those a test
 * removed with the `missingFields` switch).
 */
export function orgSchema(switches: Switches, org: SandboxOrg = PRODUCTION_ORG): SfObject[] {
  const missing = new Set([...org.missingFields, ...switches.missingFields].map((f) => f.toLowerCase()));
  if (missing.size === 0) return fullSchema(switches);
  return fullSchema(switches).map((o) => ({ ...o, fields: o.fields.filter((f) => !missing.has(`${o.name}.${f.name}`.toLowerCase())) }));
}

function fullSchema(switches: Switches): SfObject[] {
  const activeRoles = ROLE_VALUES.filter((v) => !switches.removedPicklistValues.includes(v));
  return [
    {
      name: 'Account',
      label: 'Account',
      labelPlural: 'Accounts',
      keyPrefix: '001',
      fields: [
        id(),
        ro('Name', 'Account Name', 'string', { nillable: false }),
        ro('Type', 'Account Type', 'picklist', { picklistValues: ['Customer', 'Former Customer', 'Prospect'] }),
        ro('Website', 'Website', 'url'),
        ro('Customer_Since__c', 'Customer Since', 'date'),
        ro('Next_Renewal_Date__c', 'Next Renewal Date', 'date'),
        ro('ARR__c', 'ARR', 'currency'),
        ro('Segment__c', 'Segment', 'picklist', { picklistValues: ['Tech Touch', 'Scale', 'CSM-Assigned'] }),
        ro('CSM__c', 'CSM', 'reference', { referenceTo: 'User', relationshipName: 'CSM__r' }),
        ro('Plan__c', 'Plan', 'picklist', { picklistValues: ['Free', 'Premium', 'Ultimate'] }),
        ro('Deployment__c', 'Deployment', 'picklist', { picklistValues: ['SaaS', 'Self-Managed', 'Dedicated'] }),
        ro('AB_Group__c', 'A/B Group', 'picklist', { picklistValues: ['A', 'B'] }),
        ro('Control_Group__c', 'Control Group', 'boolean', { nillable: false }),
        ro('Gainsight_Company_Id__c', 'Gainsight Company ID', 'string'),
        ro('OwnerId', 'Owner ID', 'reference', { nillable: false, referenceTo: 'User', relationshipName: 'Owner' }),
      ],
      childRelationships: [
        { relationshipName: 'Contacts', childSObject: 'Contact', field: 'AccountId' },
        { relationshipName: 'Opportunities', childSObject: 'Opportunity', field: 'AccountId' },
      ],
    },
    {
      name: 'Contact',
      label: 'Contact',
      labelPlural: 'Contacts',
      keyPrefix: '003',
      fields: [
        id(),
        ro('Name', 'Full Name', 'string', { nillable: false }),
        rw('FirstName', 'First Name', 'string'),
        rw('LastName', 'Last Name', 'string', { nillable: false }),
        rw('Email', 'Email', 'email'),
        ro('AccountId', 'Account ID', 'reference', { referenceTo: 'Account', relationshipName: 'Account' }),
        rw(switches.roleFieldName, 'Role', 'multipicklist', { picklistValues: activeRoles }),
        rw('Sold_To__c', 'Sold-To', 'boolean', { nillable: false }),
        rw('Enablement_Enrollment__c', 'Enablement Enrollment', 'multipicklist', { picklistValues: ENABLEMENT_VALUES }),
      ],
    },
    {
      name: 'Opportunity',
      label: 'Opportunity',
      labelPlural: 'Opportunities',
      keyPrefix: '006',
      fields: [
        id(),
        ro('Name', 'Opportunity Name', 'string', { nillable: false }),
        ro('Type', 'Type', 'picklist', {
          picklistValues: ['New - First Order', 'New - Connected', 'Growth', 'Contraction', 'Renewal'],
        }),
        ro('StageName', 'Stage', 'picklist', {
          picklistValues: ['0-Pending Acceptance', '1-Discovery', '2-Scoping', '3-Technical Evaluation', '4-Proposal', '5-Negotiating', '6-Awaiting Signature', 'Closed Won', 'Closed Lost'],
        }),
        ro('CloseDate', 'Close Date', 'date', { nillable: false }),
        ro('IsClosed', 'Closed', 'boolean', { nillable: false }),
        ro('IsWon', 'Won', 'boolean', { nillable: false }),
        ro('AccountId', 'Account ID', 'reference', { referenceTo: 'Account', relationshipName: 'Account' }),
      ],
    },
    {
      name: 'User',
      label: 'User',
      labelPlural: 'Users',
      keyPrefix: '005',
      fields: [
        id(),
        ro('Name', 'Full Name', 'string', { nillable: false }),
        ro('FirstName', 'First Name', 'string'),
        ro('LastName', 'Last Name', 'string', { nillable: false }),
        ro('Email', 'Email', 'email', { nillable: false }),
      ],
    },
  ];
}

/** API names are case-insensitive in SOQL and in REST paths. */
export function findObject(schema: SfObject[], name: string): SfObject | undefined {
  const wanted = name.toLowerCase();
  return schema.find((o) => o.name.toLowerCase() === wanted);
}

export function findField(object: SfObject, name: string): SfField | undefined {
  const wanted = name.toLowerCase();
  return object.fields.find((f) => f.name.toLowerCase() === wanted);
}

export function findRelationship(object: SfObject, relationshipName: string): SfField | undefined {
  const wanted = relationshipName.toLowerCase();
  return object.fields.find((f) => f.relationshipName?.toLowerCase() === wanted);
}

export function objectForId(schema: SfObject[], recordId: string): SfObject | undefined {
  return schema.find((o) => recordId.startsWith(o.keyPrefix));
}

/** The `GET sobjects/<Object>/describe` shape, trimmed to the keys clients actually read. */
export function describeObject(object: SfObject, version: string): Record<string, unknown> {
  const base = `/services/data/v${version}/sobjects/${object.name}`;
  return {
    name: object.name,
    label: object.label,
    labelPlural: object.labelPlural,
    keyPrefix: object.keyPrefix,
    custom: false,
    queryable: true,
    updateable: object.fields.some((f) => f.updateable),
    createable: false,
    deletable: false,
    fields: object.fields.map((f) => ({
      name: f.name,
      label: f.label,
      type: f.type,
      custom: f.name.endsWith('__c'),
      updateable: f.updateable,
      createable: f.updateable,
      nillable: f.nillable,
      length: f.type === 'string' || f.type === 'email' || f.type === 'url' ? 255 : f.type === 'multipicklist' ? 4099 : 0,
      referenceTo: f.referenceTo ? [f.referenceTo] : [],
      relationshipName: f.relationshipName ?? null,
      restrictedPicklist: f.picklistValues !== undefined,
      picklistValues: (f.picklistValues ?? []).map((value) => ({
        active: true,
        defaultValue: false,
        label: value,
        validFor: null,
        value,
      })),
    })),
    childRelationships: (object.childRelationships ?? []).map((r) => ({ ...r, cascadeDelete: r.childSObject === 'Contact', deprecatedAndHidden: false })),
    recordTypeInfos: [
      {
        active: true,
        available: true,
        defaultRecordTypeMapping: true,
        master: true,
        name: 'Master',
        recordTypeId: MASTER_RECORD_TYPE_ID,
        urls: { layout: `${base}/describe/layouts/${MASTER_RECORD_TYPE_ID}` },
      },
    ],
    urls: {
      describe: `${base}/describe`,
      sobject: base,
      rowTemplate: `${base}/{ID}`,
    },
  };
}
