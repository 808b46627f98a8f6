/**
 * Links into a Gainsight tenant's Customer360. C360 opens a company by its Salesforce Account id
 * (`aid=`), which is all a Salesforce-read account carries.
 */
import { isRecordId } from '../accounts/salesforce-ids';

/** A host name as a tenant's pages are served from: lower case, dotted, no port, no path. */
const HOST = /^(?=.{4,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

export const isTenantHost = (host: unknown): host is string => typeof host === 'string' && HOST.test(host);

/**
 * The tenant of a Customer360 or Cockpit page in Gainsight's own URL form (`/v1/ui/…`), the form the
 * link below uses; null for any other page (the Salesforce-hosted edition routes otherwise).
 */
export function tenantOfPage(href: string): string | null {
  const url = new URL(href);
  return url.protocol === 'https:' && url.pathname.toLowerCase().startsWith('/v1/ui/') && isTenantHost(url.host) ? url.host : null;
}

/** The company's Customer360 page on `tenant`; null when either part cannot be trusted. */
export function c360AccountUrl(tenant: string | null, salesforceAccountId: string): string | null {
  if (!isTenantHost(tenant) || !isRecordId(salesforceAccountId, '001')) return null;
  return `https://${tenant}/v1/ui/customersuccess360?aid=${salesforceAccountId}`;
}
