/**
 * A Port from an extension page to the background that outlives the service worker: when the worker
 * stops (idle, update, crash) the port closes; it is opened again, which wakes the worker, and the
 * first message is sent again so the background knows what this page listens for.
 */
import { browser } from 'wxt/browser';

const RECONNECT_MS = 200;

export function lastingPort<In>(name: string, hello: unknown, onMessage: (message: In) => void): () => void {
  let stopped = false;
  let port: ReturnType<typeof browser.runtime.connect> | null = null;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const connect = () => {
    if (stopped) return;
    port = browser.runtime.connect({ name });
    port.onMessage.addListener((message: unknown) => onMessage(message as In));
    port.onDisconnect.addListener(() => {
      port = null;
      retry = setTimeout(connect, RECONNECT_MS);
    });
    port.postMessage(hello);
  };
  connect();
  return () => {
    stopped = true;
    clearTimeout(retry);
    port?.disconnect();
  };
}
