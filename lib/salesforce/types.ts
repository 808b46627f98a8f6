export type { SalesforceError, SalesforceErrorKind, SalesforceRemedy, SalesforceResult } from './errors';

/** A row as the REST API returns it: `attributes` plus the selected fields (relations nested). */
export interface SalesforceRecord {
  attributes: { type: string; url: string };
  [field: string]: unknown;
}
