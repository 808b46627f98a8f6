import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { clearDescribeMemory, createDescriber } from './describe';
import { MISSING_FIELD_RECHECK_MS, queryExistingFields } from './query-existing';
import { fakeClient, json, queryBody, record, soqlOf } from './fetch.test-support';

/** An org whose admin creates Deployment__c while the extension holds a describe without it. */
function org() {
  let hasDeployment = false;
  let now = Date.parse('2026-11-23T10:00:00Z');
  const fields = () => ['Id', 'Name', ...(hasDeployment ? ['Deployment__c'] : [])].map((name) => ({ name, label: name, type: 'string' }));
  const { client, calls } = fakeClient((url) => {
    if (url.pathname.endsWith('/describe')) return json({ name: 'Account', label: 'Account', fields: fields() });
    return queryBody([record('Account', { Id: '001A', Name: 'Acme', ...(hasDeployment ? { Deployment__c: 'SaaS' } : {}) })]);
  });
  const describer = createDescriber(client, { now: () => now });
  const read = () => queryExistingFields(client, describer, { object: 'Account', required: ['Id', 'Name'], optional: ['Deployment__c'], rest: () => "WHERE Id = '001A'" });
  return {
    calls,
    read,
    createField: () => (hasDeployment = true),
    later: (ms: number) => (now += ms),
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  clearDescribeMemory();
});

describe('a field the org gains', () => {
  it('is left out while the describe is fresh, and used once the describe is old enough to check again', async () => {
    const o = org();
    expect((await o.read()).missing).toEqual(['Deployment__c']);
    o.createField();
    o.later(MISSING_FIELD_RECHECK_MS / 2);
    expect((await o.read()).missing).toEqual(['Deployment__c']);
    o.later(MISSING_FIELD_RECHECK_MS);
    const read = await o.read();
    expect(read.missing).toEqual([]);
    expect(soqlOf(o.calls.at(-1)!)).toContain('Deployment__c');
    expect(o.calls.filter((c) => c.url.endsWith('/describe'))).toHaveLength(2);
  });
});
