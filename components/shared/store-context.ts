import { createContext, useContext } from 'react';
import { useStore, type StoreApi } from 'zustand';

/**
 * One zustand store per surface (sidebar, popup, options), handed down by context so each mounted
 * surface — and each test — gets its own store instead of a module-wide singleton.
 */
export function createStoreContext<S>(surface: string) {
  const Context = createContext<StoreApi<S> | null>(null);
  function useSurface<T>(selector: (state: S) => T): T {
    const store = useContext(Context);
    if (!store) throw new Error(`The ${surface} store is missing: wrap the tree in its provider`);
    return useStore(store, selector);
  }
  return { Provider: Context.Provider, useSurface };
}
