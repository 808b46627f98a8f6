import { CURRENT_CATALOG } from './catalog-current';
import { EARLIER_CATALOG } from './catalog-earlier';
import type { Catalog, Edition } from './types';

/** Built-in catalogs are shared by every caller (and cached compiled): freezing turns a stray edit into an error. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export const BUILT_IN_CATALOGS: Readonly<Record<Edition, Catalog>> = deepFreeze({
  current: CURRENT_CATALOG,
  earlier: EARLIER_CATALOG,
});

/** The built-in catalog of an edition; "current" is the default. */
export const builtInCatalog = (edition: Edition = 'current'): Catalog => BUILT_IN_CATALOGS[edition];
