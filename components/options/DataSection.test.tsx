// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/shared/settings/schema';
import { region, renderOptions } from './test-render';

afterEach(cleanup);

describe('Options page: data', () => {
  it('asks for confirmation, naming what will be deleted, before clearing everything', async () => {
    const user = userEvent.setup();
    const { backend, storage } = await renderOptions({
      settings: { ...DEFAULT_SETTINGS, salesforce: { ...DEFAULT_SETTINGS.salesforce, roleField: 'GitLab_Role__c' } },
    });
    await user.click(within(region('Data')).getByRole('button', { name: 'Clear everything…' }));

    const dialog = screen.getByRole('dialog', { name: 'Clear everything?' });
    const named = within(dialog).getAllByRole('listitem').map((li) => li.textContent ?? '');
    for (const what of ['settings', 'custom program catalog', 'reminders', 'history']) expect(named.some((n) => n.includes(what))).toBe(true);
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(backend.clearEverything).not.toHaveBeenCalled();
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.click(within(region('Data')).getByRole('button', { name: 'Clear everything…' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete everything' }));
    await waitFor(() => expect(backend.clearEverything).toHaveBeenCalledTimes(1));
    expect(storage.settings).toEqual(DEFAULT_SETTINGS);
    await waitFor(() => expect(within(region('Salesforce')).getByRole('textbox', { name: 'Role field API name' })).toHaveProperty('value', 'Role__c'));
    expect(within(region('Data')).getByRole('status').textContent).toBe('Everything was deleted. The settings are back to their defaults.');
  });

  it('shows a refused backup import with its errors by path', async () => {
    const user = userEvent.setup();
    const { backend } = await renderOptions();
    backend.importBackup.mockResolvedValueOnce({ ok: false, errors: ['reminders[0].dueDate: expected a date like 2026-11-23'] });
    await user.upload(within(region('Data')).getByLabelText('Import a reminders backup (JSON file)'), new File(['{}'], 'backup.json'));

    const alert = await within(region('Data')).findByRole('alert');
    expect(alert.textContent).toContain('The backup was not imported and nothing changed.');
    expect(within(alert).getByRole('listitem').textContent).toBe('reminders[0].dueDate: expected a date like 2026-11-23');
  });

  it('exports the backup as a file and reports an import', async () => {
    const user = userEvent.setup();
    const { backend, storage } = await renderOptions();
    await user.click(within(region('Data')).getByRole('button', { name: 'Export reminders backup (JSON)' }));
    await waitFor(() => expect(storage.downloads).toHaveLength(1));
    expect(storage.downloads[0]!.filename).toMatch(/^cta-reminders-backup-/);

    await user.upload(within(region('Data')).getByLabelText('Import a reminders backup (JSON file)'), new File(['{"x":1}'], 'backup.json'));
    await waitFor(() => expect(backend.importBackup).toHaveBeenCalledWith('{"x":1}'));
    await waitFor(() => expect(within(region('Data')).getByRole('status').textContent).toBe('Backup imported: 1 added, 0 updated, 0 unchanged.'));
  });
});

describe('Options page: data, when not everything goes to plan', () => {
  it('exports what can be read when the reminders cannot be opened, and says so', async () => {
    const user = userEvent.setup();
    const { backend, storage } = await renderOptions();
    const note = 'Your reminders were saved by a newer version of this extension, which this version cannot read. The file holds every record that could be read (12 reminders, 3 sends), as saved by format version 4.';
    backend.exportBackup.mockResolvedValueOnce({ text: '{"schemaVersion":4}', note });
    await user.click(within(region('Data')).getByRole('button', { name: 'Export reminders backup (JSON)' }));
    await waitFor(() => expect(storage.downloads).toEqual([expect.objectContaining({ text: '{"schemaVersion":4}' })]));
    expect(within(region('Data')).getByRole('status').textContent).toBe(`Exported what could be read. ${note}`);
  });

  it('names what is still kept when clearing stops part-way, and shows the settings that remain', async () => {
    const user = userEvent.setup();
    const kept = { ...DEFAULT_SETTINGS, salesforce: { ...DEFAULT_SETTINGS.salesforce, roleField: 'GitLab_Role__c' } };
    const { backend } = await renderOptions({ settings: kept });
    backend.clearEverything.mockRejectedValueOnce(new Error('Still kept: all reminders and the history of sends (another window of the extension still has them open: close it, then try again); your settings.'));
    await user.click(within(region('Data')).getByRole('button', { name: 'Clear everything…' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete everything' }));

    const alert = await within(region('Data')).findByRole('alert');
    expect(alert.textContent).toBe('Not everything was deleted. Still kept: all reminders and the history of sends (another window of the extension still has them open: close it, then try again); your settings.');
    expect((within(region('Salesforce')).getByRole('textbox', { name: 'Role field API name' }) as HTMLInputElement).value).toBe('GitLab_Role__c');
  });
});
