import { createContext, useContext, useEffect, useState } from 'react';
import { toIsoDate } from '@/lib/dates/local';
import { PendingSends } from '../popup/Popup';
import { PopupStoreProvider } from '../popup/StoreContext';
import { extensionBackend, type PopupBackend } from '../popup/backend';
import { createPopupStore, type PopupStore } from '../popup/store';

/** Where the checklist's data comes from; tests give their own. */
export const PendingBackendContext = createContext<() => PopupBackend>(extensionBackend);

/** The popup's checklist of pending sends, with the popup's own store and components. */
export function PendingView() {
  const backend = useContext(PendingBackendContext);
  const [store] = useState<PopupStore>(() => createPopupStore(backend(), toIsoDate(new Date())));
  useEffect(() => void store.getState().load(), [store]);
  return (
    <PopupStoreProvider value={store}>
      {/* The popup's look too (its controls are sized for WCAG 2.5.8 there), at the panel's width. */}
      <div className="popup pc-pending">
        <PendingSends headingId="pc-pending-title" headingLevel={2} />
      </div>
    </PopupStoreProvider>
  );
}
