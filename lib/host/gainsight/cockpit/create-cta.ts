/**
 * The Create CTA form (C360 "+ CTA", or Cockpit's Create CTA): found by its dialog name, filled field by
 * field through the labels a CSM sees, whether the tenant builds it from native selects or from its own
 * comboboxes and searchable pickers. Then every field is read back, and the report says what the form
 * shows, not what was attempted. It is never submitted here: the CSM reviews and clicks Save.
 */
import type { IsoDate } from '../../../shared/accounts/account';
import type { DateOrder } from '../../../shared/dates/parse';
import { normaliseLabel, type Root } from '../../dom/walk';
import { sameName } from '../../../shared/planning/names';
import { accessibleName, findByRole } from './accessible';
import { fieldByLabel, fieldsIn, isRequired } from './controls';
import { dateFormatOf, dateText, showsDate } from './date-field';
import { chooseIn, shownValue, typeInto, type Rank } from './field-fill';
import { emptyReport, type FillReport } from './fill-report';
import { pickSearched } from './search-picker';
import { until } from './combobox';

/** How long a form may take to show what was chosen before it is read back as it stands. */
const SHOW_TIMEOUT_MS = 2_000;
import { setControlValue } from './native-fill';

/** The form's labels as Gainsight ships them; tenants may rename them (candidates for settings). */
export const CTA_FORM_LABELS = {
  dialog: 'Create CTA',
  company: 'Company',
  type: 'Type',
  name: 'Name',
  reason: 'Reason',
  dueDate: 'Due Date',
  playbook: 'Playbook',
} as const;

export interface CtaFormValues {
  company: { id: string; name: string };
  type: string;
  name: string;
  /** Reasons in order of preference; the first one the tenant offers is taken. */
  reasons: readonly string[];
  dueDate: IsoDate;
  /** Names the program's playbook may go by (playbook, program name, aliases). */
  playbookNames: readonly string[];
}

export interface CtaFillOptions {
  signal?: AbortSignal;
  /** The page's numeric date order, for a date field that does not say its format. */
  dateOrder: () => DateOrder;
}

export function findCreateCtaDialog(root: Root): HTMLElement | null {
  const dialog = findByRole(root, 'dialog', CTA_FORM_LABELS.dialog);
  return dialog instanceof HTMLElement ? dialog : null;
}

/** What a field should show once filled, and what to tell the CSM when it does not. */
interface Expectation {
  control: HTMLElement;
  label: string;
  shows(shown: string): boolean;
  wanted: string;
}

/** Ranks options by the first of `wanted` they are (exactly, by name): never a look-alike. */
const exactly = (wanted: readonly string[]): Rank => (text) => {
  const i = wanted.findIndex((w) => sameName(w, text));
  return i < 0 ? null : i;
};

const unique = (names: readonly string[]) => names.filter((n, i) => names.findIndex((m) => sameName(m, n)) === i);

export async function fillCreateCta(dialog: HTMLElement, values: CtaFormValues, options: CtaFillOptions): Promise<FillReport> {
  const { signal } = options;
  const L = CTA_FORM_LABELS;
  const report = emptyReport();
  const expected: Expectation[] = [];
  const notOffered = new Set<string>();
  const field = (label: string) => {
    const control = fieldByLabel(dialog, label);
    if (!control) report.problems.push(`No "${label}" field in the form: fill it by hand.`);
    return control;
  };
  const choose = async (label: string, wanted: readonly string[], missing: string, fill = chooseIn) => {
    const control = field(label);
    if (!control) return;
    expected.push({ control, label, wanted: wanted[0] ?? '', shows: (shown) => exactly(wanted)(shown) !== null });
    if ((await fill(control, exactly(wanted), signal)) === null) {
      notOffered.add(label);
      report.problems.push(missing);
    }
  };

  await choose(L.company, [values.company.name], `Company "${values.company.name}" is not offered: pick it by hand.`, (c, rank, s) =>
    c instanceof HTMLSelectElement ? chooseCompany(c, values.company, rank) : chooseIn(c, rank, s));
  await choose(L.type, [values.type], `Type "${values.type}" is not offered: pick it by hand.`);
  const name = field(L.name);
  if (name && typeInto(name, values.name)) expected.push({ control: name, label: L.name, wanted: values.name, shows: (s) => s === values.name });
  else if (name) report.problems.push(`"${L.name}" is not a field the extension can type in: name the CTA "${values.name}" by hand.`);
  await choose(L.reason, values.reasons, 'No matching Reason is offered: pick one by hand.');
  const due = field(L.dueDate);
  if (due instanceof HTMLInputElement) {
    const format = dateFormatOf(due, options.dateOrder);
    const text = dateText(values.dueDate, format);
    typeInto(due, text);
    expected.push({ control: due, label: L.dueDate, wanted: text, shows: (s) => showsDate(s, values.dueDate, format) });
  } else if (due) report.problems.push(`"${L.dueDate}" is not a field the extension can type in: set it to ${values.dueDate} by hand.`);
  const playbooks = unique(values.playbookNames);
  await choose(L.playbook, playbooks, `Playbook "${playbooks[0] ?? ''}" is not in this tenant's list: pick it by hand.`, (c, rank, s) =>
    c instanceof HTMLSelectElement ? chooseIn(c, rank, s) : pickSearched(c, playbooks, s));

  // A host may show a choice a moment after the click (its change detection): wait for that, briefly.
  const chosen = expected.filter((e) => !notOffered.has(e.label));
  await until(() => (chosen.every((e) => e.shows(shownValue(e.control))) ? true : null), signal, SHOW_TIMEOUT_MS);
  verify(dialog, expected, notOffered, report);
  return report;
}

/** The company by its id where the select's values are ids (names can repeat), else by its name. */
function chooseCompany(select: HTMLSelectElement, company: { id: string; name: string }, rank: Rank): Promise<string | null> {
  const byId = [...select.options].find((o) => o.value === company.id);
  if (!byId) return chooseIn(select, rank);
  setControlValue(select, byId.value);
  return Promise.resolve(byId.text.trim());
}

/**
 * Reads every field back: a field counts as filled only when the form shows the value. Then any other
 * required field still empty is named, so "complete" means the form can be saved as it stands.
 */
function verify(dialog: HTMLElement, expected: readonly Expectation[], notOffered: ReadonlySet<string>, report: FillReport): void {
  for (const e of expected) {
    const shown = shownValue(e.control);
    if (e.shows(shown)) report.filled.push(e.label);
    else if (!notOffered.has(e.label)) report.problems.push(`${e.label} shows "${shown || 'nothing'}" instead of "${e.wanted}": set it by hand.`);
  }
  const handled = new Set(expected.map((e) => e.control));
  for (const control of fieldsIn(dialog)) {
    if (handled.has(control) || !isRequired(control) || shownValue(control) !== '') continue;
    const label = normaliseLabel(accessibleName(control));
    if (label) report.problems.push(`"${accessibleName(control).replace(/\s*\*\s*$/, '')}" is required and still empty: fill it by hand.`);
  }
}
