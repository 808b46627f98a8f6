/**
 * The Lightning host the user last worked on, so a Customer360 page (which knows the Salesforce
 * Account id but not the org's address) can link to the account for the one-click fix.
 */
import { salesforceApiHost } from '../../shared/urls/record-urls';
import { lastLightningHostItem } from '../../extension/settings/items';
import { isRecordId } from '../../shared/accounts/salesforce-ids';

const isLightningHost = (host: unknown): host is string => typeof host === 'string' && salesforceApiHost(host) !== null;

export async function rememberLightningHost(host: string): Promise<void> {
  if (!isLightningHost(host)) return;
  if ((await lastLightningHostItem.getValue()) !== host) await lastLightningHostItem.setValue(host);
}

/** The stored host, checked again: storage is shared with every extension page and may hold anything. */
export async function lastLightningHost(): Promise<string | null> {
  const host: unknown = await lastLightningHostItem.getValue();
  return isLightningHost(host) ? host : null;
}

export function lightningAccountUrl(host: string | null, accountId: string | undefined): string | undefined {
  if (!host || !isRecordId(accountId, '001')) return undefined;
  return `https://${host}/lightning/r/Account/${accountId}/view`;
}
