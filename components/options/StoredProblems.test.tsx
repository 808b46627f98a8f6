// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/shared/settings/schema';
import { region, renderOptions } from './test-render';

afterEach(cleanup);

/** The text of the elements an input names in aria-describedby, as assistive technology reads it. */
function description(input: HTMLElement): string {
  const ids = input.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

/** Settings as stored by another version: one field invalid (its default is used), the rest the user's own. */
const stored = {
  settings: { ...DEFAULT_SETTINGS, salesforce: { ...DEFAULT_SETTINGS.salesforce, adminValue: 'Admin' } },
  problems: { 'salesforce.roleField': { message: 'must be a Salesforce API name like Role__c', stored: 'Role; DROP' } },
};
const FIELD_ERROR = 'The saved value “Role; DROP” must be a Salesforce API name like Role__c, so the default is used until you change this field.';

const roleField = () => within(region('Salesforce')).getByRole('textbox', { name: 'Role field API name' });

describe('Options page: a stored setting that is not valid', () => {
  it('shows as an error on its own field, the default in place, every other setting as saved', async () => {
    await renderOptions(stored);
    expect(roleField().getAttribute('aria-invalid')).toBe('true');
    expect(description(roleField())).toContain(FIELD_ERROR);
    expect((roleField() as HTMLInputElement).value).toBe('Role__c');
    expect((within(region('Salesforce')).getByRole('textbox', { name: 'GitLab Admin value' }) as HTMLInputElement).value).toBe('Admin');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('One saved setting is not valid in this version and falls back to the default.');
    expect(within(alert).getByRole('listitem').textContent).toBe(`salesforce.roleField: ${FIELD_ERROR.charAt(0).toLowerCase()}${FIELD_ERROR.slice(1, -1)}`);
  });

  it('is kept as stored by a save that changes other fields, and still shown', async () => {
    const user = userEvent.setup();
    const { backend, storage } = await renderOptions(stored);
    await user.type(within(region('Sender identity')).getByRole('textbox', { name: 'Your name' }), 'Casey');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(backend.saveSettings).toHaveBeenCalledTimes(1));
    expect(backend.saveSettings.mock.calls[0]![1]).toEqual(['salesforce.roleField']);
    expect(storage.problems).toEqual(stored.problems);
    await waitFor(() => expect(screen.getByText('Saved. Open Gainsight and Salesforce tabs use the new settings now.')).toBeTruthy());
    expect(description(roleField())).toContain(FIELD_ERROR);
  });

  it('is replaced once the user changes that field, and its error gives way to the typed value\'s', async () => {
    const user = userEvent.setup();
    const { backend, storage } = await renderOptions(stored);
    await user.clear(roleField());
    await user.type(roleField(), 'GitLab_Role__c');
    expect(roleField().getAttribute('aria-invalid')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(backend.saveSettings).toHaveBeenCalledTimes(1));
    expect(backend.saveSettings.mock.calls[0]![1]).toEqual([]);
    expect(storage.settings.salesforce.roleField).toBe('GitLab_Role__c');
    expect(storage.problems).toEqual({});
  });
});
