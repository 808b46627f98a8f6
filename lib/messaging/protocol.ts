import { browser } from 'wxt/browser';
import type { SalesforceResult, SalesforceRecord } from '../salesforce/types';

/**
 * Every message between a page (content script, popup, options) and the background, with its
 * answer type. One map, so a sender and its handler cannot drift apart.
 */
export interface Protocol {
  /** The light loader asks for the heavy page app once it sees a record page. */
  'page.injectApp': { request: { app: AppName }; response: { injected: boolean } };
  /** Runs SOQL against the org of the Lightning page, through the background's session. */
  'salesforce.query': { request: { pageHost: string; soql: string }; response: SalesforceResult<SalesforceRecord[]> };
}

export type AppName = 'gainsight' | 'salesforce';
export type MessageType = keyof Protocol;
export type Request<K extends MessageType> = Protocol[K]['request'];
export type Response<K extends MessageType> = Protocol[K]['response'];
export type Envelope = { [K in MessageType]: { type: K; payload: Request<K> } }[MessageType];

export function sendMessage<K extends MessageType>(type: K, payload: Request<K>): Promise<Response<K>> {
  return browser.runtime.sendMessage({ type, payload }) as Promise<Response<K>>;
}

export interface MessageSender {
  tabId?: number;
  frameId?: number;
  url?: string;
}

export type Handlers = { [K in MessageType]: (payload: Request<K>, sender: MessageSender) => Promise<Response<K>> };

function isEnvelope(message: unknown): message is Envelope {
  return !!message && typeof message === 'object' && typeof (message as { type?: unknown }).type === 'string';
}

/** Installs the background's handlers; unknown messages are left for other listeners. */
export function handleMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isEnvelope(message) || !(message.type in handlers)) return undefined;
    const handler = handlers[message.type] as (payload: unknown, sender: MessageSender) => Promise<unknown>;
    return handler(message.payload, { tabId: sender.tab?.id, frameId: sender.frameId, url: sender.url });
  });
}
