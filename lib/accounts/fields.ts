/** Kept for the adapters that import the field list from here; the registry declares it. */
export { ACCOUNT_FIELD_KEYS, OPTIONAL_FIELDS } from './registry';
