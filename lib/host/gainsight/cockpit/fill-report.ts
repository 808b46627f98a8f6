/** What a fill did, in words the sidebar can show: which fields were filled and what the user must do. */
export interface FillReport {
  filled: string[];
  /** Each a sentence: a field that was not found, or a value the host did not offer. */
  problems: string[];
  /** Fields whose template text was kept (its tokens filled) rather than replaced. */
  kept?: string[];
  /** Fields the template left empty, filled with the catalog's text. */
  fromCatalog?: string[];
}

export function emptyReport(): FillReport {
  return { filled: [], problems: [] };
}
