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
