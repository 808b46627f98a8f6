import { orgOfUrl } from '../../pages/record-urls';
import type { Account, AccountFieldKey, Contact } from '../../accounts/account';
import { readFields, readYes, splitValues } from '../../accounts/field-values';
import type { DateOrder } from '../../dates';
import { readLabelledValues } from '../dom/labelled-values';
import { readTable } from '../dom/table';

/**
 * The fallback when the org refuses API access: what the visible Lightning record page shows, by
 * field label. Lightning keeps earlier records' views in the DOM, hidden; only rendered ones count.
 */

export const LIGHTNING_LABELS: Partial<Record<AccountFieldKey, string>> = {
  customerSince: 'Customer Since',
  renewalDate: 'Next Renewal Date',
  arr: 'ARR',
  segment: 'Segment',
  csm: 'CSM',
  plan: 'Plan',
};

export function readLightningAccount(doc: Document, options: { id: string; url: string; dateOrder: DateOrder }): Account | null {
  const labels = Object.entries(LIGHTNING_LABELS) as [AccountFieldKey, string][];
  const values = readLabelledValues(doc, ['Account Name', ...labels.map(([, label]) => label)]);
  const name = values.get('Account Name');
  if (!name) return null;
  const { fields, unreadable } = readFields(labels.map(([key, label]) => [key, values.get(label)] as const), options.dateOrder);
  const rows = readTable(doc, ['Name', 'Email', 'Role'], ['Sold-To']);
  const contacts: Contact[] | undefined = rows?.map((row) => ({
    name: row.get('Name') ?? '',
    email: row.get('Email') || null,
    roles: splitValues(row.get('Role')),
    soldTo: readYes(row.get('Sold-To') ?? ''),
    enablementEnrollment: [],
    permission: null,
  }));
  return { source: 'salesforce', org: orgOfUrl(options.url), id: options.id, name, url: options.url, fields, unreadable, contacts, opportunities: [], programLogs: [] };
}
