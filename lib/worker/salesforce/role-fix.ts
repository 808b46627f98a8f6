import type { SalesforceClient } from './client';
import { salesforceError, type SalesforceError, type SalesforceResult } from '../../shared/salesforce/errors';
import type { MadeAdmin, RoleFixSettings, SalesforceRecord } from '../../shared/salesforce/types';
import { isRecordId } from '../../shared/accounts/salesforce-ids';

/**
 * Makes a contact GitLab Admin by adding the admin value to its multi-select role field. It runs in
 * the background (through the REST client) and never overwrites: the current value is re-read right
 * before the PATCH, so a role someone added since the page loaded is kept.
 */

/** Contact ids only: the id goes into SOQL, so nothing else may pass. */

/** Salesforce multi-select values are `;`-separated (commas may be part of a value). */
export function splitMultiSelect(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(';')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

const sameValue = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The role list with `role` added at the end, every other value kept in order. Matching is
 * case-insensitive (the role check everywhere else is), so "gitlab admin" is not added twice.
 */
export function withRole(current: string | null | undefined, role: string): { roles: string[]; added: boolean } {
  const roles = splitMultiSelect(current);
  if (roles.some((r) => sameValue(r, role))) return { roles, added: false };
  return { roles: [...roles, role.trim()], added: true };
}

/** A field's value whatever the case of its key (SOQL names are case-insensitive, the JSON is not). */
function fieldValue(record: SalesforceRecord, field: string): unknown {
  const key = Object.keys(record).find((k) => k.toLowerCase() === field.toLowerCase());
  return key === undefined ? undefined : record[key];
}

/** "Role__c" → "Role": the label admins most likely see, for messages that name the field. */
export function fieldLabel(apiName: string): string {
  return apiName.replace(/__c$/i, '').replace(/_/g, ' ');
}

/** The value a restricted-picklist error names ("bad value for restricted picklist field: X"). */
function rejectedValue(error: SalesforceError): string | undefined {
  return /restricted picklist field:\s*(.+)$/i.exec(error.detail ?? '')?.[1]?.trim();
}

/**
 * Plain words for each way the fix can fail, each saying what to do. Every failure here happens
 * before or instead of a 2xx, and a rejected PATCH changes nothing, so each message says so.
 */
export function roleFixError(error: SalesforceError, settings: RoleFixSettings): SalesforceError {
  const label = fieldLabel(settings.roleField);
  const unchanged = 'Nothing was changed.';
  const say = (message: string): SalesforceError => ({ ...error, message });
  switch (error.kind) {
    case 'session-expired':
      return say(`Your Salesforce session has expired. Sign in to Salesforce again, then retry. ${unchanged}`);
    case 'not-signed-in':
      return say(`You are not signed in to Salesforce in this browser. Sign in, then retry. ${unchanged}`);
    case 'no-access':
      return say(`You do not have permission to edit this contact's ${label} in Salesforce. Ask your Salesforce admin for edit access to Contact. ${unchanged}`);
    case 'bad-value': {
      const rejected = rejectedValue(error);
      if (rejected && !sameValue(rejected, settings.adminValue)) {
        return say(`Salesforce no longer accepts "${rejected}", a ${label} value this contact already has. Ask your Salesforce admin to restore it, or remove it from the contact first. ${unchanged}`);
      }
      return say(`Salesforce does not accept "${settings.adminValue}" as a ${label} value. Ask your Salesforce admin to add "${settings.adminValue}" to the ${label} picklist of Contact. ${unchanged}`);
    }
    case 'unknown-field':
      return say(`Salesforce has no Contact field named "${settings.roleField}". Correct it in Options → Salesforce → Role field. ${unchanged}`);
    case 'not-found':
      return say(`Salesforce could not find this contact; it may have been deleted or merged. Reload the page. ${unchanged}`);
    case 'network':
      return say(`Salesforce could not be reached. Check your connection, then retry. ${unchanged}`);
    case 'write-unknown':
      // Whether the change was saved is exactly what is not known: never claim it was not.
      return error;
    default:
      return say(`${error.message} ${unchanged}`);
  }
}

async function readRoles(client: SalesforceClient, contactId: string, settings: RoleFixSettings, signal?: AbortSignal): Promise<SalesforceResult<{ name: string; value: string | null }>> {
  const result = await client.query(`SELECT Id, Name, ${settings.roleField} FROM Contact WHERE Id = '${contactId}'`, { signal });
  if (!result.ok) return result;
  const record = result.data[0];
  if (!record) return { ok: false, error: salesforceError('not-found') };
  const value = fieldValue(record, settings.roleField);
  return { ok: true, data: { name: typeof record.Name === 'string' ? record.Name : contactId, value: typeof value === 'string' ? value : null } };
}

/** PATCH failures after which the change may have been saved anyway: the answer, not the request, was lost. */
const OUTCOME_UNKNOWN = new Set<SalesforceError['kind']>(['timeout', 'network', 'server-error', 'unavailable', 'rate-limited', 'aborted']);

/**
 * A PATCH that ended without a clear answer is never sent again blindly: the contact is re-read, and
 * the user is told what Salesforce now holds.
 */
async function settleUnknownWrite(
  client: SalesforceClient,
  made: Omit<MadeAdmin, 'alreadyAdmin'>,
  failure: SalesforceError,
  settings: RoleFixSettings,
  signal?: AbortSignal,
): Promise<SalesforceResult<MadeAdmin>> {
  const after = signal?.aborted ? null : await readRoles(client, made.contactId, settings, signal);
  if (!after?.ok) {
    const why = failure.kind === 'aborted' ? 'The change was cancelled while Salesforce was saving it' : `Salesforce did not confirm the change (${failure.message.replace(/\.$/, '')})`;
    const error = salesforceError('write-unknown', { status: failure.status, detail: failure.detail });
    return { ok: false, error: { ...error, message: `${why}, and the contact could not be re-read to check. Open ${made.name} in Salesforce to see whether "${settings.adminValue}" was added before trying again.` } };
  }
  const landed = !withRole(after.data.value, settings.adminValue).added;
  if (landed) {
    return {
      ok: true,
      data: { ...made, roles: splitMultiSelect(after.data.value), alreadyAdmin: false, note: `Salesforce did not confirm the save (${failure.message.replace(/\.$/, '')}), but re-reading the contact shows "${settings.adminValue}" was saved.` },
    };
  }
  const error = roleFixError(failure, settings);
  return { ok: false, error: { ...error, message: `${failure.message} Re-reading the contact shows the role was not added. Nothing was changed; retry when Salesforce answers again.` } };
}

export async function makeGitLabAdmin(client: SalesforceClient, contactId: string, settings: RoleFixSettings, options: { signal?: AbortSignal } = {}): Promise<SalesforceResult<MadeAdmin>> {
  const { signal } = options;
  if (!isRecordId(contactId, '003')) return { ok: false, error: roleFixError(salesforceError('not-found', { detail: `Not a contact id: ${contactId}` }), settings) };
  const current = await readRoles(client, contactId, settings, signal);
  if (!current.ok) return { ok: false, error: roleFixError(current.error, settings) };
  const { roles, added } = withRole(current.data.value, settings.adminValue);
  const made = { contactId, name: current.data.name, roles };
  if (!added) return { ok: true, data: { ...made, alreadyAdmin: true } };
  const saved = await client.update('Contact', contactId, { [settings.roleField]: roles.join(';') }, { signal });
  if (saved.ok) return { ok: true, data: { ...made, alreadyAdmin: false } };
  if (OUTCOME_UNKNOWN.has(saved.error.kind)) return settleUnknownWrite(client, made, saved.error, settings, signal);
  return { ok: false, error: roleFixError(saved.error, settings) };
}
