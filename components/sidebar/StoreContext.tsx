import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { SidebarState, SidebarStore } from './store';

const StoreContext = createContext<SidebarStore | null>(null);

export const SidebarStoreProvider = StoreContext.Provider;

export function useSidebar<T>(selector: (state: SidebarState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useSidebar needs a SidebarStoreProvider');
  return useStore(store, selector);
}
