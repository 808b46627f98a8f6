import { createRoot, type Root } from 'react-dom/client';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { OWN_HOST_TAG } from '@/lib/adapters/dom/walk';
import { pageKey, type RecordPage } from '@/lib/pages/record-urls';
import { onToggleSidebar } from '@/lib/pages/sidebar-toggle';
import { onPlanInputsChanged } from '@/lib/settings/page-settings';
import { Sidebar } from './Sidebar';
import { SidebarStoreProvider } from './StoreContext';
import { createSidebarStore, type SidebarStore } from './store';
import type { SidebarView } from './view';
import sidebarCss from '@/assets/sidebar.css?inline';

export interface PageAppOptions {
  site: 'gainsight' | 'salesforce';
  recognise(href: string): RecordPage | null;
  /** Reads the record and reports views as they become known; must stop when `signal` aborts. */
  load(page: RecordPage, signal: AbortSignal, report: (view: SidebarView) => void): Promise<void>;
}

/** The sidebar's host element; page readers skip it so the panel is never read as page data. */
const HOST_ELEMENT = OWN_HOST_TAG.toLowerCase();

/**
 * Owns the sidebar's life in one frame: mounts it on a record page, swaps its content when the SPA
 * moves to another record (aborting the previous record's reads so no stale data can land), and
 * removes it entirely on pages that are not records.
 */
export function runPageApp(ctx: ContentScriptContext, options: PageAppOptions): void {
  const openKey = `sidebar.open.${options.site}`;
  let ui: ShadowRootContentScriptUi<Root> | null = null;
  let store: SidebarStore | null = null;
  let current: { key: string; controller: AbortController } | null = null;
  // A quick second navigation must not mount a second panel while the first one is still mounting.
  let mounting: Promise<SidebarStore> | null = null;

  function ensureMounted(): Promise<SidebarStore> {
    if (store && ui) return Promise.resolve(store);
    mounting ??= mount().finally(() => {
      mounting = null;
    });
    return mounting;
  }

  async function mount(): Promise<SidebarStore> {
    const saved = await browser.storage.local.get(openKey);
    const initialOpen = saved[openKey] !== false;
    const newStore = createSidebarStore(initialOpen, (open) => void browser.storage.local.set({ [openKey]: open }));
    ui = await createShadowRootUi(ctx, {
      name: HOST_ELEMENT,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: sidebarCss,
      onMount(container) {
        const root = createRoot(container);
        root.render(
          <SidebarStoreProvider value={newStore}>
            <Sidebar site={options.site} />
          </SidebarStoreProvider>,
        );
        return root;
      },
      onRemove(root) {
        root?.unmount();
      },
    });
    ui.mount();
    store = newStore;
    return newStore;
  }

  function removeUi() {
    ui?.remove();
    ui = null;
    store = null;
  }

  function unmount() {
    current?.controller.abort();
    current = null;
    removeUi();
    // A panel still mounting for a page the user already left is removed once it exists.
    void mounting?.then(() => {
      if (!current) removeUi();
    });
  }

  /** `replan`: same record, new settings or catalog; the current view stays until the new plan is ready. */
  async function follow(href: string, replan = false) {
    const page = options.recognise(href);
    const key = pageKey(page);
    if (!page || !key) return unmount();
    if (current?.key === key && !replan) return;
    current?.controller.abort();
    const controller = new AbortController();
    current = { key, controller };
    const activeStore = await ensureMounted();
    if (controller.signal.aborted) return;
    const report = (view: SidebarView) => {
      if (!controller.signal.aborted) activeStore.getState().show(page, view);
    };
    if (!replan) report({ status: 'loading' });
    try {
      await options.load(page, controller.signal, report);
    } catch (error) {
      report({ status: 'error', title: 'Something went wrong', message: String(error) });
    }
  }

  ctx.onInvalidated(onToggleSidebar(() => store?.getState().toggle()));
  ctx.onInvalidated(unmount);
  ctx.onInvalidated(onPlanInputsChanged(() => void follow(location.href, true)));
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => void follow(newUrl.href));
  void follow(location.href);
}
