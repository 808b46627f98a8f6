import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { CURRENT_CATALOG } from '../../shared/programs/catalog-current';
import { EARLIER_CATALOG } from '../../shared/programs/catalog-earlier';
import { catalogInUse, clearCustomCatalog, loadCustomCatalog, saveCustomCatalog } from './custom-catalog';
import { CUSTOM_CATALOG_KEY } from '../../shared/settings/keys';
import { DEFAULT_SETTINGS } from '../../shared/settings/schema';

beforeEach(() => fakeBrowser.reset());

const earlier = { ...DEFAULT_SETTINGS, programs: { ...DEFAULT_SETTINGS.programs, edition: 'earlier' as const } };
const custom = { ...CURRENT_CATALOG, name: 'Acme programs', programs: CURRENT_CATALOG.programs.slice(0, 2) };

describe('the catalog in use', () => {
  it('is the built-in edition of the settings while no catalog was imported', async () => {
    expect(await catalogInUse(DEFAULT_SETTINGS)).toEqual({ catalog: CURRENT_CATALOG, source: 'built-in' });
    expect(await catalogInUse(earlier)).toEqual({ catalog: EARLIER_CATALOG, source: 'built-in' });
  });

  it('is the imported catalog, whatever the edition, until it is cleared', async () => {
    await saveCustomCatalog(custom);
    expect(await catalogInUse(earlier)).toEqual({ catalog: custom, source: 'custom' });
    await clearCustomCatalog();
    expect(await catalogInUse(earlier)).toEqual({ catalog: EARLIER_CATALOG, source: 'built-in' });
  });

  it('falls back to the built-in edition when the stored catalog no longer validates', async () => {
    await fakeBrowser.storage.local.set({ [CUSTOM_CATALOG_KEY]: { ...custom, schemaVersion: 2 } });
    expect(await loadCustomCatalog()).toBeNull();
    expect((await catalogInUse(DEFAULT_SETTINGS)).source).toBe('built-in');
  });
});
