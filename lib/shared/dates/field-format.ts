/**
 * The format a date field takes its dates in, told by the field itself: a placeholder (`MM/DD/YYYY`,
 * `dd.mm.yyyy`), a `pattern` (`\d{2}/\d{2}/\d{4}`: where the year goes and the separator, not which of
 * the other two is the month), or an example beside it (`e.g. 12/31/2026`). What the field does not
 * tell comes from the page's date order. Pure: the caller reads the DOM.
 */
import type { IsoDate } from '../accounts/account';
import { orderProvenBy, type DateOrder } from './parse';

type Part = 'Y' | 'M' | 'D';

export interface DateFieldFormat {
  /** The three parts in the order they are typed. */
  order: readonly [Part, Part, Part];
  separator: string;
  /** Digits per part: 2 pads months and days with a zero ("03"), 1 does not ("3"); a year has 4 or 2. */
  widths: Readonly<Record<Part, number>>;
}

export const ISO_FORMAT: DateFieldFormat = { order: ['Y', 'M', 'D'], separator: '-', widths: { Y: 4, M: 2, D: 2 } };

const PLACEHOLDER = /^\s*([YMD]{1,4})([/.\- ])([YMD]{1,4})\2([YMD]{1,4})\s*$/i;
const EXAMPLE = /(?<![\d/.-])(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})(?![\d/-])/;

function partsOf(order: DateOrder): [Part, Part, Part] {
  return order === 'MDY' ? ['M', 'D', 'Y'] : order === 'DMY' ? ['D', 'M', 'Y'] : ['Y', 'M', 'D'];
}

/** `MM/DD/YYYY`, `dd.mm.yyyy`, `YYYY-MM-DD`, `M/D/YY`: a placeholder spelling out the parts. */
export function formatFromPlaceholder(placeholder: string): DateFieldFormat | null {
  const m = PLACEHOLDER.exec(placeholder);
  if (!m) return null;
  const tokens = [m[1]!, m[3]!, m[4]!].map((t) => t.toUpperCase());
  const parts = tokens.map((t) => t[0] as Part);
  if (new Set(parts).size !== 3 || tokens.some((t) => !/^(.)\1*$/.test(t))) return null;
  const widths = { Y: 4, M: 2, D: 2 };
  tokens.forEach((t, i) => (widths[parts[i]!] = t.length));
  if (widths.Y !== 2 && widths.Y !== 4) return null;
  return { order: parts as [Part, Part, Part], separator: m[2]!, widths };
}

/** A `pattern` of three digit groups: the four-digit group is the year; the order of the others is the page's. */
export function formatFromPattern(pattern: string, pageOrder: DateOrder): DateFieldFormat | null {
  const group = String.raw`(?:\\d|\[0-9\])\{(\d)(?:,(\d))?\}`;
  const m = new RegExp(`^\\^?${group}(\\\\?[/.\\- ])${group}\\3${group}\\$?$`).exec(pattern);
  if (!m) return null;
  const w = [Number(m[2] ?? m[1]), Number(m[5] ?? m[4]), Number(m[7] ?? m[6])];
  const separator = m[3]!.replace('\\', '');
  if (w[0] === 4) return { order: ['Y', 'M', 'D'], separator, widths: { Y: 4, M: w[1]!, D: w[2]! } };
  if (w[2] !== 4) return null;
  return pageOrder === 'DMY'
    ? { order: ['D', 'M', 'Y'], separator, widths: { Y: 4, D: w[0]!, M: w[1]! } }
    : { order: ['M', 'D', 'Y'], separator, widths: { Y: 4, M: w[0]!, D: w[1]! } };
}

/** A date shown as an example near the field: it proves its order when a number is over 12, else the page's does. */
export function formatFromExample(text: string, pageOrder: DateOrder): DateFieldFormat | null {
  const m = EXAMPLE.exec(text);
  if (!m) return null;
  const [, a, separator, , c] = m;
  if (a!.length === 4) return { order: ['Y', 'M', 'D'], separator: separator!, widths: { Y: 4, M: 2, D: 2 } };
  if (c!.length !== 4) return null;
  const order = orderProvenBy(m[0]) ?? (pageOrder === 'DMY' ? 'DMY' : 'MDY');
  return { order: partsOf(order), separator: separator!, widths: { Y: 4, M: a!.length, D: a!.length } };
}

/** The page's order alone, with its separator: `/` for month-first, `.` or `/` as its own dates show for day-first. */
export function formatFromOrder(order: DateOrder, separator = order === 'YMD' ? '-' : '/'): DateFieldFormat {
  return { order: partsOf(order), separator, widths: { Y: 4, M: 2, D: 2 } };
}

export function formatIsoFor(date: IsoDate, format: DateFieldFormat): string {
  const [y, m, d] = date.split('-');
  const value: Record<Part, string> = { Y: y!, M: m!, D: d! };
  return format.order
    .map((part) => {
      const v = value[part];
      if (part === 'Y') return format.widths.Y === 2 ? v.slice(2) : v;
      return format.widths[part] === 1 ? String(Number(v)) : v;
    })
    .join(format.separator);
}

/** How the format reads to a person: "MM/DD/YYYY". */
export function describeFormat(format: DateFieldFormat): string {
  return format.order.map((part) => part.repeat(format.widths[part])).join(format.separator);
}
