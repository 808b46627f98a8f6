import { describe, expect, it } from 'vitest';
import { gainsightAppPage, gainsightPage, pageKey, salesforceApiHost, salesforcePage } from './record-urls';

describe('Gainsight record pages are recognised by URL', () => {
  it.each([
    ['https://gitlab.gainsightcloud.com/v1/ui/customersuccess360?cid=1P02ABC', { kind: 'company', id: '1P02ABC' }],
    ['https://gitlab.gainsightcloud.com/v1/ui/customersuccess360#/?cid=1P02XYZ', { kind: 'company', id: '1P02XYZ' }],
    ['https://gitlab.gainsightcloud.com/v1/ui/Relationship360?rid=1P05R1', { kind: 'relationship', id: '1P05R1' }],
    ['https://gitlab--jbcxm.visual.force.com/apex/JBCXM__customersuccess360?cid=001A', { kind: 'company', id: '001A' }],
  ])('%s', (href, expected) => {
    expect(gainsightPage(href)).toMatchObject({ site: 'gainsight', ...expected });
  });

  it.each([
    'https://gitlab.gainsightcloud.com/v1/ui/home',
    'https://gitlab.gainsightcloud.com/v1/ui/customersuccess360',
    'https://gitlab.gainsightcloud.com/v1/ui/customersuccess360?cid=%3Cscript%3E',
  ])('is not a record page: %s', (href) => {
    expect(gainsightPage(href)).toBeNull();
  });

  it('recognises Cockpit with its CTA', () => {
    expect(gainsightPage('https://t.gainsightcloud.com/v1/ui/cockpit?ctaId=CTA9')).toEqual({
      site: 'gainsight', kind: 'cockpit', ctaId: 'CTA9', companyId: null,
    });
  });

  it('runs the page app on records and on Cockpit pages that name a CTA or a company, not on the rest', () => {
    const app = (path: string) => gainsightAppPage(`https://t.gainsightcloud.com${path}`)?.kind ?? null;
    expect(app('/v1/ui/customersuccess360?cid=C1')).toBe('company');
    expect(app('/v1/ui/cockpit?ctaId=CTA9')).toBe('cockpit');
    expect(app('/v1/ui/cockpit?cid=C1&create=1')).toBe('cockpit');
    expect(app('/v1/ui/cockpit')).toBeNull();
    expect(app('/v1/ui/home')).toBeNull();
  });
});

describe('Salesforce Lightning record pages', () => {
  it('reads the object and id of Account, Contact and Opportunity pages', () => {
    expect(salesforcePage('https://gitlab.lightning.force.com/lightning/r/Account/001000000000001AAA/view')).toEqual({
      site: 'salesforce', kind: 'record', object: 'Account', id: '001000000000001AAA',
    });
    expect(salesforcePage('https://o.lightning.force.com/lightning/r/Contact/003000000000001/view')?.object).toBe('Contact');
    expect(salesforcePage('https://o.lightning.force.com/lightning/r/Opportunity/006000000000001AAA/view')?.object).toBe('Opportunity');
  });
  it('ignores home, list views and other objects', () => {
    expect(salesforcePage('https://o.lightning.force.com/lightning/page/home')).toBeNull();
    expect(salesforcePage('https://o.lightning.force.com/lightning/o/Account/list')).toBeNull();
    expect(salesforcePage('https://o.lightning.force.com/lightning/r/Case/500000000000001AAA/view')).toBeNull();
  });
  it('keys the same record the same way, and different records differently', () => {
    const a = salesforcePage('https://o.lightning.force.com/lightning/r/Account/001000000000001AAA/view');
    const b = salesforcePage('https://o.lightning.force.com/lightning/r/Account/001000000000002AAA/view');
    expect(pageKey(a)).not.toBe(pageKey(b));
    expect(pageKey(null)).toBeNull();
  });
  it('maps the Lightning host to the API host of the same org', () => {
    expect(salesforceApiHost('gitlab.lightning.force.com')).toBe('gitlab.my.salesforce.com');
    expect(salesforceApiHost('acme--uat.sandbox.lightning.force.com')).toBe('acme--uat.sandbox.my.salesforce.com');
    expect(salesforceApiHost('evil.example.com')).toBeNull();
  });
});
