/** Element building for the fake Lightning app; text goes in as text nodes only. */
export type Child = Node | string | null | undefined | false;

export function el(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** An in-app link: the router turns clicks into pushState navigation. */
export function routeLink(href: string, text: string, attrs: Record<string, string> = {}): HTMLElement {
  return el('a', { href, 'data-ltng-route': '', ...attrs }, text);
}

export function spinner(): HTMLElement {
  return el(
    'div',
    { class: 'slds-spinner_container', role: 'status' },
    el('span', { class: 'slds-assistive-text' }, 'Loading'),
    el('div', { class: 'slds-spinner slds-spinner_medium' }, el('div', { class: 'slds-spinner__dot-a' }), el('div', { class: 'slds-spinner__dot-b' })),
  );
}

export function card(title: string, ...body: Child[]): HTMLElement {
  return el(
    'article',
    { class: 'slds-card' },
    el('div', { class: 'slds-card__header slds-grid' }, el('header', { class: 'slds-media slds-media_center' }, el('h2', { class: 'slds-card__header-title' }, el('span', {}, title)))),
    el('div', { class: 'slds-card__body slds-card__body_inner' }, ...body),
  );
}
