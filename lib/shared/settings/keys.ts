/**
 * The storage keys of the settings and the custom catalog. Read and write them through the typed items
 * in items.ts; the names are here for code that only needs to recognise a change.
 */
export const SETTINGS_KEY = 'settings';
/** An imported catalog that replaces the built-in edition until "Reset to built-in". */
export const CUSTOM_CATALOG_KEY = 'customCatalog';
