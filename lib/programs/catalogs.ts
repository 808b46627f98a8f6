import { CURRENT_CATALOG } from './catalog-current';
import { EARLIER_CATALOG } from './catalog-earlier';
import type { Catalog, Edition } from './types';

export const BUILT_IN_CATALOGS: Readonly<Record<Edition, Catalog>> = {
  current: CURRENT_CATALOG,
  earlier: EARLIER_CATALOG,
};

/** The built-in catalog of an edition; "current" is the default. */
export const builtInCatalog = (edition: Edition = 'current'): Catalog => BUILT_IN_CATALOGS[edition];
