// @vitest-environment happy-dom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsStoreProvider } from '../StoreContext';
import { createOptionsStore } from '../store';
import { fakeBackend } from '../test-backend';
import { SalesforceSection } from './SalesforceSection';
import type { OrgChoice, OrgFields, OrgSource } from './use-org-fields';

afterEach(cleanup);

const PROD: OrgChoice = { apiHost: 'gitlab.my.salesforce.com', kind: 'production', signedIn: true, lastSeen: '2026-11-20T10:00:00.000Z' };
const UAT: OrgChoice = { apiHost: 'gitlab--uat.sandbox.my.salesforce.com', kind: 'sandbox', signedIn: true, lastSeen: null };

const field = (apiName: string, label: string, kind: 'date' | 'number' | 'text' | 'picklist' | 'multipicklist' | 'checkbox' | 'lookup') => ({ apiName, label, kind });

/** Production names things its own way: no Deployment__c, a "Hosting" picklist instead; the sandbox has Deployment__c. */
const FIELDS: Record<string, OrgFields> = {
  [PROD.apiHost]: {
    ok: true,
    apiHost: PROD.apiHost,
    objects: {
      Account: [field('Customer_Since__c', 'Customer Since', 'date'), field('Hosting__c', 'Hosting', 'picklist'), field('CSM__r.Name', 'CSM → Name', 'lookup'), field('Website', 'Website', 'text')],
      Contact: [field('GitLab_Role__c', 'GitLab Role', 'multipicklist'), field('Sold_To__c', 'Sold-To', 'checkbox'), field('Email', 'Email', 'text')],
      Opportunity: [],
    },
  },
  [UAT.apiHost]: {
    ok: true,
    apiHost: UAT.apiHost,
    objects: { Account: [field('Deployment__c', 'Deployment', 'picklist')], Contact: [field('Role__c', 'Role', 'multipicklist')], Opportunity: [] },
  },
};

function source(orgs: OrgChoice[] = [PROD, UAT]): OrgSource & { described: string[] } {
  const described: string[] = [];
  return {
    described,
    listOrgs: vi.fn(async () => orgs),
    describe: vi.fn(async (apiHost: string) => {
      described.push(apiHost);
      return FIELDS[apiHost] ?? { ok: false as const, apiHost, message: 'Your Salesforce session has expired. Sign in to Salesforce again, then retry.' };
    }),
  };
}

async function renderSection(orgSource: OrgSource) {
  const { backend } = fakeBackend();
  const store = createOptionsStore(backend);
  await act(() => store.getState().load());
  render(
    <OptionsStoreProvider value={store}>
      <SalesforceSection orgSource={orgSource} />
    </OptionsStoreProvider>,
  );
  return store;
}

describe('Options → Salesforce: mapping fields by choosing them', () => {
  it("offers the signed-in org's fields by label with the API name, and choosing one sets the mapping", async () => {
    const user = userEvent.setup();
    const store = await renderSection(source());
    const deployment = await screen.findByRole('combobox', { name: 'Deployment field: choose from gitlab.my.salesforce.com' });
    // The org has no Deployment__c: the choice says so rather than pretend.
    expect((deployment as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('Deployment__c — not in this org');
    expect(within(deployment).getByRole('option', { name: 'Hosting (Hosting__c)' })).toBeTruthy();
    await user.selectOptions(deployment, 'Hosting (Hosting__c)');
    expect(store.getState().draft.salesforce.accountFields.deployment).toBe('Hosting__c');
    expect((screen.getByRole('textbox', { name: 'Deployment field' }) as HTMLInputElement).value).toBe('Hosting__c');
    expect(screen.getByText('gitlab.my.salesforce.com calls it “Hosting”.')).toBeTruthy();
  });

  it('maps the contact role field from the org and keeps the typed field working', async () => {
    const user = userEvent.setup();
    const store = await renderSection(source());
    const role = await screen.findByRole('combobox', { name: 'Role field: choose from gitlab.my.salesforce.com' });
    await user.selectOptions(role, 'GitLab Role (GitLab_Role__c)');
    expect(store.getState().draft.salesforce.roleField).toBe('GitLab_Role__c');
    expect((screen.getByRole('textbox', { name: 'Role field API name' }) as HTMLInputElement).value).toBe('GitLab_Role__c');
    const suggested = within(role).getByRole('group', { name: 'Suggested' });
    expect(within(suggested).getAllByRole('option').map((o) => o.textContent)).toEqual(['GitLab Role (GitLab_Role__c)']);
  });

  it('shows a lookup as the name it points to', async () => {
    await renderSection(source());
    const csm = await screen.findByRole('combobox', { name: 'CSM field: choose from gitlab.my.salesforce.com' });
    expect((csm as HTMLSelectElement).value).toBe('CSM__r.Name');
  });

  it('switches to another org the user works in and reads its fields', async () => {
    const user = userEvent.setup();
    const orgs = source();
    await renderSection(orgs);
    await screen.findByRole('combobox', { name: 'Deployment field: choose from gitlab.my.salesforce.com' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Read field names from' }), 'gitlab--uat.sandbox.my.salesforce.com (sandbox, signed in, not used yet)');
    const deployment = await screen.findByRole('combobox', { name: 'Deployment field: choose from gitlab--uat.sandbox.my.salesforce.com' });
    expect((deployment as HTMLSelectElement).value).toBe('Deployment__c');
    expect(orgs.described).toEqual([PROD.apiHost, UAT.apiHost]);
  });

  it('says why no fields are offered, and leaves the API names to type', async () => {
    await renderSection(source([{ ...PROD, signedIn: false }]));
    expect((await screen.findByRole('status')).textContent).toMatch(/not signed in to any of these orgs/);
    expect(screen.queryByRole('combobox', { name: /choose from/ })).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Role field API name' })).toBeTruthy();
  });

  it('passes on what went wrong reading an org', async () => {
    await renderSection(source([{ ...PROD, apiHost: 'acme.my.salesforce.com' }]));
    expect((await screen.findByText(/session has expired/)).getAttribute('role')).toBe('status');
  });
});
