/**
 * Recipient token pickers (To and CC on many tenants): an address counts once it is a token, not while
 * it is text in the box. Each address is typed; the suggestion that is exactly that address is clicked,
 * or, when the picker suggests none, Enter asks it to make a token of what was typed. Tokens the picker
 * held before that are not wanted are removed with their own remove buttons.
 */
import { textOf } from '../../dom/walk';
import { accessibleName } from './accessible';
import { clickOption, listboxOf, optionsOf, shownText, until } from './combobox';
import { setControlValue } from './native-fill';

/** How long a picker may take to suggest the address typed, or to show the token made. */
const SUGGEST_TIMEOUT_MS = 2_000;

const EMAIL_IN_TEXT = /[^\s<>(),;:"']+@[^\s<>(),;:"']+\.[^\s<>(),;:"']+/g;

/** The picker's box: the input's nearest group, else its parent, where its tokens sit beside it. */
function fieldBox(input: HTMLInputElement): Element {
  return input.closest('[role="group"]') ?? input.parentElement ?? input;
}

/** The addresses the picker shows as tokens (the text being typed is not one). */
export function tokenAddresses(input: HTMLInputElement): string[] {
  const box = fieldBox(input);
  return [...textOf(box).matchAll(EMAIL_IN_TEXT)].map((m) => m[0].toLowerCase());
}

const hasToken = (input: HTMLInputElement, email: string) => tokenAddresses(input).includes(email.toLowerCase());

/** A suggestion that is exactly this address ("Name <address>" or the address alone), never one merely containing it. */
function suggestionFor(input: HTMLInputElement, email: string): HTMLElement | null {
  const list = listboxOf(input);
  if (!list) return null;
  const wanted = email.toLowerCase();
  return optionsOf(list).find((o) => [...shownText(o).matchAll(EMAIL_IN_TEXT)].some((m) => m[0].toLowerCase() === wanted)) ?? null;
}

function removeUnwanted(input: HTMLInputElement, wanted: readonly string[]): void {
  const keep = new Set(wanted.map((e) => e.toLowerCase()));
  for (const button of fieldBox(input).querySelectorAll<HTMLElement>('button, [role="button"]')) {
    const address = accessibleName(button).match(EMAIL_IN_TEXT)?.[0]?.toLowerCase();
    if (address && /remove|delete|clear/i.test(accessibleName(button)) && !keep.has(address)) button.click();
  }
}

function pressEnter(input: HTMLInputElement): void {
  for (const type of ['keydown', 'keypress', 'keyup']) {
    input.dispatchEvent(new KeyboardEvent(type, { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, cancelable: true }));
  }
}

/** Makes `emails` the picker's tokens; returns the addresses it shows as tokens afterwards. */
export async function fillTokens(input: HTMLInputElement, emails: readonly string[], signal?: AbortSignal): Promise<string[]> {
  removeUnwanted(input, emails);
  for (const email of emails) {
    if (hasToken(input, email)) continue;
    setControlValue(input, email);
    const suggestion = await until(() => suggestionFor(input, email) ?? (hasToken(input, email) ? input : null), signal, SUGGEST_TIMEOUT_MS);
    if (suggestion && suggestion !== input) clickOption(suggestion);
    else if (!suggestion) pressEnter(input);
    await until(() => (hasToken(input, email) ? true : null), signal, SUGGEST_TIMEOUT_MS);
  }
  return tokenAddresses(input);
}
