import { exportCatalog, importCatalog } from '@/lib/shared/programs/catalog-io';
import { builtInCatalog } from '@/lib/shared/programs/catalogs';
import type { Catalog } from '@/lib/shared/programs/types';
import { fileDate } from '../files';
import { errorText, type CatalogSlice, type OptionsState, type Slice } from './types';

/** The catalog the engine uses: the imported one, else the built-in edition chosen in the form. */
export const catalogInUse = (state: Pick<OptionsState, 'customCatalog' | 'draft'>): Catalog =>
  state.customCatalog ?? builtInCatalog(state.draft.programs.edition);

const programCount = (catalog: Catalog) => `${catalog.programs.length} program${catalog.programs.length === 1 ? '' : 's'}`;

export const catalogSlice: Slice<CatalogSlice> = (set, get, backend) => ({
  customCatalog: null,

  async importCatalogText(text) {
    const result = importCatalog(text);
    if (!result.ok) {
      get().notify('catalog', {
        kind: 'error',
        text: 'The catalog was not imported and nothing changed. Fix these problems in the file, then import it again:',
        details: result.errors,
      });
      return false;
    }
    try {
      await backend.saveCustomCatalog(result.catalog);
    } catch (error) {
      get().notify('catalog', { kind: 'error', text: `The catalog was not imported: ${errorText(error)}` });
      return false;
    }
    set({ customCatalog: result.catalog });
    get().notify('catalog', {
      kind: 'status',
      text: `Imported "${result.catalog.name}" (${programCount(result.catalog)}). The panel now uses it instead of the built-in edition.`,
    });
    return true;
  },

  async resetCatalog() {
    await backend.clearCustomCatalog();
    set({ customCatalog: null });
    const builtIn = catalogInUse(get());
    get().notify('catalog', { kind: 'status', text: `Back to the built-in catalog: ${builtIn.name} (${programCount(builtIn)}).` });
  },

  exportCatalog() {
    const catalog = catalogInUse(get());
    backend.download(`cta-catalog-${catalog.edition}-${fileDate()}.json`, exportCatalog(catalog));
    get().notify('catalog', { kind: 'status', text: `Exported "${catalog.name}" as a JSON file.` });
  },
});
