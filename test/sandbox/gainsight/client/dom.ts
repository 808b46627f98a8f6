/**
 * DOM building for the fake Angular app. Every element gets an `_ngcontent-ng-c…` attribute and class
 * names with a per-load hash suffix, so anything reading this page by class breaks on the next load, and
 * reading by label (what the extension must do) keeps working. Text always goes in as text nodes.
 */

const HASH = Math.random().toString(36).slice(2, 6);
const NG_ATTR = `_ngcontent-ng-c${Math.floor(Math.random() * 4_000_000_000)}`;
let idCounter = 0;

export type Child = Node | string | null | undefined | false;

export interface Props {
  /** Base class names; each becomes `name-<hash>` (unstable, like compiled component styles). */
  cls?: string;
  /** Class names kept as written (framework classes such as `ng-star-inserted`). */
  rawCls?: string;
  attrs?: Record<string, string>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

export function uid(prefix: string): string {
  idCounter += 1;
  return `${prefix}-${HASH}-${idCounter}`;
}

export function h(tag: string, props: Props = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  el.setAttribute(NG_ATTR, '');
  const classes = [
    ...(props.cls ?? '').split(/\s+/).filter(Boolean).map((c) => `${c}-${HASH}`),
    ...(props.rawCls ?? '').split(/\s+/).filter(Boolean),
  ];
  if (tag.includes('-')) classes.push('ng-star-inserted');
  if (classes.length) el.className = classes.join(' ');
  for (const [name, value] of Object.entries(props.attrs ?? {})) el.setAttribute(name, value);
  for (const [event, handler] of Object.entries(props.on ?? {})) {
    if (handler) el.addEventListener(event, handler as EventListener);
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    // Angular leaves whitespace text around interpolations; readers must trim.
    parent.appendChild(typeof child === 'string' ? document.createTextNode(` ${child} `) : child);
  }
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

export function skeleton(lines: number): HTMLElement {
  const box = h('gs-skeleton', { cls: 'gs-skel', attrs: { 'aria-hidden': 'true' } });
  for (let i = 0; i < lines; i++) box.appendChild(h('div', { rawCls: 'gs-skeleton', attrs: { style: `width:${40 + ((i * 37) % 55)}%` } }));
  return box;
}

export function toast(message: string): void {
  const el = h('div', { rawCls: 'gs-toast', attrs: { role: 'status' } }, message);
  document.body.appendChild(el);
  setTimeout(() => el.remove(), 3000);
}

/** A same-app link: the router intercepts clicks on it (pushState, no page load). */
export function link(href: string, label: string, props: Props = {}): HTMLElement {
  return h('a', { ...props, attrs: { ...(props.attrs ?? {}), href, 'data-gs-route': '' } }, label);
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
