/**
 * Entry point of the fake Lightning Experience. Like the real one it keeps earlier views in the DOM:
 * each page is a `div.windowViewMode-normal`; only the current one has `active` (CSS hides the rest).
 * In a console app each record is a workspace tab whose view stays `active`; the tab's section is what
 * is shown or hidden. Returning to a cached page re-activates it as it was, stale data included.
 */
import type { AccountListView, RecordView } from '../view-model';
import { renderRecordByRole } from './by-role';
import { el, spinner } from './dom';
import { renderAccountList, renderHome, renderMessage, renderRecord } from './record';

const MAX_CACHED_VIEWS = 6;
const views = new Map<string, HTMLElement>();

function stage(): HTMLElement {
  return document.getElementById('brandBand_1') ?? document.body;
}

async function fetchJson<T>(path: string): Promise<T | null> {
  const res = await fetch(path, { headers: { accept: 'application/json' } });
  return res.ok ? ((await res.json()) as T) : null;
}

async function fill(view: HTMLElement, path: string): Promise<void> {
  const content = el('div', { class: 'slds-is-relative', style: 'min-height:120px' }, spinner());
  view.appendChild(content);
  const record = /^\/lightning\/r\/(\w+)\/(\w{15,18})\/view$/.exec(path);
  let body: HTMLElement;
  if (record) {
    const data = await fetchJson<RecordView>(`/sandbox-api/record/${record[1]}/${record[2]}`);
    body = data ? (data.layout === 'dynamic-forms-by-role' ? renderRecordByRole(data) : renderRecord(data)) : renderMessage('Looks like there\'s a problem.', 'This record was deleted or you don\'t have access to it.');
    if (data) document.title = `${data.name} | ${data.objectLabel} | Salesforce`;
  } else if (path === '/lightning/o/Account/list') {
    const data = await fetchJson<AccountListView>('/sandbox-api/list/Account');
    body = data ? renderAccountList(data) : renderMessage('Error', 'Could not load accounts.');
    document.title = 'Accounts | Salesforce';
  } else if (path === '/lightning/page/home') {
    const data = await fetchJson<AccountListView>('/sandbox-api/list/Account');
    body = data ? renderHome(data) : renderMessage('Error', 'Could not load.');
    document.title = 'Home | Salesforce';
  } else {
    body = renderMessage('Page not found', 'The page you requested does not exist in this sandbox.');
  }
  content.replaceChildren(body);
}

/** Console apps: one workspace tab per record; the inner view stays "active" even in a background tab. */
const CONSOLE = document.body.dataset.sandboxLayout === 'console';

function consoleTabset(): { tabs: HTMLElement; panels: HTMLElement } {
  let tabset = document.querySelector<HTMLElement>('.oneConsoleTabset');
  if (!tabset) {
    tabset = el('div', { class: 'oneConsoleTabset' }, el('div', { class: 'console-tabs slds-tabs_default__nav', role: 'tablist', 'aria-label': 'Workspace tabs' }), el('div', { class: 'console-panels' }));
    stage().appendChild(tabset);
  }
  return { tabs: tabset.querySelector<HTMLElement>('[role=tablist]')!, panels: tabset.querySelector<HTMLElement>('.console-panels')! };
}

/** The element that shows a page, and the one `active` is toggled on. */
function newView(path: string): { view: HTMLElement; shown: HTMLElement } {
  if (!CONSOLE) {
    const view = el('div', { class: 'windowViewMode-normal oneContent active', 'data-sandbox-path': path });
    stage().appendChild(view);
    return { view, shown: view };
  }
  const { tabs, panels } = consoleTabset();
  const view = el('div', { class: 'windowViewMode-maximized oneContent active lafPageHost', 'data-sandbox-path': path });
  const section = el('section', { class: 'tabContent oneConsoleTab active', role: 'tabpanel' }, el('div', { class: 'oneWorkspaceTabWrapper' }, view));
  const tab = el('button', { type: 'button', role: 'tab', 'aria-selected': 'true', 'data-sandbox-path': path, class: 'slds-tabs_default__link' }, path.split('/')[4] ?? path);
  tab.addEventListener('click', () => {
    history.pushState({}, '', path);
    route();
  });
  tabs.appendChild(tab);
  panels.appendChild(section);
  return { view, shown: section };
}

const shownOf = new Map<string, HTMLElement>();

function route(): void {
  const path = location.pathname;
  for (const v of shownOf.values()) v.classList.remove('active');
  for (const t of document.querySelectorAll('.console-tabs [role=tab]')) t.setAttribute('aria-selected', String(t.getAttribute('data-sandbox-path') === path));
  const cached = shownOf.get(path);
  if (cached) {
    cached.classList.add('active');
    return;
  }
  const { view, shown } = newView(path);
  views.set(path, view);
  shownOf.set(path, shown);
  for (const [key, old] of views) {
    if (views.size <= MAX_CACHED_VIEWS) break;
    if (old === view) continue;
    (shownOf.get(key) ?? old).remove();
    document.querySelector(`.console-tabs [data-sandbox-path="${CSS.escape(key)}"]`)?.remove();
    views.delete(key);
    shownOf.delete(key);
  }
  void fill(view, path);
}

document.addEventListener('click', (event) => {
  const a = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-ltng-route]') : null;
  if (!a || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  const url = new URL(a.href);
  if (url.origin !== location.origin) return;
  event.preventDefault();
  history.pushState({}, '', url.pathname + url.search);
  route();
});
window.addEventListener('popstate', route);
route();
