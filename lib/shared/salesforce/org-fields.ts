/**
 * Plain shapes for the options page: which orgs it can offer, and an org's fields by label. No REST
 * types here — the options page (UI) imports these through the message map only.
 */

export interface SalesforceOrgChoice {
  apiHost: string;
  /** "production", "sandbox", "developer"…, from the host's form. */
  kind: string;
  /** The browser holds a session for it now. */
  signedIn: boolean;
  /** When the panel last read a record of it (ISO instant), or null. */
  lastSeen: string | null;
}

/** How a field is shown and which mappings it suits. */
export type OrgFieldKind = 'date' | 'number' | 'text' | 'picklist' | 'multipicklist' | 'checkbox' | 'lookup';

export interface OrgField {
  /** What a setting stores: `Deployment__c`, or `CSM__r.Name` for a lookup's name. */
  apiName: string;
  /** What the org's admin named it: "Deployment", "CSM → Name". */
  label: string;
  kind: OrgFieldKind;
}

export type OrgObjectName = 'Account' | 'Contact' | 'Opportunity';

export type OrgFieldsResult =
  | { ok: true; apiHost: string; objects: Record<OrgObjectName, OrgField[]> }
  | { ok: false; apiHost: string; message: string };
