import { createContext, useContext, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { extensionBookBackend, type BookBackend } from '@/lib/ui/book/book-backend';
import { createQueueStore } from '@/lib/ui/book/queue/queue-store';
import type { QueueState, QueueStore } from '@/lib/ui/book/queue/queue-state';
import { createBookStore, type BookState, type BookStore } from '@/lib/ui/book/book-store';

/** Where the book's data comes from; tests give their own. */
export const BookBackendContext = createContext<() => BookBackend>(extensionBookBackend);

/**
 * One book model per page and backend: the "My book" tab and the view beside a non-record page show the
 * same book, and switching between them neither reads it again nor starts a second refresh.
 */
const stores = new WeakMap<() => BookBackend, { store: BookStore; queue: QueueStore; start(): () => void; started: boolean }>();

function storeFor(make: () => BookBackend) {
  let entry = stores.get(make);
  if (!entry) {
    const backend = make();
    const book = createBookStore(backend);
    stores.set(make, (entry = { ...book, queue: createQueueStore(backend, book.store), started: false }));
  }
  return entry;
}

/** The page's book store, started by the first view that shows it and kept for the page's life. */
export function useBookStore(): BookStore {
  const make = useContext(BookBackendContext);
  const [entry] = useState(() => storeFor(make));
  useEffect(() => {
    if (entry.started) return;
    entry.started = true;
    entry.start();
  }, [entry]);
  return entry.store;
}

/** The page's queue store, beside its book store (useBookStore starts both). */
export function useQueueStore(): QueueStore {
  const make = useContext(BookBackendContext);
  return useState(() => storeFor(make).queue)[0];
}

/** Starts the page's book before anything renders (a page opened on the book): its rows come sooner. */
export function startBookEarly(make: () => BookBackend = extensionBookBackend): void {
  const entry = storeFor(make);
  if (entry.started) return;
  entry.started = true;
  entry.start();
}

export const BookStoreContext = createContext<BookStore | null>(null);

export const QueueStoreContext = createContext<QueueStore | null>(null);

export function useQueue<T>(selector: (state: QueueState) => T): T {
  const store = useContext(QueueStoreContext);
  if (!store) throw new Error('useQueue outside a book view');
  return useStore(store, selector);
}

/** The queue store itself, for handlers that read its state when they run. */
export function useQueueApi(): QueueStore {
  const store = useContext(QueueStoreContext);
  if (!store) throw new Error('useQueueApi outside a book view');
  return store;
}

export function useBook<T>(selector: (state: BookState) => T): T {
  const store = useContext(BookStoreContext);
  if (!store) throw new Error('useBook outside a book view');
  return useStore(store, selector);
}
