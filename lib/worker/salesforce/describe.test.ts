import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { clearDescribeMemory, createDescriber, DESCRIBE_TTL_MS, parseDescribe } from './describe';
import { fakeClient, json } from './fetch.test-support';

const ACCOUNT_DESCRIBE = {
  name: 'Account',
  label: 'Account',
  fields: [
    { name: 'Id', label: 'Account ID', type: 'id', relationshipName: null, referenceTo: [] },
    { name: 'CSM__c', label: 'CSM', type: 'reference', relationshipName: 'CSM__r', referenceTo: ['User'] },
  ],
};

function org() {
  let now = Date.parse('2026-11-23T10:00:00Z');
  const { client, calls } = fakeClient((url) => (url.pathname.endsWith('/Account/describe') ? json(ACCOUNT_DESCRIBE) : json([{ errorCode: 'NOT_FOUND', message: 'x' }], 404)));
  const describer = () => createDescriber(client, { now: () => now });
  return { client, calls, describer, later: (ms: number) => (now += ms) };
}

beforeEach(() => {
  fakeBrowser.reset();
  clearDescribeMemory();
});

describe('describe first, once per org', () => {
  it('asks Salesforce once, then answers from memory while fresh', async () => {
    const { calls, describer } = org();
    const d = describer();
    const [a, b] = await Promise.all([d.describe('Account'), d.describe('Account')]);
    expect(a).toEqual(b);
    await d.describe('Account');
    expect(calls).toHaveLength(1);
    expect(a.ok && a.data.fields.map((f) => f.name)).toEqual(['Id', 'CSM__c']);
  });

  it('does not describe again after the worker restarts: storage.session still has it', async () => {
    const { calls, describer } = org();
    await describer().describe('Account');
    clearDescribeMemory();
    const again = await describer().describe('Account');
    expect(again.ok).toBe(true);
    expect(calls).toHaveLength(1);
  });

  it('describes again once the short lifetime is over', async () => {
    const { calls, describer, later } = org();
    await describer().describe('Account');
    later(DESCRIBE_TTL_MS + 1);
    await describer().describe('Account');
    expect(calls).toHaveLength(2);
  });

  it('forgets an org on request (Salesforce named a field the describe said it had)', async () => {
    const { calls, describer } = org();
    const d = describer();
    await d.describe('Account');
    await d.forget();
    await d.describe('Account');
    expect(calls).toHaveLength(2);
  });

  it('keeps orgs apart: a sandbox is described on its own', async () => {
    const { describer } = org();
    await describer().describe('Account');
    const sandbox = fakeClient(() => json(ACCOUNT_DESCRIBE), { apiHost: 'gitlab--uat.sandbox.my.salesforce.com' });
    await createDescriber(sandbox.client).describe('Account');
    expect(sandbox.calls).toHaveLength(1);
  });

  it('passes a failure through without caching it', async () => {
    const { calls, describer } = org();
    expect(await describer().describe('Widget__c')).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    await describer().describe('Widget__c');
    expect(calls).toHaveLength(2);
  });

  it('rejects a describe without fields (untrusted input)', () => {
    expect(parseDescribe({ name: 'Account' })).toBeNull();
    expect(parseDescribe([{ name: 'Account', fields: [] }])).toBeNull();
    expect(parseDescribe({ name: 'Account', fields: [{ label: 'no name' }, { name: 'Id' }] })?.fields).toEqual([
      { name: 'Id', label: 'Id', type: 'string', relationshipName: null, referenceTo: [] },
    ]);
  });
});
