import { parseDisplayDate, type DateOrder } from '../dates';
import {
  CI_SCORES, DEPLOYMENTS, PERMISSIONS, PLANS,
  type AccountFieldKey, type AccountFields, type Permission, type Segment,
} from './account';

/**
 * Turns the text a page shows for a field into the snapshot's typed value. Empty placeholders are
 * a known "none"; text that fits no known form is returned as unreadable, never guessed.
 */

export type FieldReading<K extends AccountFieldKey> = { value: AccountFields[K] } | { unreadable: string };

const EMPTY = /^(?:|—|–|-|--|n\/a|none|null|not set|\(blank\))$/i;

type Kind = 'date' | 'money' | 'percent' | 'count' | 'yesno' | 'text' | 'segment' | 'plan' | 'deployment' | 'ciScore';

const KINDS: Record<AccountFieldKey, Kind> = {
  customerSince: 'date', subscriptionStartDate: 'date', renewalDate: 'date', lastRenewalDate: 'date',
  csmAssignedDate: 'date', ultimateSince: 'date', duoPurchaseDate: 'date',
  arr: 'money', ciUtilization: 'percent', licenseUtilization: 'percent', issuesEpicsCreated: 'count',
  activeSubscription: 'yesno', controlGroup: 'yesno',
  csm: 'text', csmEmail: 'text',
  segment: 'segment', plan: 'plan', deployment: 'deployment', ciScore: 'ciScore',
};

/** Tenants word segments their own way; these are the spellings seen in the seeds and handbooks. */
const SEGMENT_WORDS: [RegExp, Segment][] = [
  [/^(?:tech ?touch|digital(?: smb)?|smb)\b/i, 'Tech Touch'],
  [/^scale\b/i, 'Scale'],
  [/^(?:csm|tam|cse)[- ]?(?:assigned|managed)\b|^named csm\b/i, 'CSM-Assigned'],
];

function oneOf<T extends string>(values: readonly T[], text: string, aliases: Record<string, T> = {}): T | undefined {
  const lower = text.toLowerCase();
  return values.find((v) => v.toLowerCase() === lower) ?? aliases[lower];
}

function number(text: string): number | undefined {
  const cleaned = text.replace(/[$€£\s,]|usd|eur/gi, '');
  const match = /^(-?\d+(?:\.\d+)?)([kKmM]?)$/.exec(cleaned);
  if (!match) return undefined;
  const scale = { k: 1e3, K: 1e3, m: 1e6, M: 1e6 }[match[2] ?? ''] ?? 1;
  return Number(match[1]) * scale;
}

function read(kind: Kind, text: string, dateOrder: DateOrder): unknown {
  switch (kind) {
    case 'date':
      return parseDisplayDate(text, dateOrder) ?? undefined;
    case 'money':
      return number(text);
    case 'percent': {
      const n = number(text.replace(/%$/, ''));
      return n !== undefined && n >= 0 && n <= 100 ? n : undefined;
    }
    case 'count': {
      const n = number(text);
      return n !== undefined && Number.isInteger(n) && n >= 0 ? n : undefined;
    }
    case 'yesno':
      return /^(?:yes|true|y|✓|active)$/i.test(text) ? true : /^(?:no|false|n|✗|inactive)$/i.test(text) ? false : undefined;
    case 'text':
      return text;
    case 'segment':
      return SEGMENT_WORDS.find(([pattern]) => pattern.test(text))?.[1];
    case 'plan':
      return oneOf(PLANS, text.replace(/^gitlab\s+/i, ''));
    case 'deployment':
      return oneOf(DEPLOYMENTS, text, { 'gitlab.com': 'SaaS', 'self managed': 'Self-Managed', 'gitlab dedicated': 'Dedicated' });
    case 'ciScore':
      return oneOf(CI_SCORES, text);
  }
}

export function readField<K extends AccountFieldKey>(key: K, raw: string, dateOrder: DateOrder): FieldReading<K> {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (EMPTY.test(text)) return { value: null as AccountFields[K] };
  const value = read(KINDS[key], text, dateOrder);
  return value === undefined ? { unreadable: text } : { value: value as AccountFields[K] };
}

export interface FieldsReading {
  fields: Partial<AccountFields>;
  unreadable: Partial<Record<AccountFieldKey, string>>;
}

/**
 * Reads every field whose text was found (`undefined`: not on the page, left out so the engine
 * reports it) into the snapshot's `fields` and `unreadable`. One reader for every site adapter.
 */
export function readFields(raws: Iterable<readonly [AccountFieldKey, string | undefined]>, dateOrder: DateOrder): FieldsReading {
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

/** The browser locale's numeric order, for the "auto" date setting. */
export function localeDateOrder(locale?: string): DateOrder {
  const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date(2026, 10, 23))
    .map((p) => p.type)
    .filter((t) => t === 'year' || t === 'month' || t === 'day');
  if (parts[0] === 'year') return 'YMD';
  return parts[0] === 'day' ? 'DMY' : 'MDY';
}

/** The numeric date order to read pages with: the setting, or the browser locale's for "auto". */
export function pageDateOrder(setting: DateOrder | 'auto', locale?: string): DateOrder {
  return setting === 'auto' ? localeDateOrder(locale) : setting;
}
