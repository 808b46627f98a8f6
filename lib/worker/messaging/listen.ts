import { browser } from 'wxt/browser';
import { PAGE_MESSAGES, handlerFor, type Envelope, type Handlers, type MessageSender } from '../../shared/messaging/protocol';

function isEnvelope(message: unknown): message is Envelope {
  return !!message && typeof message === 'object' && typeof (message as { type?: unknown }).type === 'string';
}

/** The runtime's sender, reduced to what handlers may trust: whether it is one of our own pages. */
export function describeSender(sender: { id?: string; url?: string; tab?: { id?: number; windowId?: number; url?: string }; frameId?: number }): MessageSender {
  const ownOrigin = browser.runtime.getURL('/');
  const fromExtensionPage = sender.id === browser.runtime.id && !!sender.url?.startsWith(ownOrigin);
  return { tabId: sender.tab?.id, windowId: sender.tab?.windowId, tabUrl: sender.tab?.url, frameId: sender.frameId, url: sender.url, fromExtensionPage };
}

/** Installs the background's handlers; unknown messages are left for other listeners. */
export function handleMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, rawSender) => {
    if (!isEnvelope(message)) return undefined;
    const handler = handlerFor(handlers, message.type);
    if (!handler) return undefined;
    const sender = describeSender(rawSender);
    if (!sender.fromExtensionPage && !PAGE_MESSAGES.has(message.type)) {
      return Promise.reject(new Error(`${message.type} is only accepted from the extension's own pages`));
    }
    return handler(message.payload, sender);
  });
}
