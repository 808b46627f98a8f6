import { createRoot } from 'react-dom/client';
import { Popup } from './Popup';
import { PopupStoreProvider } from './StoreContext';
import type { PopupStore } from './store';

/** Renders the popup; loaded after the first read has started (see entrypoints/popup/main.tsx). */
export function mountPopup(root: HTMLElement, store: PopupStore): void {
  createRoot(root).render(
    <PopupStoreProvider value={store}>
      <Popup />
    </PopupStoreProvider>,
  );
}
