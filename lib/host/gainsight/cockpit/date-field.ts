/**
 * A date typed in the field's own format: a date input takes ISO; a text field says its format in its
 * placeholder, its `pattern` or an example beside it, and only when it says nothing does the page's own
 * date order decide (the one the C360 reader learns from the page's dates, or the user's setting).
 */
import type { IsoDate } from '../../../shared/accounts/account';
import { parseDisplayDate, type DateOrder } from '../../../shared/dates/parse';
import { formatFromExample, formatFromOrder, formatFromPattern, formatFromPlaceholder, formatIsoFor, ISO_FORMAT, type DateFieldFormat } from '../../../shared/dates/field-format';
import { textOf } from '../../dom/walk';

/** Text near the field that may show an example date: what describes it, then its row. */
function nearbyText(input: HTMLInputElement): string {
  const root = input.getRootNode() as Document | ShadowRoot;
  const described = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean).map((id) => textOf(root.getElementById?.(id)));
  return [...described, input.title, textOf(input.parentElement)].join(' ');
}

export function dateFormatOf(input: HTMLInputElement, pageOrder: () => DateOrder): DateFieldFormat {
  if (input.type === 'date') return ISO_FORMAT;
  const placeholder = formatFromPlaceholder(input.placeholder);
  if (placeholder) return placeholder;
  const pattern = input.pattern ? formatFromPattern(input.pattern, pageOrder()) : null;
  if (pattern) return pattern;
  return formatFromExample(nearbyText(input), pageOrder()) ?? formatFromOrder(pageOrder());
}

const orderOf = (format: DateFieldFormat): DateOrder => (format.order[0] === 'Y' ? 'YMD' : format.order[0] === 'M' ? 'MDY' : 'DMY');

/** The date as this field writes it. */
export function dateText(date: IsoDate, format: DateFieldFormat): string {
  return formatIsoFor(date, format);
}

/** Whether the field shows `date` (a host may re-pad "3/7/2026" as "03/07/2026": the date is what counts). */
export function showsDate(shown: string, date: IsoDate, format: DateFieldFormat): boolean {
  return shown === formatIsoFor(date, format) || parseDisplayDate(shown, orderOf(format)) === date;
}
