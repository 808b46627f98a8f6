import { takeFileText } from '../files';
import { fieldIds } from '../fields/field-ids';
import { Notices } from '../layout/Notices';
import { useOptions } from '../StoreContext';

const ids = fieldIds('catalog-file');

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
      <div className="field">
        <label htmlFor={ids.id}>Import a catalog (JSON file)</label>
        <input
          id={ids.id}
          type="file"
          accept="application/json,.json"
          aria-describedby={ids.hint}
          onChange={(event) => {
            void takeFileText(event.currentTarget).then((text) => (text === null ? undefined : importCatalogText(text)));
          }}
        />
        <p id={ids.hint} className="field-hint">
          Start from an export. The imported catalog replaces the built-in edition until you reset; a file with any error changes nothing.
        </p>
      </div>
      {custom && (
        <button type="button" onClick={() => void resetCatalog()}>
          Reset to built-in
        </button>
      )}
      <Notices area="catalog" />
    </fieldset>
  );
}
