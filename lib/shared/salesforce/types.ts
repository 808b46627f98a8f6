export type { SalesforceError, SalesforceErrorKind, SalesforceRemedy, SalesforceResult } from './errors';

/** A row as the REST API returns it: `attributes` plus the selected fields (relations nested). */
export interface SalesforceRecord {
  attributes: { type: string; url: string };
  [field: string]: unknown;
}

/** The role fix: where a contact's roles live, and what it answers. */
export interface RoleFixSettings {
  /** The contact role field's API name (a multi-select picklist), e.g. `Role__c`. */
  roleField: string;
  /** The value that makes a contact GitLab Admin. */
  adminValue: string;
}

export interface MadeAdmin {
  contactId: string;
  name: string;
  /** The contact's roles as Salesforce now holds them. */
  roles: string[];
  /** The contact already had the value when re-read, so nothing was sent. */
  alreadyAdmin: boolean;
  /** Said when the save was confirmed by re-reading rather than by Salesforce's answer. */
  note?: string;
}
