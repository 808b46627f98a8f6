/**
 * One field of a host form, whatever it is built from: a native <select> or input, an ARIA combobox, a
 * searchable picker. Choosing goes by the option's text (what a user reads), never by position, and
 * `shownValue` reads back what the control shows now, which is what the fill is judged by.
 */
import { clickOption, isCombobox, LIST_SETTLE_MS, listboxOf, openListbox, optionsOf, shownText, waitForOption } from './combobox';
import { isFormControl } from './controls';
import { setControlValue } from './native-fill';

/** Ranks an option's text: null when it is not wanted, else lower is better. */
export type Rank = (text: string) => number | null;

/** What the control shows: a select's chosen option, an input's value, a combobox's displayed text. */
export function shownValue(control: HTMLElement): string {
  if (control instanceof HTMLSelectElement) {
    const option = control.selectedOptions[0];
    return option && option.value !== '' ? option.text.trim() : '';
  }
  return shownText(control);
}

function chooseNative(select: HTMLSelectElement, rank: Rank): string | null {
  let best: { option: HTMLOptionElement; rank: number } | null = null;
  for (const option of select.options) {
    const r = option.value === '' ? null : rank(option.text.trim());
    if (r !== null && (!best || r < best.rank)) best = { option, rank: r };
  }
  if (!best) return null;
  setControlValue(select, best.option.value);
  return best.option.text.trim();
}

/**
 * Chooses the best option `rank` accepts; returns its text, or null when none is offered. A combobox
 * already showing an accepted value is left as it is (a preset company, a second fill).
 */
export async function chooseIn(control: HTMLElement, rank: Rank, signal?: AbortSignal): Promise<string | null> {
  if (control instanceof HTMLSelectElement) return chooseNative(control, rank);
  if (!isCombobox(control)) return null;
  const current = shownValue(control);
  if (current && rank(current) !== null) return current;
  const listbox = await openListbox(control, signal);
  if (!listbox) return null;
  const option = await waitForOption(() => listboxOf(control) ?? (listbox.isConnected ? listbox : null), rank, signal, LIST_SETTLE_MS);
  if (!option) {
    // Leave the list closed as found: a user who looks next sees the form, not an open overlay.
    if (optionsOf(listbox).length && control.getAttribute('aria-expanded') === 'true') control.click();
    return null;
  }
  const text = shownText(option);
  clickOption(option);
  return text;
}

/** Types a value into a text field the way the host's model hears it. */
export function typeInto(control: HTMLElement, value: string): boolean {
  if (!isFormControl(control) || control instanceof HTMLSelectElement) return false;
  setControlValue(control, value);
  return true;
}
