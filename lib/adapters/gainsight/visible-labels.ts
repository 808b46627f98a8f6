/**
 * The field labels a Customer360 page shows, for Options → Gainsight ("Use the labels on this page").
 * Injected on its own with `scripting.executeScript({ func })`: the browser sends the function's source,
 * so it uses nothing from outside its body. What it returns is the page's text: untrusted, checked by
 * the worker (pageLabelsFrom) and shown only as text.
 */
export function visibleLabels(): string[] {
  // The elements C360 draws a label with: attribute and summary widgets, terms, grid column headers.
  const LABELS = 'label, dt, th, h6, [role="columnheader"], [field-label]';
  const found = new Set<string>();
  const visit = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) visit(el.shadowRoot);
      if (!el.matches(LABELS) || !(el as HTMLElement).checkVisibility()) continue;
      const text = (el.getAttribute('field-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text) found.add(text);
    }
  };
  visit(document);
  return [...found];
}
