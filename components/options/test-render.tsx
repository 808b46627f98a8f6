/** Renders the options page over a fake backend, loaded and ready, for component tests. */
import { act, render, screen } from '@testing-library/react';
import { Options } from './Options';
import { OptionsStoreProvider } from './StoreContext';
import { createOptionsStore } from './store';
import { fakeBackend } from './test-backend';

export async function renderOptions(initial: Parameters<typeof fakeBackend>[0] = {}) {
  const { backend, storage } = fakeBackend(initial);
  const store = createOptionsStore(backend);
  const view = render(
    <OptionsStoreProvider value={store}>
      <Options />
    </OptionsStoreProvider>,
  );
  await act(() => store.getState().load());
  await screen.findByRole('form', { name: 'Settings' });
  return { backend, storage, store, ...view };
}

export const region = (name: string) => screen.getByRole('region', { name });
