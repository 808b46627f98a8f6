import type { AccountFieldKey, AccountFields } from '../../shared/accounts/account';
import { ACCOUNT_FIELD_KEYS, OPTIONAL_FIELDS } from '../../shared/accounts/registry';
import { readFields } from '../../shared/accounts/field-values';
import type { DateOrderSource } from '../../shared/dates';
import type { Settings } from '../../shared/settings/schema';
import { findLabelledValues, valueText } from '../dom/labelled-values';
import { allElements, containsDeep, isRendered, ownText } from '../dom/walk';
import { LOCK_CAPTIONS, PERMISSION_NEEDED, shownText } from './c360-text';

/**
 * The company's fields on Customer360, by the labels the tenant shows: attribute widgets (a label
 * and the value's heading), summary widgets (`h6` label, `h4` value), lists of terms. A value C360
 * masks ("Permission Needed") is unreadable and says why; masked widgets that show no label at all
 * are counted, so a field missing from the page can say it may be behind one of them.
 */

type Labels = Settings['gainsight']['labels'];

export interface CompanyFieldsReading {
  fields: Partial<AccountFields>;
  unreadable: Partial<Record<AccountFieldKey, string>>;
  fieldNotes: Partial<Record<AccountFieldKey, string>>;
  /** Every field the engine cannot do without was found on the page (read, empty or masked), or may be behind a masked widget. */
  allFound: boolean;
  /** The text shown for each found label, for the reader's other look-ups (the Salesforce id). */
  texts: Map<string, string>;
}

/** "Permission Needed" captions that belong to no label the reader found: masked summary widgets. */
function unlabelledMasks(doc: Document, values: Iterable<Element | null>): number {
  const owners = [...values].filter((v): v is Element => v !== null);
  let count = 0;
  for (const el of allElements(doc)) {
    if (!PERMISSION_NEEDED.test(ownText(el)) || !isRendered(el)) continue;
    if (!owners.some((owner) => containsDeep(owner, el))) count++;
  }
  return count;
}

function maskNote(label: string, masks: number): string {
  const widgets = masks === 1 ? 'a widget shows' : `${masks} widgets show`;
  return `${label} is not on the page, and ${widgets} “Permission Needed” with no label: it may be hidden there`;
}

export function readCompanyFields(doc: Document, labels: Labels, dateOrder: DateOrderSource, extraLabels: readonly string[] = []): CompanyFieldsReading {
  const found = findLabelledValues(doc, [...ACCOUNT_FIELD_KEYS.map((key) => labels[key]), ...extraLabels], { captions: LOCK_CAPTIONS });
  const texts = new Map<string, string>();
  for (const [label, el] of found) texts.set(label, el ? valueText(el) : '');

  const fieldNotes: CompanyFieldsReading['fieldNotes'] = {};
  const masked: Partial<Record<AccountFieldKey, string>> = {};
  const raws = ACCOUNT_FIELD_KEYS.map((key) => {
    const label = labels[key];
    const text = texts.get(label);
    if (text !== undefined && PERMISSION_NEEDED.test(text)) {
      masked[key] = 'Permission Needed';
      fieldNotes[key] = `${label} shows “Permission Needed”: you are not allowed to see it`;
      return [key, undefined] as const;
    }
    return [key, text === undefined ? undefined : shownText(text)] as const;
  });
  const { fields, unreadable } = readFields(raws, dateOrder);

  const missing = ACCOUNT_FIELD_KEYS.filter((key) => !found.has(labels[key]));
  const masks = missing.length ? unlabelledMasks(doc, found.values()) : 0;
  if (masks) for (const key of missing) fieldNotes[key] = maskNote(labels[key], masks);
  // A field that may be behind a mask will not render later: only fields beyond the masks are awaited.
  const awaited = missing.filter((key) => !OPTIONAL_FIELDS.has(key));

  return {
    fields,
    unreadable: { ...unreadable, ...masked },
    fieldNotes,
    allFound: awaited.length <= masks,
    texts,
  };
}
