/**
 * "Open my book" from the popup: the popup opens the side panel (inside the click's gesture) and leaves
 * a request in session storage; the panel of that window — already open or just opening — takes it and
 * shows its "My book" tab. A panel page opened as `sidepanel.html#book` starts there too.
 */
import { storage } from 'wxt/utils/storage';
import { OWNED_ITEM_KEYS } from '../../extension/settings/items';

export interface BookRequest {
  at: number;
  windowId: number | null;
}

const requestItem = storage.defineItem<BookRequest | null>(OWNED_ITEM_KEYS.bookRequest, { fallback: null });

/** A request older than this is not for a panel opening now. */
const FRESH_MS = 10_000;

export const BOOK_HASH = '#book';

export async function requestBook(windowId: number | undefined): Promise<void> {
  await requestItem.setValue({ at: Date.now(), windowId: windowId ?? null });
}

/** Calls `open` whenever a request for this window's panel comes (and once if one is waiting). */
export function onBookRequested(windowId: Promise<number | undefined>, open: () => void): () => void {
  const take = async (request: BookRequest | null) => {
    if (!request || Date.now() - request.at > FRESH_MS) return;
    const mine = await windowId;
    if (request.windowId !== null && mine !== undefined && request.windowId !== mine) return;
    open();
    await requestItem.setValue(null);
  };
  // Watch first, then read: a request written between the two is still seen.
  const unwatch = requestItem.watch((request) => void take(request));
  void requestItem.getValue().then(take);
  return unwatch;
}
