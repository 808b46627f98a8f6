import { createRoot } from 'react-dom/client';
import { Panel } from '@/components/panel/Panel';
import { PanelStoreProvider } from '@/components/panel/StoreContext';
import { HostAccessContext } from '@/components/panel/AccessRequest';
import { extensionHostAccess } from '@/lib/ui/panel/permissions';
import { extensionBackend } from '@/lib/ui/panel/panel-backend';
import { createPanelStore } from '@/lib/ui/panel/panel-store';
import { BOOK_HASH, onBookRequested } from '@/lib/ui/book/open-book';
import { startBookEarly } from '@/components/book/BookContext';
import { browser } from 'wxt/browser';
import '@/assets/surface.css';
import '@/assets/panel.css';
import '@/assets/panel-actions.css';

// `?tabId=<n>` binds the panel to one tab (tests, or a panel kept in a tab); otherwise it follows the
// active tab of its window.
const bound = Number(new URLSearchParams(location.search).get('tabId'));
const { store, start } = createPanelStore(extensionBackend(Number.isInteger(bound) && bound > 0 ? bound : null));
start();
// "Open my book" (the popup) asks for the book tab; `sidepanel.html#book` opens there.
const openBook = () => store.getState().setSection('book');
if (location.hash === BOOK_HASH) {
  startBookEarly();
  openBook();
}
onBookRequested(browser.windows.getCurrent().then((w) => w.id).catch(() => undefined), openBook);
createRoot(document.getElementById('root')!).render(
  <PanelStoreProvider value={store}>
    <HostAccessContext.Provider value={extensionHostAccess()}>
      <Panel />
    </HostAccessContext.Provider>
  </PanelStoreProvider>,
);
