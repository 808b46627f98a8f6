// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../popup/Popup';
import { PopupStoreProvider } from '../popup/StoreContext';
import { createPopupStore } from '../popup/popup-store';
import { emptyChecklist } from '../panel/test-panel';

afterEach(cleanup);

describe('the popup', () => {
  it('opens my book, beside "Open the panel"', async () => {
    const openBook = vi.fn();
    render(
      <PopupStoreProvider value={createPopupStore(emptyChecklist(), '2026-11-23')}>
        <Popup openPanel={() => undefined} openBook={openBook} />
      </PopupStoreProvider>,
    );
    expect(screen.getByRole('button', { name: 'Open the panel' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Open my book' }));
    expect(openBook).toHaveBeenCalledTimes(1);
  });
});
