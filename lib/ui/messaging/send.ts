import { browser } from 'wxt/browser';
import type { MessageType, Request, Response } from '../../shared/messaging/protocol';

/** An extension page's request to the worker, typed by the one message map. */
export function sendMessage<K extends MessageType>(type: K, payload: Request<K>): Promise<Response<K>> {
  return browser.runtime.sendMessage({ type, payload }) as Promise<Response<K>>;
}
