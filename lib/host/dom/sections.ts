import { allElements, containsDeep, isRendered, normaliseLabel, ownText, textOf, type Root } from './walk';

/**
 * Finds the part of a page a user would call "the People section": a container named by its label
 * (`aria-label`, `aria-labelledby`, a `data-label` attribute, a tab panel named by its tab), or, on
 * pages that name no container, the region a heading with that label opens. Nothing else on the page
 * (a note that happens to hold a table, another section) is inside it.
 */

export interface Section {
  element: Element;
  /** The label as the page spells it, for messages ("the People section"). */
  label: string;
}

/** Elements that carry a name but are controls or navigation, never the section itself. */
const NOT_A_SECTION = new Set(['A', 'BUTTON', 'INPUT', 'LABEL', 'SELECT', 'TEXTAREA', 'IMG', 'OPTION']);
const CONTROL_ROLES = new Set(['tab', 'button', 'link', 'menuitem', 'option', 'columnheader', 'rowheader', 'heading', 'textbox', 'checkbox']);
const HEADING = /^H[1-6]$/;

/** Section titles may carry a count ("People (12)"); the label is what precedes it. */
function comparable(text: string): string {
  return normaliseLabel(text.replace(/\s*\(\d+\)\s*$/, ''));
}

function nameOf(el: Element): string | null {
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const root = el.getRootNode() as Document | ShadowRoot;
    const text = labelledBy
      .split(/\s+/)
      .map((id) => textOf(root.getElementById?.(id)))
      .join(' ')
      .trim();
    if (text) return text;
  }
  return el.getAttribute('aria-label') ?? el.getAttribute('data-label');
}

function headingRank(el: Element): number | null {
  if (HEADING.test(el.tagName)) return Number(el.tagName[1]);
  if (el.getAttribute('role') !== 'heading') return null;
  const level = Number(el.getAttribute('aria-level'));
  return Number.isInteger(level) && level > 0 ? level : 2;
}

/** The region a heading opens: its largest ancestor holding no other heading of the same or a higher rank. */
function regionOf(heading: Element, rank: number, stop: Element | null): Element {
  let region: Element = heading;
  for (let node = heading.parentElement; node && node !== stop; node = node.parentElement) {
    const rival = [...node.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')].some((h) => {
      const r = headingRank(h);
      return h !== heading && r !== null && r <= rank;
    });
    if (rival) break;
    region = node;
  }
  return region;
}

/** Keeps the outermost of nested candidates: a named wrapper and the named grid inside it are one section. */
function outermost(sections: Section[]): Section[] {
  return sections.filter((s) => !sections.some((other) => other !== s && containsDeep(other.element, s.element)));
}

/**
 * Every section under `root` labelled with one of `labels`; empty when the page shows none (yet).
 * `containersOnly`: only containers named by the label, never the region a heading opens: a heading
 * is text anyone can write in a note, so where a wrong reading can pick the email's recipients, the
 * page's own named container is the only evidence.
 */
export function findSections(root: Root, labels: readonly string[], options: { containersOnly?: boolean } = {}): Section[] {
  const wanted = new Set(labels.map(comparable));
  const named: Section[] = [];
  const headings: { el: Element; rank: number; label: string }[] = [];
  for (const el of allElements(root)) {
    const role = el.getAttribute('role');
    const name = nameOf(el);
    if (name && wanted.has(comparable(name)) && (el.children.length || el.shadowRoot) && !NOT_A_SECTION.has(el.tagName) && !(role && CONTROL_ROLES.has(role))) {
      if (isRendered(el)) named.push({ element: el, label: name.trim() });
      continue;
    }
    const rank = headingRank(el);
    const text = rank === null ? '' : ownText(el) || textOf(el);
    if (rank !== null && wanted.has(comparable(text)) && isRendered(el)) headings.push({ el, rank, label: text });
  }
  if (named.length || options.containersOnly) return outermost(named);
  const stop = root instanceof Document ? root.body : null;
  return outermost(headings.map((h) => ({ element: regionOf(h.el, h.rank, stop), label: h.label })));
}

/** The visible labels of controls of `role` (tabs, say) named with one of `labels`, as the page spells them. */
export function findControls(root: Root, role: string, labels: readonly string[]): string[] {
  const wanted = new Set(labels.map(comparable));
  const found: string[] = [];
  for (const el of allElements(root)) {
    if (el.getAttribute('role') !== role || !isRendered(el)) continue;
    const name = nameOf(el) ?? textOf(el);
    if (wanted.has(comparable(name))) found.push(name.trim());
  }
  return found;
}
