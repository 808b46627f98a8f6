import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gainsightRecordPage, orgOfUrl } from '../../../lib/shared/urls/record-urls';
import { C360_VARIANTS, expectedReading, variantUrl } from '../data/c360-variants';
import { GAINSIGHT_TENANTS, PEOPLE_GRID_ROWS, tenantFor } from '../data/tenants';
import { startSandbox, type Sandbox } from '../server';
import { sandboxFetch } from '../test-client';
import type { CompanyView } from './view-model';

let sandbox: Sandbox;
const sample = (key: string) => sandbox.state.accounts.find((a) => a.key === key)!;
const companyOn = (host: string, id: string, query = '') =>
  sandboxFetch(sandbox.port, `https://${host}/v1/api/sandbox/company/${id}${query}`).then((r) => r.json<CompanyView>());
const field = (view: CompanyView, label: string) => [...view.summary, ...view.attributes].find((f) => f.label === label);

beforeAll(async () => {
  sandbox = await startSandbox({ today: '2026-11-23', dataDelayMs: 0 });
});
afterAll(() => sandbox.close());

describe('the C360 variants', () => {
  it.each(C360_VARIANTS.map((v) => [v.key, v] as const))('%s: names a served tenant and account, and its verdict follows from the data', (_key, variant) => {
    expect(GAINSIGHT_TENANTS.map((t) => t.host)).toContain(variant.tenant);
    const account = sample(variant.accountKey);
    const expected = expectedReading(variant, account);
    expect(expected.admin).toBe(variant.admin);
    // The extension recognises the URL as this record, on this tenant.
    const page = gainsightRecordPage(variantUrl(variant, account));
    expect(page).toMatchObject({ kind: 'company', id: expected.account.id });
    expect(orgOfUrl(expected.url)).toBe(variant.tenant);
  });

  it('include a no-admin account with a decoy note, a partial grid hiding its admin, and a masked field', () => {
    const byKey = (key: string) => expectedReading(C360_VARIANTS.find((v) => v.key === key)!, sample(C360_VARIANTS.find((v) => v.key === key)!.accountKey));
    const decoy = byKey('scrolling-decoy-note');
    expect(decoy.notContacts).toEqual(['Dana Reseller']);
    expect(decoy.admin).toBe('no');
    const grid = byKey('virtualized-people');
    expect(grid.account.contactsIncomplete).toBe(`${PEOPLE_GRID_ROWS} of 64 contacts visible`);
    expect(sample('kestrel-many-contacts').account.contacts?.findIndex((c) => c.roles.includes('GitLab Admin'))).toBeGreaterThanOrEqual(PEOPLE_GRID_ROWS);
    expect(byKey('permission-needed').account.unreadable).toEqual({ renewalDate: 'Permission Needed' });
  });

  it('are listed on the start page with their expected verdicts', async () => {
    const html = (await sandboxFetch(sandbox.port, 'https://start.sandbox.test/')).text;
    for (const variant of C360_VARIANTS) {
      const url = variantUrl(variant, sample(variant.accountKey)).replace(/&/g, '&amp;');
      expect(html).toContain(`<a href="${url}">${variant.key}</a>`);
    }
    for (const tenant of GAINSIGHT_TENANTS) expect(html).toContain(`<code>${tenant.host}</code>`);
  });
});

describe('each tenant renders the same company its own way', () => {
  it('shows "---" for empty values in scrolling mode, "—" in the classic layout', async () => {
    const id = sample('bluefin-day2').gainsightId;
    expect(field(await companyOn('scrolling.gainsightcloud.com', id), 'CSM')?.value).toBe('---');
    expect(field(await companyOn('gitlab.gainsightcloud.com', id), 'CSM')?.value).toBe('—');
  });

  it('masks the fields its user may not see, and says so on the field', async () => {
    const view = await companyOn('locked.gainsightcloud.com', sample('orchid-pre-renewal').gainsightId);
    for (const label of tenantFor('locked.gainsightcloud.com').lockedFields) expect(field(view, label)).toEqual({ label, value: '', locked: true });
    expect(field(view, 'Segment')?.locked).toBeUndefined();
  });

  it('puts Renewal Date among the attributes in scrolling mode and ARR in the summary ribbon', async () => {
    const view = await companyOn('scrolling.gainsightcloud.com', sample('orchid-pre-renewal').gainsightId);
    expect(view.attributes.map((f) => f.label)).toContain('Renewal Date');
    expect(view.summary.map((f) => f.label)).toContain('ARR');
  });

  it('opens a company by its Salesforce Account id', async () => {
    const helix = sample('helix-duo');
    expect((await companyOn('scrolling.gainsightcloud.com', helix.salesforceId, '?by=aid')).cid).toBe(helix.gainsightId);
    expect((await sandboxFetch(sandbox.port, `https://scrolling.gainsightcloud.com/v1/api/sandbox/company/${helix.salesforceId}`)).status).toBe(404);
  });

  it('serves the company note with the table pasted into it', async () => {
    const view = await companyOn('scrolling.gainsightcloud.com', sample('meridian-sold-to-only').gainsightId);
    expect(view.note?.table?.columns).toEqual(['Name', 'Email', 'GitLab Role']);
  });
});
