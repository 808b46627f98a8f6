import { createRoot } from 'react-dom/client';
import { toIsoDate } from '@/lib/dates/local';
import type { Reminder } from '@/lib/reminders/records';
import { extensionBackend } from './backend';
import { Popup } from './Popup';
import { PopupStoreProvider } from './StoreContext';
import { createPopupStore } from './store';

/** Creates the popup's store and renders it, given the first read the page already started. */
export function mountPopup(root: HTMLElement, firstRows: Promise<Reminder[]>): void {
  const store = createPopupStore(extensionBackend(), toIsoDate(new Date()));
  void store.getState().load(firstRows);
  createRoot(root).render(
    <PopupStoreProvider value={store}>
      <Popup />
    </PopupStoreProvider>,
  );
}
