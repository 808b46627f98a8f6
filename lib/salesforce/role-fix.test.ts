import { describe, expect, it } from 'vitest';
import { createSalesforceClient } from './client';
import { errorFromResponse, salesforceError } from './errors';
import { makeGitLabAdmin, roleFixError, withRole } from './role-fix';

const SETTINGS = { roleField: 'Role__c', adminValue: 'GitLab Admin' };
const CONTACT = '003000000000001AAA';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });

/** A fake org: answers the re-read with `roles`, and the PATCH with `patchAnswer`. */
function org(roles: string | null, patchAnswer: () => Response = () => new Response(null, { status: 204 })) {
  const patches: unknown[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input));
    if (init.method === 'PATCH') {
      patches.push(JSON.parse(String(init.body)));
      return patchAnswer();
    }
    expect(url.searchParams.get('q')).toBe(`SELECT Id, Name, Role__c FROM Contact WHERE Id = '${CONTACT}'`);
    return json({ totalSize: 1, done: true, records: [{ attributes: { type: 'Contact', url: '' }, Id: CONTACT, Name: 'Hannah Brooks', Role__c: roles }] });
  };
  const client = createSalesforceClient({ apiHost: 'gitlab.my.salesforce.com', apiVersion: '66.0', getSessionId: async () => 'sid', fetch: fetch as typeof globalThis.fetch });
  return { client, patches };
}

describe('adding the admin value to a multi-select role', () => {
  it('keeps every other role, in order, and appends the admin value', () => {
    expect(withRole('Technical Contact;Champion', 'GitLab Admin')).toEqual({ roles: ['Technical Contact', 'Champion', 'GitLab Admin'], added: true });
  });

  it('starts from an empty field', () => {
    expect(withRole(null, 'GitLab Admin')).toEqual({ roles: ['GitLab Admin'], added: true });
    expect(withRole('', 'GitLab Admin')).toEqual({ roles: ['GitLab Admin'], added: true });
  });

  it('does not add a duplicate, matching case- and space-insensitively', () => {
    expect(withRole('Billing Contact; gitlab admin ', 'GitLab Admin')).toEqual({ roles: ['Billing Contact', 'gitlab admin'], added: false });
  });

  it('splits on ";" only, so a value with a comma stays whole', () => {
    expect(withRole('Sales, EMEA', 'GitLab Admin').roles).toEqual(['Sales, EMEA', 'GitLab Admin']);
  });
});

describe('making a contact GitLab Admin through the API', () => {
  it('re-reads the role, then PATCHes the value with the other roles kept', async () => {
    const { client, patches } = org('Technical Contact');
    const result = await makeGitLabAdmin(client, CONTACT, SETTINGS);
    expect(result).toEqual({ ok: true, data: { contactId: CONTACT, name: 'Hannah Brooks', roles: ['Technical Contact', 'GitLab Admin'], alreadyAdmin: false } });
    expect(patches).toEqual([{ Role__c: 'Technical Contact;GitLab Admin' }]);
  });

  it('sends nothing when the contact became admin meanwhile', async () => {
    const { client, patches } = org('GitLab Admin;Champion');
    const result = await makeGitLabAdmin(client, CONTACT, SETTINGS);
    expect(result.ok && result.data.alreadyAdmin).toBe(true);
    expect(patches).toEqual([]);
  });

  it('refuses anything that is not a contact id, without calling Salesforce', async () => {
    const { client, patches } = org(null);
    const result = await makeGitLabAdmin(client, "003' OR Name != '", SETTINGS);
    expect(result).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    expect(patches).toEqual([]);
  });

  it('reports a rejected PATCH in plain words', async () => {
    const { client } = org('Champion', () => json([{ message: 'bad value for restricted picklist field: GitLab Admin', errorCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', fields: ['Role__c'] }], 400));
    const result = await makeGitLabAdmin(client, CONTACT, SETTINGS);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toContain('Ask your Salesforce admin to add "GitLab Admin" to the Role picklist of Contact.');
  });
});

describe('role-fix errors in plain words', () => {
  const message = (status: number, errorCode: string, detail = '') => roleFixError(errorFromResponse(status, [{ message: detail, errorCode }]), SETTINGS).message;

  it('says the session expired (401)', () => {
    expect(message(401, 'INVALID_SESSION_ID')).toMatch(/^Your Salesforce session has expired\./);
  });

  it('says the user lacks permission (403 INSUFFICIENT_ACCESS)', () => {
    expect(message(403, 'INSUFFICIENT_ACCESS')).toMatch(/do not have permission to edit this contact's Role/);
  });

  it('says what a Salesforce admin must add when the picklist lacks the value', () => {
    expect(message(400, 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', 'bad value for restricted picklist field: GitLab Admin')).toContain(
      'Ask your Salesforce admin to add "GitLab Admin" to the Role picklist of Contact.',
    );
  });

  it('names the value when the picklist rejects another role the contact already has', () => {
    expect(message(400, 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', 'bad value for restricted picklist field: Champion')).toContain('"Champion"');
  });

  it('names the setting to correct when the role field does not exist', () => {
    expect(message(400, 'INVALID_FIELD', "No such column 'Role__c' on entity 'Contact'")).toContain('Options → Salesforce → Role field');
  });

  it('says Salesforce could not be reached when the network is down', () => {
    expect(roleFixError(salesforceError('network'), SETTINGS).message).toMatch(/could not be reached/);
  });

  it('always says nothing was changed', () => {
    for (const kind of ['session-expired', 'no-access', 'bad-value', 'unknown-field', 'network', 'unexpected'] as const) {
      expect(roleFixError(salesforceError(kind), SETTINGS).message).toContain('Nothing was changed.');
    }
  });
});
