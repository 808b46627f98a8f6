// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_CATALOG } from '@/lib/programs/catalog-current';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { region, renderOptions } from './test-render';

afterEach(cleanup);

const save = () => screen.getByRole('button', { name: 'Save' });

/** The text of the elements an input names in aria-describedby, as assistive technology reads it. */
function description(input: HTMLElement): string {
  const ids = input.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('Options page: the settings form', () => {
  it('shows an invalid field its error (aria-invalid, aria-describedby) and refuses to save', async () => {
    const user = userEvent.setup();
    const { backend } = await renderOptions();
    const role = within(region('Salesforce')).getByRole('textbox', { name: 'Role field API name' });
    await user.clear(role);
    await user.type(role, 'Role; DROP');

    expect(role.getAttribute('aria-invalid')).toBe('true');
    expect(description(role)).toContain('Must be a Salesforce API name like Role__c.');

    await user.click(save());
    expect(screen.getByRole('alert').textContent).toContain('Not saved: one field needs fixing');
    expect(backend.saveSettings).not.toHaveBeenCalled();
    // The keyboard is taken to the field to fix.
    expect(document.activeElement).toBe(role);
  });

  it('saves valid input, trimmed, and says so in a status message', async () => {
    const user = userEvent.setup();
    const { backend, storage } = await renderOptions();
    const role = within(region('Salesforce')).getByRole('textbox', { name: 'Role field API name' });
    await user.clear(role);
    await user.type(role, ' GitLab_Role__c ');
    await user.type(within(region('Sender identity')).getByRole('textbox', { name: 'Your name' }), 'Dana Scully');
    await user.click(within(region('Sender identity')).getByRole('checkbox', { name: 'CC the CSM' }));
    await user.click(save());

    await waitFor(() => expect(backend.saveSettings).toHaveBeenCalledTimes(1));
    expect(storage.settings.salesforce.roleField).toBe('GitLab_Role__c');
    expect(storage.settings.sender).toMatchObject({ name: 'Dana Scully', ccCsm: true });
    expect(within(region('Salesforce')).getByRole('textbox', { name: 'Role field API name' })).toHaveProperty('value', 'GitLab_Role__c');
    const statuses = screen.getAllByRole('status').map((s) => s.textContent);
    expect(statuses).toContain('Saved. Open Gainsight and Salesforce tabs use the new settings now.');
  });

  it('names each invalid field: emails, empty labels, and a control share above 50%', async () => {
    const user = userEvent.setup();
    const { backend } = await renderOptions();
    const email = within(region('Sender identity')).getByRole('textbox', { name: 'Your email' });
    await user.type(email, 'not-an-email');
    const label = within(region('Gainsight')).getByRole('textbox', { name: 'Renewal Date' });
    await user.clear(label);
    const share = within(region('Programs')).getByRole('textbox', { name: 'Control group share (%)' });
    await user.clear(share);
    await user.type(share, '75');

    expect(description(email)).toContain('Must be an email address.');
    expect(description(label)).toContain('Must not be empty.');
    expect(description(share)).toContain('Must be 50% or less.');
    for (const input of [email, label, share]) expect(input.getAttribute('aria-invalid')).toBe('true');

    await user.click(save());
    expect(screen.getByRole('alert').textContent).toContain('3 fields need fixing');
    expect(backend.saveSettings).not.toHaveBeenCalled();
  });

  it('saves a control share typed as a percentage as a fraction', async () => {
    const user = userEvent.setup();
    const { storage } = await renderOptions();
    const share = within(region('Programs')).getByRole('textbox', { name: 'Control group share (%)' });
    await user.clear(share);
    await user.type(share, '12.5{Enter}');
    await waitFor(() => expect(storage.settings.programs.controlShare).toBe(0.125));
  });

  it('turns a program off, switches edition, and discards unsaved changes on request', async () => {
    const user = userEvent.setup();
    const { storage } = await renderOptions();
    const programs = region('Programs');
    const first = CURRENT_CATALOG.programs[0]!;
    await user.click(within(programs).getByRole('checkbox', { name: first.name }));
    await user.click(save());
    await waitFor(() => expect(storage.settings.programs.disabled).toEqual([first.id]));

    await user.selectOptions(within(programs).getByRole('combobox', { name: 'Edition' }), 'earlier');
    expect(within(programs).getByRole('group', { name: /^Programs of / }).querySelector('legend')?.textContent).not.toBe(`Programs of ${CURRENT_CATALOG.name}`);
    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect((within(programs).getByRole('combobox', { name: 'Edition' }) as HTMLSelectElement).value).toBe('current');
    expect(storage.settings.programs.edition).toBe(DEFAULT_SETTINGS.programs.edition);
  });
});
