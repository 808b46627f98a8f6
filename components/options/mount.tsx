import { createRoot } from 'react-dom/client';
import { extensionBackend } from './options-backend';
import { Options } from './Options';
import { OptionsStoreProvider } from './StoreContext';
import { createOptionsStore } from './store';

/** Creates the page's store, keeps it in step with settings changed elsewhere, and renders. */
export function mountOptions(root: HTMLElement): void {
  const backend = extensionBackend();
  const store = createOptionsStore(backend);
  backend.onSettingsChanged((settings) => store.getState().adoptStored(settings));
  void store.getState().load();
  createRoot(root).render(
    <OptionsStoreProvider value={store}>
      <Options />
    </OptionsStoreProvider>,
  );
}
