import { describe, expect, it } from 'vitest';
import { orgOfSidChange } from './sid-change';

describe('which org a cookie change is a new session of', () => {
  it('a sid set or removed on an org API host', () => {
    expect(orgOfSidChange({ name: 'sid', domain: '.Acme--UAT.sandbox.my.salesforce.com', removed: false, cause: 'explicit' })).toBe('acme--uat.sandbox.my.salesforce.com');
    expect(orgOfSidChange({ name: 'sid', domain: 'acme.my.salesforce.com', removed: true, cause: 'expired' })).toBe('acme.my.salesforce.com');
  });
  it('not the removal half of an overwrite, other cookies, or other hosts', () => {
    expect(orgOfSidChange({ name: 'sid', domain: 'acme.my.salesforce.com', removed: true, cause: 'overwrite' })).toBeNull();
    expect(orgOfSidChange({ name: 'oid', domain: 'acme.my.salesforce.com', removed: false, cause: 'explicit' })).toBeNull();
    expect(orgOfSidChange({ name: 'sid', domain: 'acme.lightning.force.com', removed: false, cause: 'explicit' })).toBeNull();
    expect(orgOfSidChange({ name: 'sid', domain: 'evil.example.com', removed: false, cause: 'explicit' })).toBeNull();
  });
});
