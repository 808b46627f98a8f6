import { describe, expect, it } from 'vitest';
import { parseCustomDomain } from './custom-domains';

describe('parseCustomDomain', () => {
  it('takes a host name or a pasted https URL, lower-cased', () => {
    expect(parseCustomDomain(' CS.Acme.example ')).toEqual({ ok: true, domain: 'cs.acme.example' });
    expect(parseCustomDomain('https://cs.acme.example/v1/ui/customersuccess360?cid=1')).toEqual({ ok: true, domain: 'cs.acme.example' });
    expect(parseCustomDomain('cs.gitlab-tenant.sandbox.test')).toEqual({ ok: true, domain: 'cs.gitlab-tenant.sandbox.test' });
  });

  it('refuses what is not one host, plain http, and hosts the manifest already covers', () => {
    for (const bad of ['', 'acme', 'cs acme.example', '*.acme.example', 'http://cs.acme.example']) expect(parseCustomDomain(bad).ok).toBe(false);
    for (const covered of ['acme.gainsightcloud.com', 'gitlab.my.salesforce.com', 'x.visual.force.com']) {
      const result = parseCustomDomain(covered);
      expect(result.ok ? 'accepted' : result.error).toContain('already works there');
    }
  });
});
