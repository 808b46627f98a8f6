/**
 * The book views' line to the background: a view opens a Port, names the org it shows, and is told
 * every account a refresh reads and how the refresh ended. Ports from anything but the extension's own
 * pages are refused: a host page never learns the book.
 */
import { browser } from 'wxt/browser';
import { isOwnPage } from '../panel/panel-ports';
import { isSalesforceApiHost } from '../../shared/salesforce/hosts';
import { BOOK_PORT, type FromBook, type ToBook } from '../../shared/book/model';
import { watchBook } from './refresh';

function isWatch(message: unknown): message is ToBook {
  const m = message as Partial<ToBook> | null;
  return m?.type === 'watch' && typeof m.org === 'string' && isSalesforceApiHost(m.org);
}

export function startBookPorts(): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== BOOK_PORT) return;
    if (!isOwnPage(port)) return port.disconnect();
    let unwatch: (() => void) | null = null;
    const post = (message: FromBook) => {
      try {
        port.postMessage(message);
      } catch {
        // The view closed between the news and this message.
      }
    };
    port.onMessage.addListener((message: unknown) => {
      if (!isWatch(message)) return;
      unwatch?.();
      unwatch = watchBook(message.org.toLowerCase(), post);
    });
    port.onDisconnect.addListener(() => unwatch?.());
  });
}
