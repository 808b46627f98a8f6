import { parseDisplayDate, type DateOrderSource } from '../dates';
import { CI_SCORES, DEPLOYMENTS, PERMISSIONS, PLANS, type AccountFieldKey, type AccountFields, type Permission } from './account';
import { numberText } from './number-text';
import { fieldKind, type FieldKind } from './registry';

/**
 * Turns the text a page shows for a field into the snapshot's typed value, by the field's kind in the
 * registry. Empty placeholders are a known "none"; text that fits no known form is returned as
 * unreadable, never guessed.
 */

export type FieldReading<K extends AccountFieldKey> = { value: AccountFields[K] } | { unreadable: string };

const EMPTY = /^(?:|—|–|-|--|n\/a|none|null|not set|\(blank\))$/i;

/** "0.75" (or "0,75") with no % sign may be a fraction (75%) or 0.75%: the text does not say which. */
const FRACTION_WITHOUT_PERCENT = /^0?[.,]\d+$/;

const PERCENT_SIGN = /\s*%$/;

function oneOf<T extends string>(values: readonly T[], text: string, aliases: Record<string, T> = {}): T | undefined {
  const lower = text.toLowerCase();
  return values.find((v) => v.toLowerCase() === lower) ?? aliases[lower];
}

function number(text: string): number | undefined {
  const read = numberText(text);
  return read !== null && 'value' in read ? read.value : undefined;
}

function percent(text: string): number | undefined {
  const digits = text.replace(PERCENT_SIGN, '');
  if (digits === text && FRACTION_WITHOUT_PERCENT.test(digits)) return undefined;
  const n = number(digits);
  return n !== undefined && n >= 0 && n <= 100 ? n : undefined;
}

const GROUP = /^(?:(?:group|variant|cohort)\s*)?([ab])$/i;

function read(kind: FieldKind, text: string, dateOrder: DateOrderSource): unknown {
  switch (kind) {
    case 'date':
      return parseDisplayDate(text, dateOrder) ?? undefined;
    case 'money':
      return number(text);
    case 'percent':
      return percent(text);
    case 'count': {
      const n = number(text);
      return n !== undefined && Number.isInteger(n) && n >= 0 ? n : undefined;
    }
    case 'yesno':
      return /^(?:yes|true|y|✓|active)$/i.test(text) ? true : /^(?:no|false|n|✗|inactive)$/i.test(text) ? false : undefined;
    case 'text':
    case 'segment':
      // A segment is kept as spelled: the engine maps spellings through a setting, and says when it cannot.
      return text;
    case 'plan':
      return oneOf(PLANS, text.replace(/^gitlab\s+/i, ''));
    case 'deployment':
      return oneOf(DEPLOYMENTS, text, { 'gitlab.com': 'SaaS', 'self managed': 'Self-Managed', 'gitlab dedicated': 'Dedicated' });
    case 'ciScore':
      return oneOf(CI_SCORES, text);
    case 'abGroup':
      return GROUP.exec(text)?.[1]?.toUpperCase();
  }
}

export function readField<K extends AccountFieldKey>(key: K, raw: string, dateOrder: DateOrderSource): FieldReading<K> {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (EMPTY.test(text)) return { value: null as AccountFields[K] };
  const value = read(fieldKind(key), text, dateOrder);
  return value === undefined ? { unreadable: text } : { value: value as AccountFields[K] };
}

/**
 * Why a field's text could not be read, in words a CSM can act on; null when the text alone does not
 * tell (the message then quotes it as it is).
 */
export function unreadableReason(key: AccountFieldKey, raw: string): string | null {
  const text = raw.replace(/\s+/g, ' ').trim();
  const kind = fieldKind(key);
  if ((kind === 'money' || kind === 'percent' || kind === 'count') && isAmbiguous(text.replace(PERCENT_SIGN, ''))) {
    return 'its dot may group thousands (120.000 = 120000) or mark decimals (120.000 = 120): the text does not say which';
  }
  switch (kind) {
    case 'percent': {
      const digits = text.replace(PERCENT_SIGN, '');
      if (digits === text && FRACTION_WITHOUT_PERCENT.test(digits)) return 'without a % sign it may be a fraction (0.75 = 75%) or a percentage';
      const n = number(digits);
      return n !== undefined && (n < 0 || n > 100) ? 'a percentage lies between 0 and 100' : null;
    }
    case 'date':
      return 'it is no date in the date order set in Options';
    case 'count':
      return 'it is not a whole number';
    case 'abGroup':
      return 'the group is neither A nor B';
    default:
      return null;
  }
}

function isAmbiguous(text: string): boolean {
  const read = numberText(text);
  return read !== null && 'ambiguous' in read;
}

export interface FieldsReading {
  fields: Partial<AccountFields>;
  unreadable: Partial<Record<AccountFieldKey, string>>;
}

/**
 * Reads every field whose text was found (`undefined`: not on the page, left out so the engine
 * reports it) into the snapshot's `fields` and `unreadable`. One reader for every site adapter.
 */
export function readFields(raws: Iterable<readonly [AccountFieldKey, string | undefined]>, dateOrder: DateOrderSource): FieldsReading {
  const fields: Partial<AccountFields> = {};
  const unreadable: Partial<Record<AccountFieldKey, string>> = {};
  for (const [key, raw] of raws) {
    if (raw === undefined) continue;
    const reading = readField(key, raw, dateOrder);
    if ('value' in reading) (fields as Record<AccountFieldKey, unknown>)[key] = reading.value;
    else unreadable[key] = reading.unreadable;
  }
  return { fields, unreadable };
}

/** Splits a multi-valued cell: Gainsight shows "A, B", Salesforce stores "A;B". */
export function splitValues(raw: string | null | undefined): string[] {
  if (!raw || EMPTY.test(raw.trim())) return [];
  return raw.split(/[;,\n]/).map((v) => v.trim()).filter((v) => v && !EMPTY.test(v));
}

export function readPermission(raw: string): Permission | null {
  return oneOf(PERMISSIONS, raw.trim()) ?? null;
}

export function readYes(raw: string): boolean {
  return /^(?:yes|true|y|✓|☑|checked)$/i.test(raw.trim());
}

// In lib/shared/dates, so a host-page filler gets them without this module's field registry.
export { localeDateOrder, pageDateOrder } from '../dates/page-order';
