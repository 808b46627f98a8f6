/**
 * Finding host-page elements the way assistive technology does: by role and accessible name. Gainsight's
 * class names are compiled and change between releases; roles and visible labels are what its users see.
 * The walk goes into open shadow roots and skips the extension's own sidebar (see dom/walk.ts).
 */
import { allElements, normaliseLabel, textOf, type Root } from '../../dom/walk';

export type Role = 'dialog' | 'button' | 'textbox' | 'region' | 'group' | 'link' | 'heading' | 'alert' | 'list' | 'listitem' | 'img';

/** Elements with the role, explicit or implicit (the HTML elements that carry it without saying so). */
const ROLE_SELECTORS: Readonly<Record<Role, string>> = {
  dialog: '[role="dialog"], [role="alertdialog"], dialog[open]',
  button: 'button, [role="button"], input[type="button"], input[type="submit"]',
  textbox: '[role="textbox"], input:not([type]), input[type="text"], input[type="email"], textarea',
  region: '[role="region"], section[aria-label], section[aria-labelledby]',
  group: '[role="group"], fieldset',
  link: 'a[href], [role="link"]',
  heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
  alert: '[role="alert"]',
  list: 'ul:not([role]), ol:not([role]), [role="list"]',
  listitem: 'li:not([role]), [role="listitem"]',
  img: 'img[alt]:not([alt=""]), [role="img"]',
};

function byIdNear(el: Element, id: string): Element | null {
  const root = el.getRootNode() as Document | ShadowRoot;
  return root.getElementById?.(id) ?? null;
}

function labelText(control: Element): string {
  if (control.id) {
    const root = control.getRootNode() as Document | ShadowRoot;
    const label = root.querySelector?.(`label[for="${CSS.escape(control.id)}"]`);
    if (label) return textOf(label);
  }
  const wrapping = control.closest('label');
  return wrapping ? textOf(wrapping) : '';
}

/** A simplified accessible-name computation: labelledby, aria-label, label, then text content or title. */
export function accessibleName(el: Element): string {
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy.split(/\s+/).map((id) => textOf(byIdNear(el, id))).join(' ').trim();
    if (text) return text;
  }
  const ariaLabel = el.getAttribute('aria-label')?.trim();
  if (ariaLabel) return ariaLabel;
  if (el.matches('input, select, textarea')) return labelText(el) || el.getAttribute('title')?.trim() || '';
  if (el instanceof HTMLInputElement && (el.type === 'button' || el.type === 'submit')) return el.value.trim();
  return textOf(el) || el.getAttribute('title')?.trim() || '';
}

export type NameMatch = string | RegExp;

function nameMatches(el: Element, name: NameMatch): boolean {
  const actual = accessibleName(el);
  return typeof name === 'string' ? normaliseLabel(actual) === normaliseLabel(name) : name.test(actual);
}

export function findAllByRole(root: Root, role: Role, name?: NameMatch): Element[] {
  const selector = ROLE_SELECTORS[role];
  const found: Element[] = [];
  for (const el of allElements(root)) {
    if (el.matches(selector) && (name === undefined || nameMatches(el, name))) found.push(el);
  }
  return found;
}

export function findByRole(root: Root, role: Role, name?: NameMatch): Element | null {
  return findAllByRole(root, role, name)[0] ?? null;
}

/** The button among `names` (first name first), e.g. "+ CTA" before "Create CTA". */
export function findButton(root: Root, names: readonly NameMatch[]): HTMLElement | null {
  for (const name of names) {
    const button = findByRole(root, 'button', name);
    if (button instanceof HTMLElement && !button.hasAttribute('disabled')) return button;
  }
  return null;
}
