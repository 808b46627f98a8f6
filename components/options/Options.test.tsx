// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_CATALOG } from '@/lib/shared/programs/catalog-current';
import { DEFAULT_SETTINGS, GAINSIGHT_LABEL_DEFAULTS } from '@/lib/shared/settings/schema';
import { SECTIONS } from './layout/sections';
import { UNEXPLAINED } from './sections/permission-reasons';
import { region, renderOptions } from './test-render';

afterEach(cleanup);

describe('Options page: structure', () => {
  it('is a main landmark with a heading and a nav linking every section', async () => {
    await renderOptions();
    expect(screen.getByRole('main', { name: 'CTA Playbook Companion options' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((l) => [l.textContent, l.getAttribute('href')])).toEqual(SECTIONS.map((s) => [s.title, `#${s.id}`]));
    for (const section of SECTIONS) {
      const found = region(section.title);
      expect(found.id).toBe(section.id);
      expect(within(found).getByRole('heading', { level: 2, name: section.title })).toBeTruthy();
    }
  });

  it('renders Sender identity with labelled fields', async () => {
    await renderOptions();
    const sender = region('Sender identity');
    for (const name of ['Your name', 'Your email', 'Your title', 'Generic sender address']) {
      expect(within(sender).getByRole('textbox', { name })).toBeTruthy();
    }
    expect(within(sender).getByRole('checkbox', { name: 'CC the CSM' })).toBeTruthy();
  });

  it('renders Salesforce with the role, admin, Sold-To and account field names and the API version', async () => {
    await renderOptions();
    const salesforce = region('Salesforce');
    expect((within(salesforce).getByRole('textbox', { name: 'Role field API name' }) as HTMLInputElement).value).toBe('Role__c');
    expect((within(salesforce).getByRole('textbox', { name: 'GitLab Admin value' }) as HTMLInputElement).value).toBe('GitLab Admin');
    expect((within(salesforce).getByRole('textbox', { name: 'Sold-To field API name' }) as HTMLInputElement).value).toBe('Sold_To__c');
    expect((within(salesforce).getByRole('textbox', { name: 'API version' }) as HTMLInputElement).value).toBe('66.0');
    const accountFields = within(salesforce).getByRole('group', { name: 'Account fields' });
    const values = within(accountFields).getAllByRole('textbox').map((input) => (input as HTMLInputElement).value);
    expect(values).toEqual(Object.values(DEFAULT_SETTINGS.salesforce.accountFields));
  });

  it('renders Gainsight with a field for every C360 label, the date order and the custom domain', async () => {
    await renderOptions();
    const gainsight = region('Gainsight');
    const labelInputs = within(gainsight)
      .getAllByRole('group')
      .filter((g) => g.querySelector('legend')?.textContent !== 'Custom Gainsight domain')
      .flatMap((g) => within(g).getAllByRole('textbox') as HTMLInputElement[]);
    expect(labelInputs.map((i) => i.value).sort()).toEqual(Object.values(GAINSIGHT_LABEL_DEFAULTS).sort());
    const order = within(gainsight).getByRole('combobox', { name: 'Numeric date order' });
    expect(within(order).getAllByRole('option').map((o) => (o as HTMLOptionElement).value)).toEqual(['auto', 'MDY', 'DMY', 'YMD']);
    expect(within(gainsight).getByRole('textbox', { name: 'Custom domain' })).toBeTruthy();
    expect(within(gainsight).getByRole('button', { name: 'Add domain' })).toBeTruthy();
  });

  it('renders Programs with the edition, a switch and the rule beside its seed per program, event dates, spellings and the catalog file actions', async () => {
    await renderOptions();
    const programs = region('Programs');
    expect((within(programs).getByRole('combobox', { name: 'Edition' }) as HTMLSelectElement).value).toBe('current');
    expect(within(programs).queryByRole('textbox', { name: /control group share/i })).toBeNull();
    const netNew = within(programs).getByText('Rule and seed: Net-New Onboarding').closest('details')!;
    expect(within(netNew).getByText('Day 2 from Customer Since, or up to day 9')).toBeTruthy();
    expect(within(netNew).getByText('Net-New Onboarding | Day 2 of new subscription | All')).toBeTruthy();
    expect(within(netNew).getByText(/^Stays due for 7 days after its day.*the team's choice/)).toBeTruthy();
    expect(within(programs).getAllByRole('group').map((g) => g.querySelector('legend')?.textContent)).toEqual(expect.arrayContaining([
      'CI Hands-On Lab', 'Security & Compliance Hands-On Lab', 'Getting Started with Project Management Hands-On Lab', 'Segment spellings',
    ]));
    const toggles = within(programs).getByRole('group', { name: `Programs of ${CURRENT_CATALOG.name}` });
    expect(within(toggles).getAllByRole('checkbox').map((c) => c.getAttribute('name'))).toEqual(CURRENT_CATALOG.programs.map((p) => `program-${p.id}`));
    expect(within(programs).getByRole('button', { name: 'Export catalog (JSON)' })).toBeTruthy();
    expect(within(programs).getByLabelText('Import a catalog (JSON file)')).toBeTruthy();
    expect(within(programs).queryByRole('button', { name: 'Reset to built-in' })).toBeNull();
  });

  it('renders Data with backup export and import and Clear everything', async () => {
    await renderOptions();
    const data = region('Data');
    expect(within(data).getByRole('button', { name: 'Export reminders backup (JSON)' })).toBeTruthy();
    expect(within(data).getByLabelText('Import a reminders backup (JSON file)')).toBeTruthy();
    expect(within(data).getByRole('button', { name: 'Clear everything…' })).toBeTruthy();
  });

  it('renders About with the version, a reason for every permission and host, and the data promise', async () => {
    const { backend } = await renderOptions();
    const about = region('About');
    expect(about.textContent).toContain('version 0.1.0');
    expect(about.textContent).toContain('No remote code, no telemetry; data stays in this browser.');
    const manifest = backend.manifest();
    const terms = within(about).getAllByRole('term').map((t) => t.textContent);
    expect(terms).toEqual([...manifest.permissions, ...manifest.hosts, ...manifest.optionalHosts]);
    expect(about.textContent).not.toContain(UNEXPLAINED);
    expect(within(about).getAllByRole('definition')).toHaveLength(terms.length);
  });
});
