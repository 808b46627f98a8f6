/**
 * Searchable pickers (a Playbook list too long to scroll): type the name into the picker's search box,
 * wait for the answer, and click the option whose text IS the name. Never the first option, never one
 * that merely starts with the same words ("Duo Admin Onboarding - Pilot (retired)" is not "Duo Admin
 * Onboarding"): a wrong playbook adds the wrong emails to the customer's CTA.
 */
import { sameName } from '../../../shared/planning/names';
import { clickOption, LIST_SETTLE_MS, listboxOf, listSignature, openListbox, shownText, waitForOption } from './combobox';
import type { FormControl } from './controls';
import { setControlValue } from './native-fill';

/** The box to type in: the combobox itself when it is editable, else a search box the opened picker shows beside its list. */
function searchBoxOf(combobox: HTMLElement, listbox: HTMLElement | null): HTMLInputElement | null {
  if (combobox instanceof HTMLInputElement) return combobox;
  for (let box = listbox?.parentElement ?? null, depth = 0; box && depth < 3; box = box.parentElement, depth++) {
    const input = box.querySelector('input[type="search"], input[type="text"], input:not([type]), [role="searchbox"]');
    if (input instanceof HTMLInputElement) return input;
  }
  return null;
}

/**
 * Searches for each name in turn and picks the option that is exactly one of `names`; returns the name
 * picked, or null when no option is (the picker is left showing whatever it showed).
 */
export async function pickSearched(combobox: HTMLElement, names: readonly string[], signal?: AbortSignal): Promise<string | null> {
  const rank = (text: string) => {
    const i = names.findIndex((n) => sameName(n, text));
    return i < 0 ? null : i;
  };
  const picked = (text: string) => names.find((n) => sameName(n, text)) ?? null;
  if (rank(shownText(combobox)) !== null) return picked(shownText(combobox));
  const listbox = combobox instanceof HTMLInputElement ? null : await openListbox(combobox, signal);
  const search = searchBoxOf(combobox, listbox);
  const choose = async (finder: () => HTMLElement | null, before?: string) => {
    const option = await waitForOption(finder, rank, signal, LIST_SETTLE_MS, before);
    if (!option) return null;
    const text = shownText(option);
    clickOption(option);
    return picked(text);
  };
  // No search box: a plain list, chosen from as it is.
  if (!search) return listbox ? choose(() => listboxOf(combobox) ?? listbox) : null;
  const results = () => listboxOf(search) ?? listboxOf(combobox);
  for (const name of names) {
    const before = listSignature(results());
    setControlValue(search as FormControl, name);
    const found = await choose(results, before);
    if (found) return found;
  }
  return null;
}
