import { allElements, isRendered, normaliseLabel, ownText, parentOf, type Root } from './walk';

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

/** What a form control shows: a box's state in words, a field's value. */
function controlText(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement): string {
  if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) return el.checked ? 'Yes' : 'No';
  return el.value.trim();
}

const isControl = (node: Element): node is HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement =>
  node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement || node instanceof HTMLSelectElement;

/**
 * The text a user reads in a value: not button captions or hidden helpers; a control's value or state, an
 * image's name, and what a `<slot>` shows (a web component projecting its value from the light DOM).
 */
export function valueText(el: Element): string {
  if (isControl(el)) return controlText(el);
  const parts: string[] = [];
  // A box's state counts only when nothing beside it says it in words (Lightning adds "True" for screen readers).
  const boxes: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (!(node instanceof Element)) return;
    if (SKIP_IN_VALUE.has(node.tagName) || node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return;
    if (isControl(node)) {
      const box = node instanceof HTMLInputElement && (node.type === 'checkbox' || node.type === 'radio');
      if (!(node instanceof HTMLInputElement && node.type === 'hidden')) (box ? boxes : parts).push(controlText(node));
      return;
    }
    const image = node.tagName === 'IMG' ? node.getAttribute('alt') : node.getAttribute('role') === 'img' ? node.getAttribute('aria-label') : null;
    if (image) {
      parts.push(image);
      return;
    }
    if (node instanceof HTMLSlotElement) {
      node.assignedNodes({ flatten: true }).forEach(visit);
      return;
    }
    const root = node.shadowRoot ?? node;
    root.childNodes.forEach(visit);
  };
  visit(el);
  const text = parts.join(' ').replace(/\s+/g, ' ').trim();
  return text || boxes.join(' ');
}

function byId(el: Element, id: string): Element | null {
  const root = el.getRootNode() as Document | ShadowRoot;
  return root.getElementById?.(id) ?? null;
}

/** A form control a user sees (a hidden input carries no value of the page's). */
const SHOWN_CONTROL = 'input:not([type="hidden"]), select, textarea';

/** A control is a value even when empty: an empty read-only input is the field's blank value, not a gap. */
const holdsValue = (el: Element) => !!valueText(el) || el.matches(SHOWN_CONTROL) || !!el.querySelector(SHOWN_CONTROL);

function nextNonEmptySibling(el: Element): Element | null {
  for (let sib = el.nextElementSibling; sib; sib = sib.nextElementSibling) if (holdsValue(sib)) return sib;
  return null;
}

/** Beside a label but never its value: a button, an icon (an icon font's empty `<i>` too), hidden helpers. */
const isDecoration = (el: Element) =>
  SKIP_IN_VALUE.has(el.tagName) || el.tagName === 'I' || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true'
  || el.getAttribute('role') === 'img';

/**
 * The label's own empty sibling, which is its value when nothing else is: an empty element, or one holding
 * only empty slots. One holding an icon (any other empty leaf) or rendering its own shadow root may yet
 * fill in, so it is no blank value: a widget still loading stays unfound rather than read as empty.
 */
function blankSibling(label: Element): Element | null {
  for (let sib = label.nextElementSibling; sib; sib = sib.nextElementSibling) {
    // Whatever follows a value belongs to that value or to the next field.
    if (holdsValue(sib)) return null;
    if (isDecoration(sib)) continue;
    const leaves = [...sib.querySelectorAll('*')].filter((el) => !el.children.length);
    if (!sib.shadowRoot && leaves.every((el) => el instanceof HTMLSlotElement)) return sib;
  }
  return null;
}

/** A term's description: the DD after it, empty or not, and never the next term. */
function descriptionOf(term: Element): Element | null {
  for (let sib = term.nextElementSibling; sib; sib = sib.nextElementSibling) {
    if (sib.tagName === 'DD') return sib;
    if (sib.tagName === 'DT') return null;
  }
  return null;
}

/** Longer own words are a sentence or a note, never a field's label. */
const MAX_LABEL = 80;

/** The element's own words as labels compare (normaliseLabel); null when it has none, or too many to be a label. */
function labelKey(el: Element): string | null {
  const text = ownText(el);
  return text && text.length <= MAX_LABEL ? normaliseLabel(text) : null;
}

/**
 * Whether `candidate` names a field the reader looks for (other than `own`): then it is that field, or holds
 * it, and not this label's value. An empty value is followed by the next field, whatever its markup.
 */
function namesAnotherField(candidate: Element, own: string | null, wanted: ReadonlySet<string>): boolean {
  // Its whole text too: a label may reach it through a slot or a control's value, which own text misses.
  const whole = normaliseLabel(valueText(candidate));
  if (whole !== own && wanted.has(whole)) return true;
  for (const el of allElements(candidate)) {
    const key = labelKey(el);
    if (key !== null && key !== own && wanted.has(key)) return true;
  }
  return false;
}

/** Tags that name a field; a sibling holding one of these names another field, not this one's value. */
const LABEL_TAGS = new Set(['LABEL', 'DT', 'TH', 'LEGEND', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

export interface LabelledValueOptions {
  /**
   * Words a value may show in a labelling element of its own (a lock's "Permission Needed"), which
   * must not be mistaken for the next field's label.
   */
  captions?: RegExp;
}

/**
 * Whether `sibling`, met while climbing from a label, is another field: a widget holding its own label
 * of the same kind (a grid of `<label>` or `<h6>` widgets whose value has not rendered yet).
 */
function holdsAnotherLabel(sibling: Element, label: Element, captions: RegExp | undefined): boolean {
  if (!LABEL_TAGS.has(label.tagName)) return false;
  for (const el of sibling.getElementsByTagName(label.tagName)) {
    const text = ownText(el);
    if (text && !captions?.test(text)) return true;
  }
  return false;
}

function valueForLabel(label: Element, options: LabelledValueOptions = {}, wanted: ReadonlySet<string> = new Set()): Element | null {
  const forId = label.getAttribute('for');
  if (forId) return byId(label, forId);
  if (label.tagName === 'DT') return descriptionOf(label);
  const isRowHeader = label.tagName === 'TH' ? label.getAttribute('scope') === 'row' : label.getAttribute('role') === 'rowheader';
  if (isRowHeader) return label.nextElementSibling;
  if (label.id) {
    const root = label.getRootNode() as Document | ShadowRoot;
    const described = root.querySelector?.(`[aria-labelledby~="${CSS.escape(label.id)}"]`);
    // A group labelled by its own label (role=group around label + value) is read by sibling below.
    if (described && !described.contains(label)) return described;
  }
  // When no value follows before the next field, an empty element beside the label is its value: empty.
  const blank = blankSibling(label);
  let node: Element | null = label;
  for (let depth = 0; node && depth <= MAX_CLIMB; depth++, node = parentOf(node)) {
    const sibling = nextNonEmptySibling(node);
    if (!sibling) continue;
    // The label's own sibling is its value; higher up, a neighbour with a label of its own is the next field.
    if (depth > 0 && holdsAnotherLabel(sibling, label, options.captions)) return blank;
    if (namesAnotherField(sibling, labelKey(label), wanted)) return blank;
    return sibling;
  }
  return blank;
}

/**
 * Whether the element is in a body cell of a table with column headers: there a word is a value of its
 * column (an Account Team's "CSM" role), never a field's label. A two-column label/value table has none.
 */
function inDataCell(el: Element): boolean {
  const cell = el.closest('td, [role="gridcell"], [role="cell"]');
  const table = cell?.closest('table, [role="grid"], [role="table"], [role="treegrid"]');
  return !!table && !!table.querySelector('thead th, th[scope="col"], [role="columnheader"]');
}

function valueInside(container: Element, label: string, options: LabelledValueOptions): Element | null {
  let fallback: Element | null = null;
  for (const el of allElements(container)) {
    if (el === container || el.closest('button')) continue;
    const text = ownText(el);
    if (!text) continue;
    if (normaliseLabel(text) === label) {
      const value = valueForLabel(el, options);
      if (value && container.contains(value)) return value;
    } else if (!fallback && !el.children.length) {
      fallback = el;
    }
  }
  return fallback;
}

/** Finds, for each wanted label, the value shown beside it; labels not on the page are absent. */
export function readLabelledValues(root: Root, labels: readonly string[], options: LabelledValueOptions = {}): Map<string, string> {
  const found = new Map<string, string>();
  for (const [label, el] of findLabelledValues(root, labels, options)) found.set(label, el ? valueText(el) : '');
  return found;
}

/**
 * The element holding each wanted label's value (null: the label is there, its value is blank), for
 * callers that must look at more than the value's text. Labels not on the page are absent.
 */
export function findLabelledValues(root: Root, labels: readonly string[], options: LabelledValueOptions = {}): Map<string, Element | null> {
  const wanted = new Map(labels.map((l) => [normaliseLabel(l), l]));
  const keys = new Set(wanted.keys());
  const found = new Map<string, Element | null>();
  for (const el of allElements(root)) {
    if (found.size === wanted.size) break;
    const attrLabel = LABEL_ATTRIBUTES.map((a) => el.getAttribute(a)).find((v) => v && wanted.has(normaliseLabel(v)));
    if (attrLabel && el.tagName.includes('-')) {
      // A custom element that carries its label as an attribute (Lightning's field-label) holds
      // both the visible label and the value; read the value beside the visible label inside it.
      const label = wanted.get(normaliseLabel(attrLabel))!;
      if (!found.has(label) && isRendered(el)) found.set(label, valueInside(el, normaliseLabel(attrLabel), options));
      continue;
    }
    const key = labelKey(el);
    const label = key === null ? undefined : wanted.get(key);
    if (!label || found.has(label) || el.closest('thead') || el.getAttribute('role') === 'columnheader' || inDataCell(el)) continue;
    if (!isRendered(el)) continue;
    const value = valueForLabel(el, options, keys);
    if (value) found.set(label, value);
  }
  return found;
}
