/**
 * Form controls by their visible label, inside one container (a dialog): `<label for>`, a label wrapping
 * its control, `aria-label`, or `aria-labelledby`. Labels are tenant-configurable, so callers pass them in.
 */
import { allElements, normaliseLabel } from '../../dom/walk';
import { accessibleName } from './accessible';

export type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const CONTROL = 'input, select, textarea';

export function isFormControl(el: Element | null): el is FormControl {
  return el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement;
}

/** The form control labelled `label` inside `container`, or null. */
export function controlByLabel(container: Element, label: string): FormControl | null {
  const wanted = normaliseLabel(label);
  for (const el of allElements(container)) {
    if (el.matches(CONTROL) && isFormControl(el) && normaliseLabel(accessibleName(el)) === wanted) return el;
  }
  return null;
}

/** A rich-text editor (contenteditable, role=textbox) named `name` inside `container`. */
export function editorByName(container: Element, name: string): HTMLElement | null {
  const wanted = normaliseLabel(name);
  for (const el of allElements(container)) {
    if (el instanceof HTMLElement && el.isContentEditable && normaliseLabel(accessibleName(el)) === wanted) return el;
  }
  return null;
}

/** A field's control, native or ARIA (a combobox a user picks in): what a label names in a form. */
const FIELD = `${CONTROL}, [role="combobox"]`;

/** The control labelled `label` inside `container`, a combobox included; null when there is none. */
export function fieldByLabel(container: Element, label: string): HTMLElement | null {
  const wanted = normaliseLabel(label);
  for (const el of allElements(container)) {
    if (el instanceof HTMLElement && el.matches(FIELD) && normaliseLabel(accessibleName(el)) === wanted) return el;
  }
  return null;
}

/** Every field control inside `container`, for the required-field check. */
export function fieldsIn(container: Element): HTMLElement[] {
  return [...allElements(container)].filter((el): el is HTMLElement => el instanceof HTMLElement && el.matches(FIELD) && !el.matches('[type="hidden"], [type="checkbox"], [type="radio"], [type="button"], [type="submit"]'));
}

/** Required as the form marks it: `required`, `aria-required`, or a `*` after its label. */
export function isRequired(el: HTMLElement): boolean {
  return el.hasAttribute('required') || el.getAttribute('aria-required') === 'true' || /\*\s*$/.test(accessibleName(el));
}
