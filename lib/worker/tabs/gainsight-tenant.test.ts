import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { c360AccountUrl } from '../../shared/urls/gainsight-links';
import { lastGainsightTenantItem } from '../../extension/settings/items';
import { rememberGainsightTenant } from './gainsight-tenant';

beforeEach(() => fakeBrowser.reset());

describe('the last Gainsight tenant, for My book to open accounts in Customer360', () => {
  it('remembers the tenant of a Customer360 or Cockpit page, and links an account there by its Salesforce id', async () => {
    await rememberGainsightTenant('https://gitlab.gainsightcloud.com/v1/ui/customersuccess360?cid=1P02ABC');
    expect(await lastGainsightTenantItem.getValue()).toBe('gitlab.gainsightcloud.com');
    await rememberGainsightTenant('https://cs.example.com/v1/ui/Cockpit?ctaId=1I00X');
    const tenant = await lastGainsightTenantItem.getValue();
    expect(tenant).toBe('cs.example.com');
    expect(c360AccountUrl(tenant, '001000000000001AAA')).toBe('https://cs.example.com/v1/ui/customersuccess360?aid=001000000000001AAA');
  });

  it("keeps the last tenant when a page is not in Gainsight's own URL form", async () => {
    await rememberGainsightTenant('https://gitlab.gainsightcloud.com/v1/ui/customersuccess360?cid=1P02ABC');
    await rememberGainsightTenant('https://gitlab--jbcxm.visual.force.com/apex/CustomerSuccess360?cid=1P02ABC');
    await rememberGainsightTenant('http://plain.gainsightcloud.com/v1/ui/customersuccess360?cid=1P02ABC');
    expect(await lastGainsightTenantItem.getValue()).toBe('gitlab.gainsightcloud.com');
  });

  it('links nothing without a tenant, from a stored value that is not a host, or for an id that is not an Account', () => {
    expect(c360AccountUrl(null, '001000000000001AAA')).toBeNull();
    expect(c360AccountUrl('evil.example/phish?x=', '001000000000001AAA')).toBeNull();
    expect(c360AccountUrl('gitlab.gainsightcloud.com', '003000000000001AAA')).toBeNull();
    expect(c360AccountUrl('gitlab.gainsightcloud.com', '001000000000001AAA&cid=x')).toBeNull();
  });
});
