/**
 * Choosing in a host's ARIA combobox (`role="combobox"` controlling a `listbox` of `option`s), the way a
 * user does: open it, wait for the options, click the one whose text is wanted, then read what the
 * control shows. Overlay frameworks render the listbox at the end of <body>, far from the control, so it
 * is found through `aria-controls`/`aria-owns`, never by position. Every wait is one batched, bounded
 * observer that ends as soon as the page shows what it waits for: how long the host takes is its business.
 */
import { observe, withTimeout } from '../../dom/observe';
import { isRendered, parentOf } from '../../dom/walk';

/** Long enough for a tenant's options to load over its network, short enough to report and move on. */
export const OPTIONS_TIMEOUT_MS = 5_000;
/** How long a loaded list must stay unchanged, without the value, before it counts as not offering it. */
export const LIST_SETTLE_MS = 600;
/** How long an opened control may take to show its listbox before another way of opening it is tried. */
const OPEN_TIMEOUT_MS = 2_000;

export function isCombobox(el: Element): el is HTMLElement {
  return el instanceof HTMLElement && el.getAttribute('role') === 'combobox';
}

function byId(el: Element, id: string): Element | null {
  const root = el.getRootNode() as Document | ShadowRoot;
  return root.getElementById?.(id) ?? el.ownerDocument.getElementById(id);
}

/** The listbox a combobox (or its search box) controls: by id reference, else one inside its own field. */
export function listboxOf(control: Element): HTMLElement | null {
  for (const attr of ['aria-controls', 'aria-owns']) {
    for (const id of (control.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean)) {
      const target = byId(control, id);
      const list = target?.matches('[role="listbox"]') ? target : target?.querySelector('[role="listbox"]');
      if (list instanceof HTMLElement && isRendered(list)) return list;
    }
  }
  const field = parentOf(control);
  const inside = field?.querySelector('[role="listbox"]');
  return inside instanceof HTMLElement && isRendered(inside) ? inside : null;
}

/** Options a user could pick now: rendered, not disabled (a "Loading…" row is no option). */
export function optionsOf(listbox: Element): HTMLElement[] {
  return [...listbox.querySelectorAll<HTMLElement>('[role="option"]')].filter((o) => o.getAttribute('aria-disabled') !== 'true' && isRendered(o));
}

/** The options' texts, to tell one answer from the next. */
export function listSignature(list: Element | null): string {
  return list ? optionsOf(list).map(shownText).join('\n') : '';
}

/** Text as shown, without what is hidden from assistive technology (a caret icon, a "*" mark). */
export function shownText(el: Element): string {
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return el.value.trim();
  let text = '';
  const walk = (node: Node) => {
    if (node instanceof Element && (node.getAttribute('aria-hidden') === 'true' || !isRendered(node))) return;
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    for (const child of node.childNodes) walk(child);
  };
  walk(el);
  return text.replace(/\s+/g, ' ').trim();
}

/** Waits (bounded, batched) until `find` returns something; null at the time limit or on abort. */
export async function until<T>(find: () => T | null, signal: AbortSignal | undefined, ms: number): Promise<T | null> {
  let found: T | null = null;
  // The document's body: an overlay listbox is added there, outside the form being filled.
  await observe(() => (found = find()) !== null, { signal: withTimeout(signal, ms), attributes: ['aria-expanded', 'aria-busy', 'hidden', 'style'] });
  return found;
}

const mouse = (type: string) => new MouseEvent(type, { bubbles: true, cancelable: true, composed: true, view: window, button: 0 });

/**
 * Opens the combobox and returns its listbox. A click opens most; some open on mousedown, others on the
 * keyboard's arrow: each is tried only when the one before opened nothing.
 */
export async function openListbox(combobox: HTMLElement, signal?: AbortSignal): Promise<HTMLElement | null> {
  const open = () => (combobox.getAttribute('aria-expanded') !== 'false' ? listboxOf(combobox) : null);
  if (open()) return open();
  const ways = [
    () => combobox.click(),
    () => {
      combobox.dispatchEvent(mouse('mousedown'));
      combobox.dispatchEvent(mouse('mouseup'));
    },
    () => {
      combobox.focus();
      combobox.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', code: 'ArrowDown', bubbles: true, cancelable: true }));
    },
  ];
  for (const way of ways) {
    way();
    const list = await until(open, signal, OPEN_TIMEOUT_MS);
    if (list) return list;
  }
  return null;
}

/** Clicks an option as a user does, pointer events first: some lists choose on mousedown, most on click. */
export function clickOption(option: HTMLElement): void {
  option.scrollIntoView?.({ block: 'nearest' });
  option.dispatchEvent(mouse('mousedown'));
  option.dispatchEvent(mouse('mouseup'));
  option.click();
}

/**
 * Waits for the listbox's options to include one `rank` accepts (lower is better), then returns the best.
 * Options still loading (`aria-busy`) are not chosen from: a list that is being replaced is not the answer.
 * With `settleMs`, a loaded list without a wanted option gives up once it has stayed the same that long
 * (a static list that lacks the value). `before` is what the list showed before a search was typed: the
 * same options again are the old answer, not the search's, and never count as settled.
 */
export async function waitForOption(listboxFinder: () => HTMLElement | null, rank: (text: string) => number | null, signal?: AbortSignal, settleMs?: number, before = ''): Promise<HTMLElement | null> {
  const settled = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let seen = before;
  const found = await until(() => {
    const list = listboxFinder();
    if (!list || list.getAttribute('aria-busy') === 'true') return null;
    let best: { option: HTMLElement; rank: number } | null = null;
    const options = optionsOf(list);
    for (const option of options) {
      const r = rank(shownText(option));
      if (r !== null && (!best || r < best.rank)) best = { option, rank: r };
    }
    if (best) return best.option;
    const now = listSignature(list);
    if (settleMs !== undefined && options.length && now !== seen) {
      seen = now;
      clearTimeout(timer);
      timer = setTimeout(() => settled.abort(), settleMs);
    }
    return null;
  }, signal ? AbortSignal.any([signal, settled.signal]) : settled.signal, OPTIONS_TIMEOUT_MS);
  clearTimeout(timer);
  return found;
}
