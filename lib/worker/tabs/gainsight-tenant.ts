/**
 * The Gainsight tenant the user last opened a Customer360 or Cockpit page on, so My book can open an
 * account where its playbook can be started (Customer360, by its Salesforce Account id).
 */
import { tenantOfPage } from '../../shared/urls/gainsight-links';
import { lastGainsightTenantItem } from '../../extension/settings/items';

export async function rememberGainsightTenant(pageUrl: string): Promise<void> {
  const tenant = tenantOfPage(pageUrl);
  if (tenant && (await lastGainsightTenantItem.getValue()) !== tenant) await lastGainsightTenantItem.setValue(tenant);
}
