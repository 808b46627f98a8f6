import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorFromResponse, salesforceError } from '../../shared/salesforce/errors';
import { makeGitLabAdmin, roleFixError, withRole } from './role-fix';
import { fakeClient, hang, json } from './fetch.test-support';

const SETTINGS = { roleField: 'Role__c', adminValue: 'GitLab Admin' };
const CONTACT = '003000000000001AAA';


/**
 * A fake org: answers the re-reads with `roles` (then with what a PATCH stored, when `patchLands`), and
 * the PATCH with `patchAnswer`.
 */
function org(roles: string | null, patchAnswer: (init: RequestInit) => Response | Promise<Response> = () => new Response(null, { status: 204 }), options: { patchLands?: boolean; rereadFails?: boolean } = {}) {
  const patches: unknown[] = [];
  let stored = roles;
  let reads = 0;
  const { client, calls } = fakeClient(async (url, init) => {
    if (init.method === 'PATCH') {
      const body = JSON.parse(String(init.body)) as { Role__c: string };
      patches.push(body);
      if (options.patchLands) stored = body.Role__c;
      return patchAnswer(init);
    }
    expect(url.searchParams.get('q')).toBe(`SELECT Id, Name, Role__c FROM Contact WHERE Id = '${CONTACT}'`);
    if (reads++ > 0 && options.rereadFails) return json([{ message: 'Service Unavailable', errorCode: 'SERVER_UNAVAILABLE' }], 503);
    return json({ totalSize: 1, done: true, records: [{ attributes: { type: 'Contact', url: '' }, Id: CONTACT, Name: 'Hannah Brooks', Role__c: stored }] });
  }, { policy: { timeoutMs: 1_000 } });
  return { client, patches, calls };
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

describe('a role fix whose PATCH gets no clear answer (issue 14)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('on a 503, re-reads the contact: the role landed, so it says so and sends the PATCH only once', async () => {
    const { client, patches } = org('Champion', () => json([{ message: 'Service Unavailable', errorCode: 'SERVER_UNAVAILABLE' }], 503), { patchLands: true });
    const result = await makeGitLabAdmin(client, CONTACT, SETTINGS);
    expect(patches).toHaveLength(1);
    expect(result).toMatchObject({ ok: true, data: { roles: ['Champion', 'GitLab Admin'], alreadyAdmin: false } });
    expect(result.ok && result.data.note).toMatch(/re-reading the contact shows "GitLab Admin" was saved/);
  });

  it('on a 500, re-reads the contact: the role did not land, so it says nothing was changed, and does not resend', async () => {
    const { client, patches } = org('Champion', () => json([{ message: 'An unexpected error occurred', errorCode: 'UNKNOWN_EXCEPTION' }], 500));
    const result = await makeGitLabAdmin(client, CONTACT, SETTINGS);
    expect(patches).toHaveLength(1);
    expect(result).toMatchObject({ ok: false, error: { kind: 'server-error' } });
    expect(!result.ok && result.error.message).toMatch(/internal error.*Re-reading the contact shows the role was not added\. Nothing was changed/);
  });

  it('on a 429, does not resend the PATCH', async () => {
    const { client, patches } = org('Champion', () => json([{ message: 'ConcurrentPerOrgLongTxn Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' }], 429));
    const result = await makeGitLabAdmin(client, CONTACT, SETTINGS);
    expect(patches).toHaveLength(1);
    expect(!result.ok && result.error.message).toMatch(/429.*not added/);
  });

  it('on a hung connection that cannot be re-read, says the outcome is unknown and what to check, never "nothing was changed"', async () => {
    vi.useFakeTimers();
    const { client, patches } = org('Champion', (init) => hang(init), { rereadFails: true });
    const pending = makeGitLabAdmin(client, CONTACT, SETTINGS);
    await vi.advanceTimersByTimeAsync(5_000);
    const result = await pending;
    expect(patches).toHaveLength(1);
    expect(result).toMatchObject({ ok: false, error: { kind: 'write-unknown', remedy: 'check-in-salesforce' } });
    expect(!result.ok && result.error.message).toMatch(/did not confirm the change.*could not be re-read.*Open Hannah Brooks in Salesforce/);
    expect(!result.ok && result.error.message).not.toMatch(/Nothing was changed/);
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
