/**
 * Entry point of the fake Gainsight SPA: left navigation, client-side routing with pushState, and the
 * per-navigation AbortController that drops a previous page's late answers (Angular's switchMap).
 */
import type { GainsightMeta } from '../view-model';
import { getJson } from './api';
import { renderC360 } from './c360';
import { renderScrollingC360, scrollToSection } from './c360-scrolling';
import { companyRef } from './company-ref';
import { renderCockpit } from './cockpit';
import { closeAllDialogs } from './dialog';
import { clear, h, link } from './dom';
import type { PageContext } from './page-context';

const metaPromise = getJson<GainsightMeta>('meta');
let current: AbortController | null = null;
/** The path and query last rendered: a hash-only change is a section route, not a new page. */
let rendered: string | null = null;

export function navigate(href: string): void {
  history.pushState({}, '', href);
  void route();
}

function renderNav(meta: GainsightMeta): void {
  const nav = document.querySelector('gs-left-nav');
  const user = document.querySelector('gs-app-header .gs-user');
  if (user) user.textContent = meta.user;
  if (!nav) return;
  clear(nav);
  nav.append(
    link('/v1/ui/home', 'Home'),
    link('/v1/ui/cockpit', 'Cockpit'),
    h('h2', {}, 'Recent companies'),
    h(
      'ul',
      { attrs: { 'aria-label': 'Recent companies', style: 'list-style:none;margin:0;padding:0' } },
      ...meta.companies.map((c) => h('li', {}, link(`/v1/ui/customersuccess360?cid=${encodeURIComponent(c.cid)}`, c.name))),
    ),
  );
}

function markCurrentNav(): void {
  const here = location.pathname + location.search;
  for (const a of document.querySelectorAll<HTMLAnchorElement>('gs-left-nav a')) {
    const target = new URL(a.href);
    if (target.pathname + target.search === here) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

function renderHome(ctx: PageContext): void {
  ctx.outlet.append(
    h(
      'gs-home-dashboard',
      {},
      h('gs-section', {}, h('h1', {}, 'Home'), h('p', {}, `Welcome back, ${ctx.meta.user}. Pick a company on the left or open Cockpit.`)),
    ),
  );
}

async function route(): Promise<void> {
  current?.abort();
  const controller = new AbortController();
  current = controller;
  closeAllDialogs();
  const outlet = document.querySelector<HTMLElement>('gs-router-outlet');
  if (!outlet) return;
  clear(outlet);
  const meta = await metaPromise;
  if (controller.signal.aborted) return;
  markCurrentNav();
  const url = new URL(location.href);
  rendered = url.pathname + url.search;
  const ctx: PageContext = { outlet, signal: controller.signal, meta, url, navigate };
  const page = url.pathname.toLowerCase();
  // Each tenant renders C360 in its own layout (see data/tenants.ts).
  const c360 = document.querySelector('gs-app-root')?.getAttribute('data-layout') === 'scrolling' ? renderScrollingC360 : renderC360;
  if (page === '/v1/ui/customersuccess360' || page === '/v1/ui/relationship360') await c360(ctx, companyRef(url));
  else if (page === '/v1/ui/cockpit') await renderCockpit(ctx);
  else if (page === '/v1/ui/home') renderHome(ctx);
  else outlet.append(h('gs-section', {}, h('h1', {}, 'Page not found')));
}

document.addEventListener('click', (event) => {
  const a = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-gs-route]') : null;
  if (!a || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  if (new URL(a.href).origin !== location.origin) return;
  event.preventDefault();
  navigate(a.href);
});
window.addEventListener('popstate', () => {
  if (location.pathname + location.search === rendered) scrollToSection(location.hash);
  else void route();
});

void metaPromise.then(renderNav).then(markCurrentNav);
void route();
