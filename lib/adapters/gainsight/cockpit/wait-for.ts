/**
 * Waits for something to appear after the extension clicked a host button: one observer for this wait,
 * checks batched to one per animation frame, disconnected when found, at the time limit or on abort.
 */
export interface WaitOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

export function waitFor<T>(find: () => T | null, { signal, timeoutMs = 5_000 }: WaitOptions = {}): Promise<T | null> {
  return new Promise((resolve) => {
    const first = find();
    if (first !== null || signal?.aborted) return resolve(first);
    let frame = 0;
    const observer = new MutationObserver(() => {
      if (!frame) frame = requestAnimationFrame(check);
    });
    const finish = (value: T | null) => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      clearTimeout(limit);
      signal?.removeEventListener('abort', abort);
      resolve(value);
    };
    function check() {
      frame = 0;
      const found = find();
      if (found !== null) finish(found);
    }
    const abort = () => finish(null);
    const limit = setTimeout(() => finish(find()), timeoutMs);
    signal?.addEventListener('abort', abort);
    observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
  });
}
