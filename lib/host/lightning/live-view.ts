import { allElements, isRendered } from '../dom/walk';

/**
 * The live view of a Lightning page. Lightning keeps every visited record's view in the DOM and marks
 * the shown one `active`: `div.windowViewMode-normal.active` in standard apps; in console apps each
 * workspace tab (`section.oneConsoleTab`) keeps its own `.windowViewMode-maximized.active`, and only
 * the focused tab is displayed. So a view counts when it is active, rendered, and — in a console — in
 * the focused tab. When several still qualify, the one showing the page's record id wins.
 */

const VIEWS = '.windowViewMode-normal.active, .windowViewMode-maximized.active';

function inFocusedTab(view: Element): boolean {
  const tab = view.closest('section.oneConsoleTab');
  return !tab || tab.classList.contains('active');
}

/** Whether the view shows the record: an element naming its id (data attributes, record links). */
function showsRecord(view: Element, recordId: string): boolean {
  const id15 = recordId.slice(0, 15);
  for (const el of allElements(view)) {
    for (const attr of el.getAttributeNames()) {
      if (!/record-?id|href/i.test(attr)) continue;
      if (el.getAttribute(attr)?.includes(id15)) return true;
    }
  }
  return false;
}

/**
 * The element holding the live record view, or the whole document when the page has none of
 * Lightning's view containers (a layout this reader does not know: read what is rendered instead).
 * Null when views exist but none is live (between two pages).
 */
export function liveView(doc: Document, recordId?: string): Element | null {
  const all = [...doc.querySelectorAll(VIEWS)];
  if (all.length === 0) return doc.querySelector('.windowViewMode-normal, .windowViewMode-maximized') ? null : doc.documentElement;
  const live = all.filter((v) => inFocusedTab(v) && isRendered(v));
  if (live.length <= 1 || !recordId) return live[0] ?? null;
  return live.find((v) => showsRecord(v, recordId)) ?? live[0] ?? null;
}
