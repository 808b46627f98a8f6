import { allElements, isRendered, normaliseLabel, parentOf, type Root } from './walk';

/**
 * Reads "label → value" pairs the way assistive technology pairs them, so the result does not
 * depend on a tenant's markup or class names: `<label for>`, `aria-labelledby`, `<dt>/<dd>`, a row
 * header and its cell, an element carrying the label as an attribute (Lightning's `field-label`),
 * and, last, the nearest following sibling of the label.
 */

const SKIP_IN_VALUE = new Set(['BUTTON', 'SCRIPT', 'STYLE', 'TEMPLATE', 'svg']);
const LABEL_ATTRIBUTES = ['field-label', 'data-label', 'aria-label'];
/** How far up from a label to look for its value before giving up: enough for wrappers, no more. */
const MAX_CLIMB = 3;

/** The text a user reads in a value: not button captions, hidden helpers or icons. */
export function valueText(el: Element): string {
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) {
    return el.value.trim();
  }
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (!(node instanceof Element)) return;
    if (SKIP_IN_VALUE.has(node.tagName) || node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return;
    const root = node.shadowRoot ?? node;
    root.childNodes.forEach(visit);
  };
  visit(el);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * The element's own words: its direct text nodes. Looking only at direct text keeps a scan of a
 * whole page linear (no textContent of every ancestor) and finds the innermost element of a label.
 */
function ownText(el: Element): string {
  let text = '';
  for (const node of el.childNodes) if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
  return text.replace(/\s+/g, ' ').trim();
}

function byId(el: Element, id: string): Element | null {
  const root = el.getRootNode() as Document | ShadowRoot;
  return root.getElementById?.(id) ?? null;
}

function nextNonEmptySibling(el: Element): Element | null {
  for (let sib = el.nextElementSibling; sib; sib = sib.nextElementSibling) {
    if (valueText(sib) || sib.matches('input, select, textarea')) return sib;
  }
  return null;
}

function valueForLabel(label: Element): Element | null {
  const forId = label.getAttribute('for');
  if (forId) return byId(label, forId);
  if (label.tagName === 'DT') return nextNonEmptySibling(label);
  const isRowHeader = label.tagName === 'TH' ? label.getAttribute('scope') === 'row' : label.getAttribute('role') === 'rowheader';
  if (isRowHeader) return nextNonEmptySibling(label);
  if (label.id) {
    const root = label.getRootNode() as Document | ShadowRoot;
    const described = root.querySelector?.(`[aria-labelledby~="${CSS.escape(label.id)}"]`);
    // A group labelled by its own label (role=group around label + value) is read by sibling below.
    if (described && !described.contains(label)) return described;
  }
  let node: Element | null = label;
  for (let depth = 0; node && depth <= MAX_CLIMB; depth++, node = parentOf(node)) {
    const sibling = nextNonEmptySibling(node);
    if (sibling) return sibling;
  }
  return null;
}

function valueInside(container: Element, label: string): string {
  let fallback: Element | null = null;
  for (const el of allElements(container)) {
    if (el === container || el.closest('button')) continue;
    const text = ownText(el);
    if (!text) continue;
    if (normaliseLabel(text) === label) {
      const value = valueForLabel(el);
      if (value && container.contains(value)) return valueText(value);
    } else if (!fallback && !el.children.length) {
      fallback = el;
    }
  }
  return fallback ? valueText(fallback) : '';
}

/** Finds, for each wanted label, the value shown beside it; labels not on the page are absent. */
export function readLabelledValues(root: Root, labels: readonly string[]): Map<string, string> {
  const wanted = new Map(labels.map((l) => [normaliseLabel(l), l]));
  const found = new Map<string, string>();
  for (const el of allElements(root)) {
    if (found.size === wanted.size) break;
    const attrLabel = LABEL_ATTRIBUTES.map((a) => el.getAttribute(a)).find((v) => v && wanted.has(normaliseLabel(v)));
    if (attrLabel && el.tagName.includes('-')) {
      // A custom element that carries its label as an attribute (Lightning's field-label) holds
      // both the visible label and the value; read the value beside the visible label inside it.
      const label = wanted.get(normaliseLabel(attrLabel))!;
      if (!found.has(label) && isRendered(el)) found.set(label, valueInside(el, normaliseLabel(attrLabel)));
      continue;
    }
    const text = ownText(el);
    if (!text || text.length > 80) continue;
    const label = wanted.get(normaliseLabel(text));
    if (!label || found.has(label) || el.closest('thead') || el.getAttribute('role') === 'columnheader') continue;
    if (!isRendered(el)) continue;
    const value = valueForLabel(el);
    if (value) found.set(label, valueText(value));
  }
  return found;
}
