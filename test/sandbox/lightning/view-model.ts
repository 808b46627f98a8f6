/**
 * What a Lightning page shows for a record, formatted as Lightning does for an en_US user
 * (`11/23/2026`, `$120,000`, multi-select "A; B" on the record but "A;B" in related lists).
 * Shared with the browser bundle as types only.
 */
import { formatLightningDate } from '../dates';
import { findRow, rowsOf, type SfRow, type SfValue } from '../salesforce/records';
import { findObject, orgSchema, type SfField, type SfObject } from '../salesforce/schema';
import type { SandboxState } from '../state';
import { PRODUCTION_ORG, type SandboxOrg } from '../salesforce/orgs';
import type { LightningLayout } from '../salesforce/switches';

export type LightningFieldKind = 'text' | 'date' | 'currency' | 'picklist' | 'multipicklist' | 'checkbox' | 'lookup' | 'email' | 'url';

export interface LightningField {
  label: string;
  /** `sfdc:RecordField.<Object>.<apiName>` is built from this. */
  apiName: string;
  kind: LightningFieldKind;
  display: string;
  href?: string;
  checked?: boolean;
}

export interface RelatedCell {
  text: string;
  kind: 'text' | 'link' | 'email' | 'checkbox';
  href?: string;
  checked?: boolean;
}

export interface RelatedListView {
  title: string;
  relatedListId: string;
  columns: string[];
  /** The first rows only, as on a real record page; `total` says how many there are. */
  rows: { id: string; cells: RelatedCell[] }[];
  total: number;
}

/** A record page's related list shows this many rows, then "(6+)" and View All, as Lightning does. */
export const RELATED_LIST_ROWS = 6;

export interface RecordView {
  /** How the page lays the record out (the lightningLayout switch): a page layout, Dynamic Forms, or a console app. */
  layout: LightningLayout;
  objectApiName: string;
  objectLabel: string;
  id: string;
  name: string;
  fields: LightningField[];
  /** Compact-layout fields shown in the highlights panel. */
  highlights: LightningField[];
  related: RelatedListView[];
}

export interface AccountListView {
  columns: string[];
  rows: { id: string; cells: RelatedCell[] }[];
}

const recordHref = (object: string, id: string) => `/lightning/r/${object}/${id}/view`;

/** Which fields each record page lays out, by API name; the label and type come from the schema. */
const LAYOUTS: Record<string, string[]> = {
  Account: ['Name', 'Customer_Since__c', 'Next_Renewal_Date__c', 'ARR__c', 'Segment__c', 'CSM__c', 'Plan__c', 'Deployment__c', 'Website'],
  Contact: ['Name', 'Email', 'AccountId', '{role}', 'Sold_To__c', 'Enablement_Enrollment__c'],
  Opportunity: ['Name', 'AccountId', 'Type', 'StageName', 'CloseDate'],
  User: ['Name', 'Email'],
};
const HIGHLIGHTS: Record<string, string[]> = {
  Account: ['Segment__c', 'CSM__c', 'Next_Renewal_Date__c'],
  Contact: ['Email', 'AccountId'],
  Opportunity: ['AccountId', 'StageName', 'CloseDate'],
  User: ['Email'],
};

/** Lookups are labelled after what they point to, as on real layouts ("Account Name"). */
const LOOKUP_LABELS: Record<string, string> = { AccountId: 'Account Name', CSM__c: 'CSM' };

function display(state: SandboxState, schema: SfObject[], field: SfField, value: SfValue, multiSeparator: string): { text: string; href?: string } {
  if (value === null || value === '') return { text: '' };
  switch (field.type) {
    case 'date':
      return { text: formatLightningDate(String(value)) };
    case 'currency':
      return { text: `$${Number(value).toLocaleString('en-US')}` };
    case 'multipicklist':
      return { text: String(value).split(';').join(multiSeparator) };
    case 'boolean':
      return { text: value ? 'True' : 'False' };
    case 'reference': {
      const target = field.referenceTo ? findObject(schema, field.referenceTo) : undefined;
      const row = target ? findRow(state, target.name, String(value)) : undefined;
      return row && target ? { text: String(row.Name ?? ''), href: recordHref(target.name, String(row.Id)) } : { text: '' };
    }
    default:
      return { text: String(value) };
  }
}

function kindOf(field: SfField): LightningFieldKind {
  const map: Partial<Record<SfField['type'], LightningFieldKind>> = {
    date: 'date',
    currency: 'currency',
    picklist: 'picklist',
    multipicklist: 'multipicklist',
    boolean: 'checkbox',
    reference: 'lookup',
    email: 'email',
    url: 'url',
  };
  return map[field.type] ?? 'text';
}

function layoutField(state: SandboxState, schema: SfObject[], object: SfObject, row: SfRow, apiName: string): LightningField | null {
  const name = apiName === '{role}' ? state.switches.roleFieldName : apiName;
  const field = object.fields.find((f) => f.name === name);
  if (!field) return null;
  const value = row[field.name] ?? null;
  const shown = display(state, schema, field, value, '; ');
  const label = LOOKUP_LABELS[field.name] ?? (field.label === 'Full Name' ? 'Name' : field.label);
  return {
    label,
    apiName: field.name,
    kind: kindOf(field),
    display: shown.text,
    ...(shown.href ? { href: shown.href } : {}),
    ...(field.type === 'boolean' ? { checked: value === true } : {}),
  };
}

function relatedList(state: SandboxState, schema: SfObject[], objectName: string, title: string, parentId: string, columns: [string, string][]): RelatedListView {
  const object = findObject(schema, objectName)!;
  const all = rowsOf(state, objectName).filter((r) => r.AccountId === parentId);
  const rows = all.slice(0, RELATED_LIST_ROWS);
  return {
    title,
    relatedListId: title,
    total: all.length,
    columns: columns.map(([label]) => label),
    rows: rows.map((r) => ({
      id: String(r.Id),
      cells: columns.map(([, api], i) => {
        const fieldName = api === '{role}' ? state.switches.roleFieldName : api;
        const field = object.fields.find((f) => f.name === fieldName);
        const value = r[fieldName] ?? null;
        if (i === 0) return { text: String(value ?? ''), kind: 'link', href: recordHref(objectName, String(r.Id)) };
        if (!field) return { text: '', kind: 'text' };
        if (field.type === 'boolean') return { text: value ? 'True' : 'False', kind: 'checkbox', checked: value === true };
        const shown = display(state, schema, field, value, ';');
        return { text: shown.text, kind: field.type === 'email' ? 'email' : 'text' };
      }),
    })),
  };
}

export function recordView(state: SandboxState, recordId: string, objectHint: string, org: SandboxOrg = PRODUCTION_ORG): RecordView | null {
  const schema = orgSchema(state.switches, org);
  const object = findObject(schema, objectHint);
  if (!object) return null;
  const row = findRow(state, object.name, recordId);
  if (!row) return null;
  const pick = (names: string[]) => names.map((n) => layoutField(state, schema, object, row, n)).filter((f): f is LightningField => f !== null);
  const id = String(row.Id);
  return {
    layout: state.switches.lightningLayout,
    objectApiName: object.name,
    objectLabel: object.label,
    id,
    name: String(row.Name ?? ''),
    fields: pick(LAYOUTS[object.name] ?? []),
    highlights: pick(HIGHLIGHTS[object.name] ?? []),
    related: (object.name === 'Account'
      ? [
          relatedList(state, schema, 'Contact', 'Contacts', id, [['Name', 'Name'], ['Email', 'Email'], ['Role', '{role}'], ['Sold-To', 'Sold_To__c']]),
          relatedList(state, schema, 'Opportunity', 'Opportunities', id, [['Opportunity Name', 'Name'], ['Type', 'Type'], ['Stage', 'StageName'], ['Close Date', 'CloseDate']]),
        ]
      : []
    ).filter((list) => !state.switches.lightningHiddenRelatedLists.includes(list.title)),
  };
}

export function accountListView(state: SandboxState, org: SandboxOrg = PRODUCTION_ORG): AccountListView {
  const schema = orgSchema(state.switches, org);
  const account = findObject(schema, 'Account')!;
  const field = (name: string) => account.fields.find((f) => f.name === name)!;
  return {
    columns: ['Account Name', 'Segment', 'CSM', 'Next Renewal Date'],
    rows: rowsOf(state, 'Account').map((r) => ({
      id: String(r.Id),
      cells: [
        { text: String(r.Name), kind: 'link', href: recordHref('Account', String(r.Id)) },
        { text: display(state, schema, field('Segment__c'), r.Segment__c ?? null, ';').text, kind: 'text' },
        { text: display(state, schema, field('CSM__c'), r.CSM__c ?? null, ';').text, kind: 'text' },
        { text: display(state, schema, field('Next_Renewal_Date__c'), r.Next_Renewal_Date__c ?? null, ';').text, kind: 'text' },
      ],
    })),
  };
}
