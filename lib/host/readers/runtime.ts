/**
 * The extension's runtime as a page script reaches it, without the polyfill (a third of a reader's
 * size): Firefox's `browser` and Chrome's `chrome` both answer `sendMessage` with a promise.
 */
import type { MessageType, Request, Response } from '../../shared/messaging/protocol';

interface PageRuntime {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

export function runtimeApi(): PageRuntime['runtime'] {
  const scope = globalThis as unknown as { browser?: PageRuntime; chrome: PageRuntime };
  return (scope.browser ?? scope.chrome).runtime;
}

export function sendPageMessage<K extends MessageType>(type: K, payload: Request<K>): Promise<Response<K>> {
  return runtimeApi().sendMessage({ type, payload }) as Promise<Response<K>>;
}

/**
 * The page scripts this extension runs in the tab (reader, chip), in its isolated world: the page
 * cannot see or touch this global. A new reader stops the previous one; leaving a record stops both.
 */
interface PageScripts {
  reader?: AbortController;
}

export function pageScripts(): PageScripts {
  const scope = globalThis as typeof globalThis & { __pcPageScripts?: PageScripts };
  return (scope.__pcPageScripts ??= {});
}
