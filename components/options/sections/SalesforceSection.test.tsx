// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
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

/** The one control of a field, and the org fields it offers (label as shown beside each). */
function offered(control: HTMLElement): string[] {
  const list = document.getElementById(control.getAttribute('list') ?? '');
  return [...(list?.querySelectorAll('option') ?? [])].map((o) => o.getAttribute('label') ?? '');
}

describe("Options → Salesforce: one control per field, searchable among the org's fields", () => {
  it("offers the signed-in org's fields by label with the API name, and choosing one sets the mapping", async () => {
    const user = userEvent.setup();
    const store = await renderSection(source());
    // One control per field: the text box becomes a combobox of the org's fields, and says the org lacks the one named.
    await screen.findByText(/Deployment__c is not in gitlab\.my\.salesforce\.com/);
    const deployment = screen.getByRole('combobox', { name: 'Deployment field' });
    expect(screen.queryByRole('textbox', { name: 'Deployment field' })).toBeNull();
    expect(offered(deployment)).toContain('Hosting (Hosting__c)');
    await user.clear(deployment);
    await user.type(deployment, 'Hosting__c');
    expect(store.getState().draft.salesforce.accountFields.deployment).toBe('Hosting__c');
    expect(screen.getByText('gitlab.my.salesforce.com calls it “Hosting”.')).toBeTruthy();
  });

  it('offers the suited fields first for the contact role field', async () => {
    await renderSection(source());
    await screen.findAllByText(/gitlab\.my\.salesforce\.com/);
    const role = await screen.findByRole('combobox', { name: 'Role field API name' });
    expect(offered(role)[0]).toBe('GitLab Role (GitLab_Role__c)');
  });

  it('shows a lookup as the name it points to', async () => {
    await renderSection(source());
    await screen.findByText('gitlab.my.salesforce.com calls it “CSM → Name”.');
    const csm = await screen.findByRole('combobox', { name: 'CSM field' });
    expect((csm as HTMLInputElement).value).toBe('CSM__r.Name');
    expect(offered(csm)).toContain('CSM → Name (CSM__r.Name)');
  });

  it('switches to another org the user works in and reads its fields', async () => {
    const user = userEvent.setup();
    const orgs = source();
    await renderSection(orgs);
    await screen.findByRole('combobox', { name: 'Deployment field' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Read field names from' }), 'gitlab--uat.sandbox.my.salesforce.com (sandbox, signed in, not used yet)');
    await screen.findAllByText(/gitlab--uat\.sandbox\.my\.salesforce\.com calls it/);
    expect(orgs.described).toEqual([PROD.apiHost, UAT.apiHost]);
  });

  it('says why no fields are offered, and leaves the API names to type', async () => {
    await renderSection(source([{ ...PROD, signedIn: false }]));
    expect((await screen.findByRole('status')).textContent).toMatch(/not signed in to any of these orgs/);
    expect(screen.getByRole('textbox', { name: 'Role field API name' })).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Role field API name' })).toBeNull();
  });

  it('passes on what went wrong reading an org', async () => {
    await renderSection(source([{ ...PROD, apiHost: 'acme.my.salesforce.com' }]));
    expect((await screen.findByText(/session has expired/)).getAttribute('role')).toBe('status');
  });
});
