import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { PopupState, PopupStore } from './store';

const StoreContext = createContext<PopupStore | null>(null);

export const PopupStoreProvider = StoreContext.Provider;

export function usePopup<T>(selector: (state: PopupState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('usePopup needs a PopupStoreProvider');
  return useStore(store, selector);
}
