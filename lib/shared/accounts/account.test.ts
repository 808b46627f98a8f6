import { describe, expect, it } from 'vitest';
import { gitlabAdmins, hasRole, type Account, type Contact } from './account';

const contact = (roles: string[], name = 'Ada'): Contact => ({
  name,
  email: `${name.toLowerCase()}@example.com`,
  roles,
  soldTo: false,
  enablementEnrollment: [],
  permission: null,
});

describe('GitLab Admin role check', () => {
  it('matches a contact holding GitLab Admin among other roles', () => {
    expect(hasRole(contact(['Billing Contact', 'GitLab Admin']))).toBe(true);
  });
  it('ignores case and stray spaces typed into picklists', () => {
    expect(hasRole(contact([' gitlab admin ']))).toBe(true);
  });
  it('does not match a role that only contains the words', () => {
    expect(hasRole(contact(['Former GitLab Admin']))).toBe(false);
  });
  it('lists every admin on the account, and none when contacts are unknown', () => {
    const account: Account = {
      source: 'gainsight', org: 'gitlab.gainsightcloud.com', id: 'c1', name: 'Acme', fields: {}, unreadable: {},
      contacts: [contact(['GitLab Admin'], 'Ada'), contact([], 'Bob'), contact(['GitLab Admin', 'Other'], 'Cy')],
      opportunities: [], programLogs: [],
    };
    expect(gitlabAdmins(account).map((c) => c.name)).toEqual(['Ada', 'Cy']);
    expect(gitlabAdmins({ ...account, contacts: undefined })).toEqual([]);
  });
});
