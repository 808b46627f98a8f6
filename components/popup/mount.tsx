import { createRoot } from 'react-dom/client';
import { toIsoDate } from '@/lib/shared/dates/local';
import type { Reminder } from '@/lib/shared/reminders/records';
import { openPanel } from '@/lib/extension/panel/open-panel';
import { BOOK_HASH, requestBook } from '@/lib/ui/book/open-book';
import { browser } from 'wxt/browser';
import { extensionHostAccess } from '@/lib/ui/panel/permissions';
import { HostAccessContext } from '../panel/AccessRequest';
import { extensionBackend } from './popup-backend';
import { checkRows } from './checked-rows';
import { Popup } from './Popup';
import { PopupStoreProvider } from './StoreContext';
import { createPopupStore } from './popup-store';

/** Creates the popup's store and renders it, given the first read the page already started. */
export function mountPopup(root: HTMLElement, firstRows: Promise<Reminder[]>): void {
  const store = createPopupStore(extensionBackend(), toIsoDate(new Date()));
  void store.getState().load(firstRows.then(checkRows));
  // The window is looked up before any click: the panel opens only while the click's gesture lasts.
  let windowId: number | undefined;
  void browser.windows.getCurrent().then((w) => (windowId = w.id));
  const open = () => void openPanel({ windowId }).then((opened) => opened && window.close());
  // The panel opens first, inside the click's gesture; then it is asked to show the book. Where no
  // panel can open, the book opens as a page of its own.
  const openBook = () => {
    const opening = openPanel({ windowId });
    void requestBook(windowId)
      .then(() => opening)
      .then(async (opened) => {
        if (!opened) await browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html${BOOK_HASH}`) });
        window.close();
      });
  };
  createRoot(root).render(
    <PopupStoreProvider value={store}>
      <HostAccessContext.Provider value={extensionHostAccess()}>
        <Popup openPanel={open} openBook={openBook} />
      </HostAccessContext.Provider>
    </PopupStoreProvider>,
  );
}
