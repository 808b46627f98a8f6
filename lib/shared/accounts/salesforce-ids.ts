/**
 * Salesforce record ids, checked before one goes into a URL, a query or a PATCH: 15 or 18 letters and
 * digits, the first three naming the object (001 Account, 003 Contact, 005 User).
 */
const RECORD_ID = /^[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?$/;

export type SalesforceKeyPrefix = '001' | '003' | '005';

/** `value` is a record id, and with `prefix`, one of that object. */
export function isRecordId(value: unknown, prefix?: SalesforceKeyPrefix): value is string {
  return typeof value === 'string' && RECORD_ID.test(value) && (prefix === undefined || value.startsWith(prefix));
}

const SUFFIX_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/**
 * The 18-character form of a record id. Gainsight may show the 15-character, case-sensitive form while
 * Lightning and the API use 18: the three added characters encode which letters of the 15 are upper
 * case, so both forms of one record become the same key.
 */
export function toId18(id: string): string {
  if (id.length !== 15) return id;
  let suffix = '';
  for (let block = 0; block < 3; block++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id.charAt(block * 5 + i);
      if (c >= 'A' && c <= 'Z') bits += 1 << i;
    }
    suffix += SUFFIX_CHARS.charAt(bits);
  }
  return id + suffix;
}
