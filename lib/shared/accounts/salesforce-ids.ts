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
