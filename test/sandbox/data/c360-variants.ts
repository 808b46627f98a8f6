/**
 * Named Customer360 variants: a tenant (how the page is built), a sample account and a URL form, with
 * what a correct reading of that page is. The start page lists them; real-browser tests iterate them.
 */
import { gitlabAdmins, type Account, type AccountFieldKey } from '../../../lib/shared/accounts/account';
import { FIELD_LABELS } from '../../../lib/shared/programs/fields';
import { PEOPLE_GRID_ROWS, SCROLLING_SUMMARY_LABELS, tenantFor } from './tenants';
import type { SandboxAccount } from './types';

export type AdminVerdict = 'yes' | 'no' | 'unknown';

export interface C360Variant {
  key: string;
  /** What the variant proves, in a line. */
  title: string;
  /** The tenant host, which decides the page's markup (see tenants.ts). */
  tenant: string;
  accountKey: string;
  /** The URL form: `cid`, upper/mixed case with a section route, or the Salesforce Account id. */
  url: 'cid' | 'mixed-case' | 'aid';
  /** The admin verdict a correct reading gives. */
  admin: AdminVerdict;
}

export const C360_VARIANTS: readonly C360Variant[] = [
  { key: 'classic-decoy-note', title: 'Classic layout; a note holds a contact-like table naming an admin, on a no-admin account', tenant: 'gitlab.gainsightcloud.com', accountKey: 'meridian-sold-to-only', url: 'cid', admin: 'no' },
  { key: 'scrolling-widgets', title: 'Scrolling mode: label/h4 attribute widgets, h6/h4 summary widgets, "---" for empty, sections arriving late', tenant: 'scrolling.gainsightcloud.com', accountKey: 'bluefin-day2', url: 'cid', admin: 'yes' },
  { key: 'scrolling-decoy-note', title: 'Scrolling mode; a rich-text note with a decoy table comes before the People section, on a no-admin account', tenant: 'scrolling.gainsightcloud.com', accountKey: 'meridian-sold-to-only', url: 'cid', admin: 'no' },
  { key: 'virtualized-people', title: 'A virtualized People grid in a shadow root shows 20 of 64 rows; the only admin is row 42', tenant: 'scrolling.gainsightcloud.com', accountKey: 'kestrel-many-contacts', url: 'cid', admin: 'unknown' },
  { key: 'permission-needed', title: 'Renewal Date shows a lock and "Permission Needed"; ARR is a masked summary widget without a label', tenant: 'locked.gainsightcloud.com', accountKey: 'orchid-pre-renewal', url: 'cid', admin: 'yes' },
  { key: 'people-rows', title: 'The People section lists contacts as rows of plain elements under a header row', tenant: 'rows.gainsightcloud.com', accountKey: 'atlas-csm-assigned', url: 'cid', admin: 'yes' },
  { key: 'mixed-case-url', title: 'Mixed-case path and parameter (CustomerSuccess360?CID=) with a section route (#/1I00PEOPLE)', tenant: 'scrolling.gainsightcloud.com', accountKey: 'vertex-two-admins', url: 'mixed-case', admin: 'yes' },
  { key: 'aid-url', title: 'The company named by its Salesforce Account id (aid=)', tenant: 'scrolling.gainsightcloud.com', accountKey: 'helix-duo', url: 'aid', admin: 'yes' },
];

/** The page's address for a variant. */
export function variantUrl(variant: C360Variant, sample: SandboxAccount): string {
  const origin = `https://${variant.tenant}/v1/ui`;
  if (variant.url === 'aid') return `${origin}/customersuccess360?aid=${sample.salesforceId}`;
  if (variant.url === 'mixed-case') return `${origin}/CustomerSuccess360?CID=${sample.gainsightId}#/1I00PEOPLE`;
  return `${origin}/customersuccess360?cid=${sample.gainsightId}`;
}

export interface ExpectedReading {
  url: string;
  /**
   * The snapshot a correct reader produces (and the engine should plan with): the fields the page
   * shows, masked ones unreadable, the contacts it renders, and why a list is partial.
   */
  account: Account;
  admin: AdminVerdict;
  /** Names of the GitLab Admins the reading proves. */
  admins: string[];
  /** Text each field note must contain (masked fields, and fields a masked widget may hide). */
  fieldNotes: Partial<Record<AccountFieldKey, string>>;
  /** Names on the page that are not contacts (a note's table): they must never be read as contacts. */
  notContacts: string[];
}

const KEYS = Object.keys(FIELD_LABELS) as AccountFieldKey[];

/** What a correct reader makes of a variant's page, from the sample data and the tenant's rules. */
export function expectedReading(variant: C360Variant, sample: SandboxAccount): ExpectedReading {
  const tenant = tenantFor(variant.tenant);
  const fields = { ...sample.account.fields };
  const unreadable: Account['unreadable'] = {};
  const fieldNotes: ExpectedReading['fieldNotes'] = {};
  const missing: AccountFieldKey[] = [];
  let masks = 0;
  for (const key of KEYS) {
    const label = FIELD_LABELS[key];
    if (sample.hiddenFields.includes(label)) {
      delete fields[key];
      missing.push(key);
    } else if (tenant.lockedFields.includes(label)) {
      delete fields[key];
      // A locked summary widget shows no label at all; a locked attribute keeps its label beside the lock.
      if (tenant.layout === 'scrolling' && SCROLLING_SUMMARY_LABELS.includes(label)) {
        masks++;
        missing.push(key);
      } else {
        unreadable[key] = 'Permission Needed';
        fieldNotes[key] = `${label} shows “Permission Needed”`;
      }
    }
  }
  if (masks) for (const key of missing) fieldNotes[key] = '“Permission Needed” with no label';

  const all = sample.account.contacts ?? [];
  const virtualized = tenant.layout === 'scrolling' && tenant.people === 'grid' && all.length > PEOPLE_GRID_ROWS;
  const contacts = virtualized ? all.slice(0, PEOPLE_GRID_ROWS) : all;
  const shown: Account = {
    ...sample.account,
    org: variant.tenant,
    id: variant.url === 'aid' ? sample.salesforceId : sample.gainsightId,
    url: variantUrl(variant, sample),
    salesforceAccountId: sample.salesforceId,
    fields,
    unreadable,
    contacts,
    ...(virtualized ? { contactsIncomplete: `${contacts.length} of ${all.length} contacts visible` } : {}),
  };
  const admins = gitlabAdmins(shown).map((c) => c.name);
  return {
    url: shown.url!,
    account: shown,
    admin: admins.length ? 'yes' : virtualized ? 'unknown' : 'no',
    admins,
    fieldNotes,
    notContacts: sample.note?.table?.rows.map(([name]) => name ?? '') ?? [],
  };
}
