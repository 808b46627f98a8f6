/**
 * Walking a page the way a user sees it: into open shadow roots (C360 widgets and some Lightning
 * components render there), and skipping what is not rendered (Lightning keeps earlier views in the
 * DOM, hidden; Gainsight leaves closed tabs behind).
 */

export type Root = Document | ShadowRoot | Element;

/** Our own sidebar's host element: never read back as if it were the host page's data. */
export const OWN_HOST_TAG = 'CTA-PLAYBOOK-COMPANION';

/** Every element under `root`, depth first, including the content of open shadow roots. */
export function* allElements(root: Root): Generator<Element> {
  const start = root instanceof Document ? root.documentElement : root;
  if (!start) return;
  const stack: (Element | ShadowRoot)[] = [start];
  while (stack.length) {
    const node = stack.pop()!;
    if (node instanceof Element) {
      if (node.tagName === OWN_HOST_TAG) continue;
      yield node;
    }
    const children = node.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    if (node instanceof Element && node.shadowRoot) stack.push(node.shadowRoot);
  }
}

/** Open shadow roots under `root`, so an observer can watch them too (mutations do not cross them). */
export function shadowRoots(root: Root): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (const el of allElements(root)) if (el.shadowRoot) roots.push(el.shadowRoot);
  return roots;
}

/** The element's parent, stepping out of a shadow root to its host. */
export function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Whether `inner` is `outer` or inside it, shadow roots included (`Node.contains` stops at them). */
export function containsDeep(outer: Element, inner: Element): boolean {
  for (let node: Element | null = inner; node; node = parentOf(node)) if (node === outer) return true;
  return false;
}

/**
 * Whether the element is rendered. `checkVisibility` covers display:none, content-visibility and
 * hidden ancestors across shadow boundaries; DOMs without it fall back to the hidden attribute.
 */
export function isRendered(el: Element): boolean {
  if (typeof el.checkVisibility === 'function' && !el.checkVisibility()) return false;
  // Also walk up: DOM implementations without layout report everything as visible.
  for (let node: Element | null = el; node; node = parentOf(node)) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return false;
    if (node instanceof HTMLElement && node.style.display === 'none') return false;
  }
  return true;
}

/** Text as a person reads it: whitespace folded, trimmed. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The element's own words: its direct text nodes. Looking only at direct text keeps a scan of a
 * whole page linear (no textContent of every ancestor) and finds the innermost element of a label.
 */
export function ownText(el: Element): string {
  let text = '';
  for (const node of el.childNodes) if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
  return text.replace(/\s+/g, ' ').trim();
}

/** Labels compare without case, trailing colons, asterisks of required fields or extra spaces. */
export function normaliseLabel(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[:*]+$/, '').trim().toLowerCase();
}
