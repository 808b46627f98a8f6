/**
 * The field labels a Customer360 page shows (as a screen reader pairs them with their values), for Options → Gainsight ("Use the labels on this page").
 * Injected on its own with `scripting.executeScript({ func })`: the browser sends the function's source,
 * so it uses nothing from outside its body. What it returns is the page's text: untrusted, checked by
 * the worker (pageLabelsFrom) and shown only as text.
 */
export function visibleLabels(): string[] {
  // The elements C360 draws a label with: attribute and summary widgets, terms, grid column headers.
  const LABELS = 'label, dt, th, h6, [role="columnheader"], [field-label]';
  const found = new Set<string>();
  const add = (text: string | null | undefined) => {
    const label = (text ?? '').replace(/\s+/g, ' ').trim();
    if (label) found.add(label);
  };
  const visit = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) visit(el.shadowRoot);
      if (!(el as HTMLElement).checkVisibility()) continue;
      if (el.matches(LABELS)) add(el.getAttribute('field-label') ?? el.textContent);
      // A field drawn as a group named by its label, the way a screen reader pairs them.
      if (el.getAttribute('role') !== 'group') continue;
      add(el.getAttribute('aria-label'));
      for (const id of el.getAttribute('aria-labelledby')?.split(/\s+/) ?? []) add(root.getElementById(id)?.textContent);
    }
  };
  visit(document);
  return [...found];
}
