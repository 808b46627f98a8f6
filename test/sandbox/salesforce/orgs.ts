/**
 * The Salesforce orgs the sandbox serves, by host. They share the book of business (a full-copy
 * sandbox holds the same records as production, with the same ids), but each has its own org id, its
 * own login and sessions, and its own schema, so the extension must keep them apart and ask each what
 * it has.
 */
import { createHash } from 'node:crypto';

export interface SandboxOrg {
  /** The My Domain API host (`…my.salesforce.com`); the Lightning host is the same with `lightning.force.com`. */
  apiHost: string;
  /** 15-character org id: the part of every sid before `!`. */
  orgId: string;
  label: string;
  /** `Object.Field` API names this org does not have (its admins never created them). */
  missingFields: readonly string[];
}

export const PRODUCTION_ORG: SandboxOrg = {
  apiHost: 'gitlab.my.salesforce.com',
  orgId: '00D5g000004XyZ1',
  label: 'GitLab (production)',
  missingFields: [],
};

/** A full-copy sandbox of production: same records and ids, another org id and host form. */
export const UAT_SANDBOX_ORG: SandboxOrg = {
  apiHost: 'gitlab--uat.sandbox.my.salesforce.com',
  orgId: '00D7A000000UaT2',
  label: 'GitLab UAT (full-copy sandbox)',
  missingFields: [],
};

/** An org that never created two of the extension's default fields: its reads must still work. */
export const LEAN_ORG: SandboxOrg = {
  apiHost: 'gitlab-lean.my.salesforce.com',
  orgId: '00D3L000000LeaN',
  label: 'GitLab lean org (no Deployment__c, no Enablement_Enrollment__c)',
  missingFields: ['Account.Deployment__c', 'Contact.Enablement_Enrollment__c'],
};

export const SANDBOX_ORGS: readonly SandboxOrg[] = [PRODUCTION_ORG, UAT_SANDBOX_ORG, LEAN_ORG];

/** Lightning host → API host (the sandbox serves every form the extension maps). */
export function apiHostOf(host: string): string {
  return host.replace(/\.lightning\.force\.com$/, '.my.salesforce.com');
}

/**
 * The org behind any `*.my.salesforce.com` or `*.lightning.force.com` host. Hosts not listed above are
 * orgs of their own too (another customer's org a test signs in to), with a stable made-up org id.
 */
export function orgOfHost(host: string): SandboxOrg {
  const apiHost = apiHostOf(host.toLowerCase());
  const known = SANDBOX_ORGS.find((o) => o.apiHost === apiHost);
  if (known) return known;
  const suffix = createHash('sha256').update(apiHost).digest('hex').slice(0, 12).toUpperCase();
  return { apiHost, orgId: `00D${suffix}`, label: apiHost, missingFields: [] };
}
