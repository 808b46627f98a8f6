import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RecordedEmail } from './state';
import type { CompanyView, CtaDetailView } from './gainsight/view-model';
import { sanitizeEmailHtml } from './gainsight/sanitize';
import type { RecordView } from './lightning/view-model';
import { startSandbox, type Sandbox } from './server';
import { sandboxFetch } from './test-client';

let sandbox: Sandbox;
const GS = 'https://gitlab.gainsightcloud.com/v1/api/sandbox';
const get = <T>(path: string) => sandboxFetch(sandbox.port, `${GS}/${path}`).then((r) => r.json<T>());
const post = (path: string, body: object) => sandboxFetch(sandbox.port, `${GS}/${path}`, { method: 'POST', body });
const account = (key: string) => sandbox.state.accounts.find((a) => a.key === key)!;
const company = (key: string) => get<CompanyView>(`company/${account(key).gainsightId}`);
const field = (fields: { label: string; value: string }[], label: string) => fields.find((f) => f.label === label)?.value;

beforeAll(async () => {
  sandbox = await startSandbox({ today: '2026-11-23', dataDelayMs: 0 });
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.reset());

describe('C360 company data', () => {
  it('formats dates in the account date format and empties as "—"', async () => {
    expect(field((await company('fjord-dmy-dates')).summary, 'Customer Since')).toBe('16.07.2026');
    expect(field((await company('helix-duo')).attributes, 'Duo Purchase Date')).toBe('11/23/2026');
    expect(field((await company('bluefin-day2')).summary, 'Customer Since')).toBe('2026-11-21');
    const northwind = await company('northwind-day0');
    expect(field(northwind.summary, 'Renewal Date')).toBe('Nov 23, 2027');
    expect(field(northwind.attributes, 'Ultimate Since')).toBe('—');
    expect(field((await company('bluefin-day2')).summary, 'CSM')).toBe('—');
  });

  it('shows percentages, Yes/No and the control group', async () => {
    const tundra = await company('tundra-control-group');
    expect(field(tundra.attributes, 'Control Group')).toBe('Yes');
    expect(field(tundra.attributes, 'CI Utilization')).toBe('39%');
    expect(field((await company('driftwood-churned')).attributes, 'Active Subscription')).toBe('No');
  });

  it('leaves a hidden field off the page entirely', async () => {
    const ember = await company('ember-missing-renewal');
    expect(ember.summary.map((f) => f.label)).not.toContain('Renewal Date');
    expect(ember.summary.map((f) => f.label)).toContain('Customer Since');
  });

  it('lists contacts with the C360 columns and comma-separated roles', async () => {
    const vertex = await company('vertex-two-admins');
    expect(vertex.contacts.columns).toEqual(['Name', 'Email', 'GitLab Role', 'Sold-To', 'Enablement Enrollment', 'Permission']);
    expect(vertex.contacts.rows[0]?.cells).toEqual(['Ruth Alvarez', 'ruth.alvarez@vertexsemi.example', 'GitLab Admin, Billing Contact', 'No', '—', '—']);
    expect(vertex.programLogs.columns).toEqual(['Program', 'Step', 'Sent On', 'Recipients']);
  });

  it('answers after dataDelayMs, which the control API can change at run time', async () => {
    const ctl = await sandboxFetch(sandbox.port, 'https://gitlab.gainsightcloud.com/__sandbox/control', { method: 'POST', body: { dataDelayMs: 150 } });
    expect(ctl.status).toBe(200);
    const started = performance.now();
    await company('northwind-day0');
    expect(performance.now() - started).toBeGreaterThanOrEqual(145);
  });

  it('serves Relationship360 data for the same company', async () => {
    const view = await get<CompanyView>(`company/${account('atlas-csm-assigned').gainsightId}?relationship=1`);
    expect(view.relationshipName).toBe('Atlas Aerospace - GitLab Self-Managed');
  });

  it('404s an unknown company', async () => {
    expect((await sandboxFetch(sandbox.port, `${GS}/company/1P02NOPE`)).status).toBe(404);
  });

  it('updates GitLab Role from View Details, visible to Salesforce too', async () => {
    const meridian = account('meridian-sold-to-only');
    const hannah = meridian.account.contacts![0]!;
    expect((await post(`people/${hannah.id}`, { roles: ['GitLab Admin'] })).status).toBe(200);
    expect(hannah.roles).toEqual(['GitLab Admin']);
    expect((await post(`people/${hannah.id}`, { roles: ['Boss'] })).status).toBe(400);
    const lightning = await sandboxFetch(sandbox.port, `https://gitlab.lightning.force.com/sandbox-api/record/Contact/${hannah.id}`);
    expect(lightning.json<RecordView>().fields.find((f) => f.label === 'Role')?.display).toBe('GitLab Admin');
  });
});

describe('Cockpit', () => {
  const createOnboarding = async () => {
    const res = await post('cockpit/ctas', {
      companyId: account('bluefin-day2').gainsightId,
      type: 'Digital Journey',
      name: 'Onboarding',
      reason: 'Onboarding',
      dueDate: '2026-12-15',
      playbook: 'New Customer Digital Onboarding - SaaS Email Series',
    });
    expect(res.status).toBe(201);
    return res.json<CtaDetailView>();
  };

  it('creates a CTA with one Email Task per playbook email, due relative to creation', async () => {
    const cta = await createOnboarding();
    expect(cta.tasks.map((t) => t.name)).toEqual([
      'Email 1: Welcome to GitLab',
      'Email 2: Organize your groups and projects',
      'Email 3: Invite your team',
      'Email 4: Your first CI/CD pipeline',
    ]);
    expect(sandbox.state.ctas[0]?.tasks.map((t) => t.dueDate)).toEqual(['2026-11-23', '2026-11-26', '2026-11-29', '2026-12-02']);
    expect(cta.people.map((p) => p.email)).toContain('priya.nair@bluefin.example');
    const c360 = await company('bluefin-day2');
    expect(c360.ctas).toEqual([expect.objectContaining({ id: cta.id, tasksTotal: 4, tasksDone: 0 })]);
  });

  it('rejects an incomplete CTA with field problems', async () => {
    const res = await post('cockpit/ctas', { type: 'Digital Journey' });
    expect(res.status).toBe(400);
    expect(res.json<{ problems: { field: string }[] }>().problems.map((p) => p.field)).toEqual(['Name', 'Reason', 'Due Date', 'Company']);
  });

  it('records drafts and sent emails and completes the task on Send', async () => {
    const cta = await createOnboarding();
    const task = cta.tasks[0]!;
    const base = { ctaId: cta.id, taskId: task.id, subject: 'Welcome', bodyHtml: '<p>Hi</p>' };
    expect((await post('cockpit/emails', { ...base, status: 'sent', to: [], cc: [] })).status).toBe(400);
    expect((await post('cockpit/emails', { ...base, status: 'draft', to: [], cc: [] })).status).toBe(201);
    const sent = await post('cockpit/emails', { ...base, status: 'sent', to: ['priya.nair@bluefin.example'], cc: ['x@bluefin.example'] });
    expect(sent.status).toBe(201);
    const state = (await sandboxFetch(sandbox.port, 'https://gitlab.gainsightcloud.com/__sandbox/state')).json<{ emails: RecordedEmail[] }>();
    expect(state.emails.map((e) => e.status)).toEqual(['draft', 'sent']);
    expect(state.emails[1]).toMatchObject({ to: ['priya.nair@bluefin.example'], cc: ['x@bluefin.example'], subject: 'Welcome', bodyHtml: '<p>Hi</p>', companyId: cta.companyId });
    expect(sandbox.state.ctas[0]?.tasks[0]?.status).toBe('Completed');
  });
});

describe('email preview sanitizer', () => {
  it.each([
    ['<p>Hi <b>there</b></p>', '<p>Hi <b>there</b></p>'],
    ['<script>alert(1)</script><p>x</p>', '<p>x</p>'],
    ['<img src=x onerror=alert(1)>ok', 'ok'],
    ['<p onclick="x()">a</p>', '<p>a</p>'],
    ['<a href="javascript:alert(1)">a</a>', '<a>a</a>'],
    ['<a href="jav&#x61;script:alert(1)">a</a>', '<a>a</a>'],
    ['<a href="https://docs.gitlab.example/">d</a>', '<a href="https://docs.gitlab.example/" target="_blank" rel="noopener noreferrer">d</a>'],
    ['<style>p{}</style><iframe src=x></iframe>1 < 2', '1 &lt; 2'],
    ['<p>unclosed <i>italic', '<p>unclosed <i>italic</i></p>'],
  ])('%s', (input, expected) => {
    expect(sanitizeEmailHtml(input)).toBe(expected);
  });
});
