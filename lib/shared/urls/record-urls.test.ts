import { describe, expect, it } from 'vitest';
import { gainsightAppPage, gainsightPage, pageKey, recordKeyOf, recordPageOf, salesforceApiHost, salesforcePage } from './record-urls';

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
    ['upper-case parameter names, as C360 reads them', 'https://t.gainsightcloud.com/v1/ui/customersuccess360?CID=1P02ABC', { kind: 'company', id: '1P02ABC' }],
    ['mixed-case path and parameter', 'https://t.gainsightcloud.com/v1/ui/CustomerSuccess360?Cid=1P02ABC', { kind: 'company', id: '1P02ABC' }],
    ['a Salesforce Account id (aid)', 'https://t.gainsightcloud.com/v1/ui/customersuccess360?AID=0015g00000AbCdEFGH', { kind: 'company', id: '0015g00000AbCdEFGH', by: 'aid' }],
    ['cid wins over aid when both are given', 'https://t.gainsightcloud.com/v1/ui/customersuccess360?aid=0015g00000AbCdEFGH&cid=1P02ABC', { kind: 'company', id: '1P02ABC' }],
    ['a section route in the hash', 'https://t.gainsightcloud.com/v1/ui/customersuccess360?cid=1P02ABC#/1I00PEOPLE', { kind: 'company', id: '1P02ABC', section: '1I00PEOPLE' }],
    ['a hybrid page that routes in the hash', 'https://gitlab.my.salesforce.com/apex/JBCXM__Home#customersuccess360?cid=1P02ABC', { kind: 'company', id: '1P02ABC' }],
    ['a relationship by its path, rid in any case', 'https://t.gainsightcloud.com/v1/ui/relationship360?RID=1P05R1#/1I00SUM', { kind: 'relationship', id: '1P05R1', section: '1I00SUM' }],
    ['a relationship by its rid on the C360 path', 'https://t.gainsightcloud.com/v1/ui/customersuccess360?rid=1P05R1', { kind: 'relationship', id: '1P05R1' }],
  ])('reads %s', (_name, href, expected) => {
    expect(gainsightPage(href)).toEqual({ site: 'gainsight', ...expected });
  });

  it('keeps one record across its sections, and tells an aid page from a cid page', () => {
    const base = 'https://t.gainsightcloud.com/v1/ui/customersuccess360?cid=1P02ABC';
    const key = (href: string) => pageKey(gainsightPage(href), href);
    expect(key(`${base}#/1I00PEOPLE`)).toBe(key(`${base}#/1I00SUM`));
    expect(key(base.replace('cid=', 'CID='))).toBe(key(base));
  });

  it('keys a company by its tenant and its id: the same id on another tenant is another company', () => {
    const path = '/v1/ui/customersuccess360?cid=1P02ABC';
    expect(recordKeyOf(`https://acme.gainsightcloud.com${path}`)).not.toBe(recordKeyOf(`https://acme-sandbox.gainsightcloud.com${path}`));
    expect(recordKeyOf(`https://ACME.gainsightcloud.com${path}`)).toBe(recordKeyOf(`https://acme.gainsightcloud.com${path}`));
  });

  it.each([
    'https://gitlab.gainsightcloud.com/v1/ui/home?cid=1P02ABC',
    'https://gitlab.gainsightcloud.com/v1/ui/relationship360',
    'https://gitlab.gainsightcloud.com/v1/ui/customersuccess360?aid=%3Cb%3E',
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
    expect(app('/v1/ui/cockpit?CTAID=CTA9')).toBe('cockpit');
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
    expect(pageKey(a, 'https://o.lightning.force.com/')).not.toBe(pageKey(b, 'https://o.lightning.force.com/'));
    expect(pageKey(null, 'https://o.lightning.force.com/')).toBeNull();
  });
  it('keys a record by its org and its id: a full-copy sandbox twin (same id) is another record', () => {
    const path = '/lightning/r/Account/001000000000001AAA/view';
    const production = recordKeyOf(`https://acme.lightning.force.com${path}`);
    expect(production).not.toBe(recordKeyOf(`https://acme--uat.sandbox.lightning.force.com${path}`));
    expect(production).toBe(recordKeyOf(`https://acme.lightning.force.com${path}?tab=related`));
    // Lightning and the API host are one org: the key names the org by its API host.
    expect(production?.startsWith('acme.my.salesforce.com|')).toBe(true);
  });
  it('maps the Lightning host to the API host of the same org', () => {
    expect(salesforceApiHost('gitlab.lightning.force.com')).toBe('gitlab.my.salesforce.com');
    expect(salesforceApiHost('acme--uat.sandbox.lightning.force.com')).toBe('acme--uat.sandbox.my.salesforce.com');
    expect(salesforceApiHost('evil.example.com')).toBeNull();
  });
});

describe('which hosts are Gainsight (issue 24)', () => {
  const c360 = '/v1/ui/customersuccess360?cid=1P02ABC';
  it('gainsightcloud.com tenants and the domains the user added', () => {
    expect(recordPageOf(`https://acme.gainsightcloud.com${c360}`, [])).toMatchObject({ site: 'gainsight', kind: 'company' });
    expect(recordPageOf(`https://cs.acme.com${c360}`, ['cs.acme.com'])).toMatchObject({ site: 'gainsight', kind: 'company' });
    expect(recordPageOf(`https://gitlab--jbcxm.visual.force.com/apex/JBCXM__customersuccess360?cid=001A`, [])).toMatchObject({ site: 'gainsight', id: '001A' });
  });
  it.each([
    ['an org API host', `https://evil-dev-ed.develop.my.salesforce.com${c360}`],
    ['a hybrid route on an org API host', 'https://gitlab.my.salesforce.com/apex/JBCXM__Home#customersuccess360?cid=1P02ABC'],
    ['any site, once the optional https://*/* is granted', `https://cs.acme.com${c360}`],
    ['a look-alike of an added domain', `https://cs.acme.com.evil.example${c360}`],
    ['a Visualforce page outside Gainsight’s package', `https://evil.visual.force.com/apex/customersuccess360?cid=1P02ABC`],
  ])('not %s', (_name, href) => {
    expect(recordPageOf(href, [])).toBeNull();
    expect(recordPageOf(href, ['cs.acme.org'])).toBeNull();
  });
});
