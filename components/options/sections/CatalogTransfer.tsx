import { JsonFileField } from '../fields/JsonFileField';
import { Notices } from '../layout/Notices';
import { useOptions } from '../StoreContext';

/** Export, import (all or nothing, errors by path) and reset of the catalog; each takes effect at once. */
export function CatalogTransfer() {
  const custom = useOptions((s) => s.customCatalog);
  const importCatalogText = useOptions((s) => s.importCatalogText);
  const resetCatalog = useOptions((s) => s.resetCatalog);
  const exportCatalog = useOptions((s) => s.exportCatalog);
  return (
    <fieldset>
      <legend>Catalog file</legend>
      <p className="catalog-in-use">
        {custom ? `In use: "${custom.name}", an imported catalog that replaces the built-in edition.` : 'In use: the built-in catalog of the edition above.'}
      </p>
      <button type="button" onClick={exportCatalog}>
        Export catalog (JSON)
      </button>
      <JsonFileField
        name="catalog-file"
        label="Import a catalog (JSON file)"
        hint="Start from an export. The imported catalog replaces the built-in edition until you reset; a file with any error changes nothing."
        onText={importCatalogText}
      />
      {custom && (
        <button type="button" onClick={() => void resetCatalog()}>
          Reset to built-in
        </button>
      )}
      <Notices area="catalog" />
    </fieldset>
  );
}
