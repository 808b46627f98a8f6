/**
 * Email addresses for To and CC. Addresses come from page data, so anything that is not plainly one
 * address (commas, angle brackets, quotes, spaces, markup) is refused rather than passed on: the To
 * field is comma-separated, and a crafted "address" must not smuggle in a second recipient.
 */
const ADDRESS = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && ADDRESS.test(value);
}

export interface Addresses {
  valid: string[];
  /** The raw values refused, to name in a warning. */
  refused: string[];
}

/** Valid addresses once each (case-insensitive), in order; `exclude` drops ones already used elsewhere. */
export function addressList(values: readonly (string | null | undefined)[], exclude: readonly string[] = []): Addresses {
  const seen = new Set(exclude.map((e) => e.toLowerCase()));
  const result: Addresses = { valid: [], refused: [] };
  for (const raw of values) {
    const value = raw?.trim();
    if (!value) continue;
    if (!isEmailAddress(value)) {
      result.refused.push(value);
      continue;
    }
    if (seen.has(value.toLowerCase())) continue;
    seen.add(value.toLowerCase());
    result.valid.push(value);
  }
  return result;
}
