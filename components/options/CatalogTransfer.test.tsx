// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_CATALOG } from '@/lib/shared/programs/catalog-current';
import { exportCatalog } from '@/lib/shared/programs/catalog-io';
import { region, renderOptions } from './test-render';

afterEach(cleanup);

const jsonFile = (text: string, name = 'catalog.json') => new File([text], name, { type: 'application/json' });

/** The current catalog with two mistakes a person makes editing the JSON by hand. */
function brokenCatalog(): string {
  const data = JSON.parse(exportCatalog(CURRENT_CATALOG));
  data.programs[3].steps[0].offsetDays = 'ten';
  data.programs[1].segment = 'All';
  return JSON.stringify(data);
}

const programSwitches = () => within(region('Programs')).getAllByRole('checkbox').map((c) => c.getAttribute('name'));

describe('Options page: catalog import and export', () => {
  it('shows every import error by path and changes nothing', async () => {
    const user = userEvent.setup();
    const { backend, storage } = await renderOptions();
    const before = programSwitches();
    await user.upload(within(region('Programs')).getByLabelText('Import a catalog (JSON file)'), jsonFile(brokenCatalog()));

    const alert = await within(region('Programs')).findByRole('alert');
    expect(alert.textContent).toContain('The catalog was not imported and nothing changed.');
    const problems = within(alert).getAllByRole('listitem').map((li) => li.textContent);
    expect(problems).toContain('programs[3].steps[0].offsetDays: expected a number');
    expect(problems).toContain('programs[1].segment: unknown field');
    expect(backend.saveCustomCatalog).not.toHaveBeenCalled();
    expect(storage.customCatalog).toBeNull();
    expect(programSwitches()).toEqual(before);
    expect(within(region('Programs')).getByText('In use: the built-in catalog of the edition above.')).toBeTruthy();
  });

  it('says so when the file is not JSON at all', async () => {
    const user = userEvent.setup();
    await renderOptions();
    await user.upload(within(region('Programs')).getByLabelText('Import a catalog (JSON file)'), jsonFile('{ not json'));
    const alert = await within(region('Programs')).findByRole('alert');
    expect(alert.textContent).toContain('The file is not valid JSON');
  });

  it('stores a valid catalog, lists its programs, and resets to built-in', async () => {
    const user = userEvent.setup();
    const { storage } = await renderOptions();
    const data = JSON.parse(exportCatalog(CURRENT_CATALOG));
    data.name = 'Acme tenant programs';
    data.programs = data.programs.slice(0, 2);
    await user.upload(within(region('Programs')).getByLabelText('Import a catalog (JSON file)'), jsonFile(JSON.stringify(data)));

    await waitFor(() => expect(storage.customCatalog?.name).toBe('Acme tenant programs'));
    expect(programSwitches()).toEqual(data.programs.map((p: { id: string }) => `program-${p.id}`));
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain(
      'Imported "Acme tenant programs" (2 programs). The panel now uses it instead of the built-in edition.',
    );

    await user.click(within(region('Programs')).getByRole('button', { name: 'Reset to built-in' }));
    await waitFor(() => expect(storage.customCatalog).toBeNull());
    expect(programSwitches()).toHaveLength(CURRENT_CATALOG.programs.length);
  });

  it('exports the catalog in use as JSON that imports again', async () => {
    const user = userEvent.setup();
    const { storage } = await renderOptions();
    await user.click(within(region('Programs')).getByRole('button', { name: 'Export catalog (JSON)' }));
    expect(storage.downloads).toHaveLength(1);
    expect(storage.downloads[0]!.filename).toMatch(/^cta-catalog-current-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(storage.downloads[0]!.text)).toEqual(CURRENT_CATALOG);
  });
});
