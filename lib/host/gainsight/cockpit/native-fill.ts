/**
 * Writing into a host framework's controls so that it notices. Frameworks keep their own model and
 * update it from `input`/`change` events; React-style hosts also track the last value they set through
 * the element's own `value` property. So the value goes in through the prototype's native setter (which
 * a framework's instance-level override cannot intercept), then the events a user's typing would fire.
 */
import type { FormControl } from './controls';

function nativeValueSetter(control: FormControl): ((value: string) => void) | undefined {
  const proto =
    control instanceof HTMLSelectElement ? HTMLSelectElement.prototype
    : control instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype
    : HTMLInputElement.prototype;
  return Object.getOwnPropertyDescriptor(proto, 'value')?.set;
}

function announce(target: HTMLElement, input: Event): void {
  target.dispatchEvent(input);
  target.dispatchEvent(new Event('change', { bubbles: true }));
}

export function setControlValue(control: FormControl, value: string): void {
  const setter = nativeValueSetter(control);
  if (setter) setter.call(control, value);
  else control.value = value;
  announce(control, new Event('input', { bubbles: true }));
}

/** Picks the first option `accept` likes, by the label a user reads; returns that label, or null. */
export function chooseOption(select: HTMLSelectElement, accept: (label: string, value: string) => boolean): string | null {
  const option = [...select.options].find((o) => o.value !== '' && accept(o.text.trim(), o.value));
  if (!option) return null;
  setControlValue(select, option.value);
  return option.text.trim();
}

/**
 * Replaces a contenteditable's content with an already sanitized fragment. The fragment is inserted as
 * nodes, never re-parsed from a string, then `input` tells the editor its content changed.
 */
export function replaceEditableContent(editable: HTMLElement, fragment: DocumentFragment): void {
  editable.replaceChildren(fragment);
  announce(editable, new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' }));
}
