import type { Account, AccountFieldKey, Contact, Opportunity } from '../../accounts/account';
import { readFields, splitValues } from '../../accounts/field-values';
import type { SalesforceClient } from '../../salesforce/client';
import { salesforceError, type SalesforceResult } from '../../salesforce/errors';
import type { SalesforceRecord } from '../../salesforce/types';
import type { SalesforceObject } from '../../pages/record-urls';
import type { Settings } from '../../settings/schema';

/**
 * Builds the account snapshot from the Salesforce REST API (run in the background worker). Field
 * API names come from the settings, since every org names its custom fields its own way.
 */

type SalesforceSettings = Settings['salesforce'];

const RECORD_ID = /^[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?$/;

/** Reads `CSM__r.Name` style paths from a nested record. */
function pick(record: SalesforceRecord, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), record);
}

const asText = (value: unknown): string | null => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null);

async function accountIdFor(client: SalesforceClient, object: SalesforceObject, id: string): Promise<SalesforceResult<string>> {
  if (object === 'Account') return { ok: true, data: id };
  const result = await client.query(`SELECT AccountId FROM ${object} WHERE Id = '${id}'`);
  if (!result.ok) return result;
  const accountId = asText(result.data[0]?.AccountId);
  return accountId ? { ok: true, data: accountId } : { ok: false, error: salesforceError('not-found', { detail: `This ${object} has no account.` }) };
}

function toContact(record: SalesforceRecord, settings: SalesforceSettings): Contact {
  const name = asText(record.Name) ?? '';
  return {
    id: asText(record.Id) ?? undefined,
    name,
    firstName: asText(record.FirstName) ?? (name.split(' ')[0] || undefined),
    email: asText(record.Email),
    roles: splitValues(asText(pick(record, settings.roleField))),
    soldTo: pick(record, settings.soldToField) === true,
    enablementEnrollment: splitValues(asText(pick(record, settings.enablementField))),
    // Group permissions live in GitLab, not in Salesforce.
    permission: null,
  };
}

function toOpportunity(record: SalesforceRecord): Opportunity {
  return {
    id: asText(record.Id) ?? undefined,
    name: asText(record.Name) ?? '',
    type: asText(record.Type),
    stage: asText(record.StageName),
    closeDate: asText(record.CloseDate),
  };
}

/** A role-field error names the setting to correct, since that is the only thing the user can do. */
function explainFieldError<T>(result: SalesforceResult<T>, settings: SalesforceSettings): SalesforceResult<T> {
  if (result.ok || result.error.kind !== 'unknown-field') return result;
  return {
    ok: false,
    error: {
      ...result.error,
      message: `Salesforce has no field named in the options (role field "${settings.roleField}", Sold-To field "${settings.soldToField}", Enablement field "${settings.enablementField}", or an account field). Correct it in Options → Salesforce.`,
    },
  };
}

export async function fetchAccount(
  client: SalesforceClient,
  page: { object: SalesforceObject; id: string; url: string },
  settings: SalesforceSettings,
): Promise<SalesforceResult<Account>> {
  if (!RECORD_ID.test(page.id)) return { ok: false, error: salesforceError('not-found') };
  const accountId = await accountIdFor(client, page.object, page.id);
  if (!accountId.ok) return accountId;
  const id = accountId.data;
  const fieldMap = Object.entries(settings.accountFields) as [AccountFieldKey, string][];
  const [accounts, contacts, opportunities] = await Promise.all([
    client.query(`SELECT Id, Name, ${fieldMap.map(([, api]) => api).join(', ')} FROM Account WHERE Id = '${id}'`),
    client.query(`SELECT Id, Name, FirstName, Email, ${settings.roleField}, ${settings.soldToField}, ${settings.enablementField} FROM Contact WHERE AccountId = '${id}' ORDER BY Name`),
    client.query(`SELECT Id, Name, Type, StageName, CloseDate FROM Opportunity WHERE AccountId = '${id}' ORDER BY CloseDate`),
  ]);
  for (const result of [accounts, contacts, opportunities]) if (!result.ok) return explainFieldError(result, settings);
  if (!accounts.ok || !contacts.ok || !opportunities.ok) return { ok: false, error: salesforceError('unexpected') };
  const record = accounts.data[0];
  if (!record) return { ok: false, error: salesforceError('not-found') };

  // API dates are ISO already; numbers arrive as numbers. Both go through the same reader, and an
  // empty API value is a known empty field, never a missing one.
  const raws = fieldMap.map(([key, api]) => [key, String(pick(record, api) ?? '')] as const);
  const { fields, unreadable } = readFields(raws, 'YMD');
  return {
    ok: true,
    data: {
      source: 'salesforce',
      org: client.apiHost.toLowerCase(),
      id,
      name: asText(record.Name) ?? id,
      url: page.url.replace(/\/lightning\/r\/\w+\/\w+\/view.*/, `/lightning/r/Account/${id}/view`),
      fields,
      unreadable,
      contacts: contacts.data.map((c) => toContact(c, settings)),
      opportunities: opportunities.data.map(toOpportunity),
      programLogs: [],
    },
  };
}
