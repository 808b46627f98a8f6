import { createContext, useContext, useEffect, useState } from 'react';
import { toIsoDate } from '@/lib/shared/dates/local';
import { PendingSends } from '../popup/Popup';
import { PopupStoreProvider } from '../popup/StoreContext';
import { extensionBackend, type PopupBackend } from '../popup/popup-backend';
import { createPopupStore } from '../popup/popup-store';
import type { PopupStore } from '../popup/popup-state';

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
