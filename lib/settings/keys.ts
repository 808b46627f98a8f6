/**
 * The browser.storage.local keys the options own. A dependency-free file, so host-page bundles can
 * listen for changes to these keys without pulling in the schema library.
 */
export const SETTINGS_KEY = 'settings';
/** An imported catalog that replaces the built-in edition until "Reset to built-in". */
export const CUSTOM_CATALOG_KEY = 'customCatalog';
