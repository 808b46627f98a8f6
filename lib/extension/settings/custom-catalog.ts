import { builtInCatalog } from '../../shared/programs/catalogs';
import { catalogProblems } from '../../shared/programs/catalog-checks';
import { CatalogSchema } from '../../shared/programs/schema';
import type { Catalog, CatalogInUse } from '../../shared/programs/types';
import { customCatalogItem } from './items';
import type { Settings } from '../../shared/settings/schema';

/**
 * The imported catalog, kept in browser.storage.local. It replaces the built-in edition everywhere
 * (the background hands it to the pages through 'catalog.get') until the user resets to built-in.
 */

export async function loadCustomCatalog(): Promise<Catalog | null> {
  const stored = await customCatalogItem.getValue();
  if (stored === null) return null;
  // Written only after a validated import, but storage outlives versions: a catalog this version
  // cannot read falls back to the built-in edition rather than breaking every page.
  const parsed = CatalogSchema.safeParse(stored);
  return parsed.success && catalogProblems(parsed.data).length === 0 ? parsed.data : null;
}

export async function saveCustomCatalog(catalog: Catalog): Promise<void> {
  await customCatalogItem.setValue(catalog);
}

export async function clearCustomCatalog(): Promise<void> {
  await customCatalogItem.removeValue();
}

export async function catalogInUse(settings: Settings): Promise<CatalogInUse> {
  const custom = await loadCustomCatalog();
  return custom ? { catalog: custom, source: 'custom' } : { catalog: builtInCatalog(settings.programs.edition), source: 'built-in' };
}
