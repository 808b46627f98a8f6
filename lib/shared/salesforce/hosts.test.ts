import { describe, expect, it } from 'vitest';
import { SALESFORCE_API_HOSTS, SALESFORCE_UI_HOSTS } from '../urls/hosts';
import { orgOfUrl, recordPageOf } from '../urls/record-urls';
import { isSalesforceApiHost, lightningHostOf, orgIdOfSid, orgKindOf, salesforceApiHost } from './hosts';

/** Every host form Salesforce serves an org on, Lightning → API. */
const FORMS = [
  ['production', 'gitlab.lightning.force.com', 'gitlab.my.salesforce.com'],
  ['sandbox', 'gitlab--uat.sandbox.lightning.force.com', 'gitlab--uat.sandbox.my.salesforce.com'],
  ['developer', 'gitlab-dev-ed.develop.lightning.force.com', 'gitlab-dev-ed.develop.my.salesforce.com'],
  ['scratch', 'power-fun-1234.scratch.lightning.force.com', 'power-fun-1234.scratch.my.salesforce.com'],
  ['demo', 'acme.demo.lightning.force.com', 'acme.demo.my.salesforce.com'],
  ['patch', 'acme.patch.lightning.force.com', 'acme.patch.my.salesforce.com'],
  ['playground', 'curious-bear-42ab.trailblaze.lightning.force.com', 'curious-bear-42ab.trailblaze.my.salesforce.com'],
  ['sandbox', 'gitlab--qa.lightning.force.com', 'gitlab--qa.my.salesforce.com'],
] as const;

/** A WebExtension match pattern's host part, as the browser applies it (`*.` matches any depth of subdomain). */
function patternMatches(pattern: string, url: string): boolean {
  const m = /^(https):\/\/(\*\.)?([^/]+)\/\*$/.exec(pattern);
  if (!m) throw new Error(`unexpected pattern ${pattern}`);
  const { protocol, hostname } = new URL(url);
  if (protocol !== `${m[1]}:`) return false;
  return m[2] ? hostname === m[3] || hostname.endsWith(`.${m[3]}`) : hostname === m[3];
}

describe('Salesforce host forms', () => {
  it.each(FORMS)('maps a %s Lightning host %s to its API host %s, and back', (kind, lightning, api) => {
    expect(salesforceApiHost(lightning)).toBe(api);
    expect(salesforceApiHost(lightning.toUpperCase())).toBe(api);
    expect(lightningHostOf(api)).toBe(lightning);
    expect(isSalesforceApiHost(api)).toBe(true);
    expect(orgKindOf(lightning)).toBe(kind);
    expect(orgKindOf(api)).toBe(kind);
  });

  it.each(FORMS)('has manifest host patterns covering the %s org: %s and %s', (_kind, lightning, api) => {
    expect(SALESFORCE_UI_HOSTS.some((p) => patternMatches(p, `https://${lightning}/lightning/r/Account/001000000000001AAA/view`))).toBe(true);
    expect(SALESFORCE_API_HOSTS.some((p) => patternMatches(p, `https://${api}/services/data/v66.0/query`))).toBe(true);
  });

  it.each(FORMS)('keys a %s record page by the org API host', (_kind, lightning, api) => {
    const url = `https://${lightning}/lightning/r/Contact/003000000000001AAA/view`;
    expect(orgOfUrl(url)).toBe(api);
    expect(recordPageOf(url, [])).toMatchObject({ site: 'salesforce', object: 'Contact' });
  });

  it.each([
    'gitlab.my.salesforce.com',
    'gitlab.visual.force.com',
    'gitlab.lightning.force.com.evil.example',
    'evil.example',
    'gitlab.lightning.force.com:8443',
    '.lightning.force.com',
    'gitlab.evilkind.lightning.force.com',
  ])('refuses %s as a Lightning host', (host) => {
    expect(salesforceApiHost(host)).toBeNull();
  });

  it('keeps sandbox and production apart: the same record id lives in two orgs', () => {
    const prod = orgOfUrl('https://gitlab.lightning.force.com/lightning/r/Account/001000000000001AAA/view');
    const uat = orgOfUrl('https://gitlab--uat.sandbox.lightning.force.com/lightning/r/Account/001000000000001AAA/view');
    expect(prod).not.toBe(uat);
  });

  it('reads the org id before "!" of a sid, in its 15-character form', () => {
    expect(orgIdOfSid('00D5g000004XyZ1!AQ4AQabc')).toBe('00D5g000004XyZ1');
    expect(orgIdOfSid('00D5g000004XyZ1EAK!AQ4AQabc')).toBe('00D5g000004XyZ1');
    expect(orgIdOfSid('AQ4AQabc')).toBeNull();
    expect(orgIdOfSid('001000000000001!x')).toBeNull();
  });
});
