import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { OptionsState, OptionsStore } from './store';

const StoreContext = createContext<OptionsStore | null>(null);

export const OptionsStoreProvider = StoreContext.Provider;

export function useOptions<T>(selector: (state: OptionsState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useOptions needs an OptionsStoreProvider');
  return useStore(store, selector);
}
