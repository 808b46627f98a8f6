/** A record as Salesforce's REST API returns it: field API names to plain values. */
export type SfValue = string | number | boolean | null;
export type SfRow = Record<string, SfValue>;
