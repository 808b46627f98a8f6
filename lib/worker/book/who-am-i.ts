/**
 * Who "me" is in an org: the user the session belongs to. Asked of the org itself — its userinfo
 * endpoint first, and when that gives only a login name, the User with that Username — never guessed.
 */
import type { SalesforceClient } from '../salesforce/client';
import { remedyOf, salesforceError, type SalesforceError, type SalesforceResult } from '../../shared/salesforce/errors';
import { isUserId, soqlString } from './query';

export interface BookUser {
  id: string;
  name: string | null;
}

/** Failures about the session or the org: nothing else can be asked with it either. */
export function stopsTheBook(error: SalesforceError): boolean {
  const remedy = remedyOf(error);
  return error.kind === 'aborted' || remedy === 'sign-in' || remedy === 'read-page';
}

const UNKNOWN_USER = 'Salesforce did not say which user you are signed in as, so your book cannot be found. Sign in to Salesforce again, then refresh.';

export async function whoAmI(client: SalesforceClient, signal?: AbortSignal): Promise<SalesforceResult<BookUser>> {
  const info = await client.userInfo({ signal });
  if (!info.ok && stopsTheBook(info.error)) return info;
  if (info.ok && isUserId(info.data.userId)) return { ok: true, data: { id: info.data.userId, name: info.data.name } };
  const username = info.ok ? info.data.username : null;
  if (!username) return { ok: false, error: salesforceError('unexpected', { message: UNKNOWN_USER, detail: info.ok ? 'userinfo named no user' : info.error.message }) };
  const found = await client.query(`SELECT Id, Name FROM User WHERE Username = ${soqlString(username)}`, { signal });
  if (!found.ok) return found;
  const row = found.data[0];
  if (!row || !isUserId(row.Id)) return { ok: false, error: salesforceError('unexpected', { message: UNKNOWN_USER, detail: `no User with Username ${username}` }) };
  return { ok: true, data: { id: row.Id, name: typeof row.Name === 'string' ? row.Name : info.ok ? info.data.name : null } };
}
