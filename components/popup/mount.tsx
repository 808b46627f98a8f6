import { createRoot } from 'react-dom/client';
import { toIsoDate } from '@/lib/dates/local';
import type { Reminder } from '@/lib/reminders/records';
import { openPanel } from '@/lib/panel/open-panel';
import { browser } from 'wxt/browser';
import { extensionHostAccess } from '@/lib/panel/permissions';
import { HostAccessContext } from '../panel/AccessRequest';
import { extensionBackend } from './backend';
import { Popup } from './Popup';
import { PopupStoreProvider } from './StoreContext';
import { createPopupStore } from './store';

/** Creates the popup's store and renders it, given the first read the page already started. */
export function mountPopup(root: HTMLElement, firstRows: Promise<Reminder[]>): void {
  const store = createPopupStore(extensionBackend(), toIsoDate(new Date()));
  void store.getState().load(firstRows);
  // The window is looked up before any click: the panel opens only while the click's gesture lasts.
  let windowId: number | undefined;
  void browser.windows.getCurrent().then((w) => (windowId = w.id));
  const open = () => void openPanel({ windowId }).then((opened) => opened && window.close());
  createRoot(root).render(
    <PopupStoreProvider value={store}>
      <HostAccessContext.Provider value={extensionHostAccess()}>
        <Popup openPanel={open} />
      </HostAccessContext.Provider>
    </PopupStoreProvider>,
  );
}
