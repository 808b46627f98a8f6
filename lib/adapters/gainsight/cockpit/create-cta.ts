/**
 * The Create CTA form (C360 "+ CTA", or Cockpit's Create CTA): found by its dialog name, filled field by
 * field through the labels a CSM sees. It is never submitted here: the CSM reviews and clicks Save.
 */
import type { IsoDate } from '../../../accounts/account';
import type { Root } from '../../dom/walk';
import { findByRole } from './accessible';
import { controlByLabel, type FormControl } from './controls';
import { emptyReport, type FillReport } from './fill-report';
import { bestNameMatch, sameName } from '../../../planning/names';
import { chooseOption, setControlValue } from './native-fill';

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

export function findCreateCtaDialog(root: Root): HTMLElement | null {
  const dialog = findByRole(root, 'dialog', CTA_FORM_LABELS.dialog);
  return dialog instanceof HTMLElement ? dialog : null;
}

type FieldFill = (control: FormControl) => string | null;

/** Fills one labelled field; `fill` returns the value shown, or null with the problem already noted. */
function field(dialog: HTMLElement, label: string, report: FillReport, fill: FieldFill): void {
  const control = controlByLabel(dialog, label);
  if (!control) {
    report.problems.push(`No "${label}" field in the form: fill it by hand.`);
    return;
  }
  if (fill(control) !== null) report.filled.push(label);
}

function choose(control: FormControl, accept: (label: string, value: string) => boolean): string | null {
  if (control instanceof HTMLSelectElement) return chooseOption(control, accept);
  return null;
}

export function fillCreateCta(dialog: HTMLElement, values: CtaFormValues): FillReport {
  const report = emptyReport();
  const L = CTA_FORM_LABELS;
  field(dialog, L.company, report, (c) => {
    const chosen = choose(c, (label, value) => value === values.company.id || sameName(label, values.company.name));
    if (chosen === null) report.problems.push(`Company "${values.company.name}" is not offered: pick it by hand.`);
    return chosen;
  });
  field(dialog, L.type, report, (c) => {
    const chosen = choose(c, (label) => sameName(label, values.type));
    if (chosen === null) report.problems.push(`Type "${values.type}" is not offered: pick it by hand.`);
    return chosen;
  });
  field(dialog, L.name, report, (c) => {
    setControlValue(c, values.name);
    return values.name;
  });
  field(dialog, L.reason, report, (c) => {
    // The first preferred reason the tenant offers; choosing stops there (each choice sets the field).
    for (const reason of values.reasons) {
      const chosen = choose(c, (label) => sameName(label, reason));
      if (chosen !== null) return chosen;
    }
    report.problems.push('No matching Reason is offered: pick one by hand.');
    return null;
  });
  field(dialog, L.dueDate, report, (c) => {
    setControlValue(c, values.dueDate);
    return values.dueDate;
  });
  field(dialog, L.playbook, report, (c) => {
    const options = c instanceof HTMLSelectElement ? [...c.options].filter((o) => o.value !== '') : [];
    const match = bestNameMatch(options, (o) => o.text, values.playbookNames);
    if (!match || !(c instanceof HTMLSelectElement)) {
      report.problems.push(`Playbook "${values.playbookNames[0] ?? ''}" is not in this tenant's list: pick it by hand.`);
      return null;
    }
    return chooseOption(c, (_label, value) => value === match.value);
  });
  return report;
}
