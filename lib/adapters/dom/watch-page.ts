import { shadowRoots } from './walk';

/**
 * Waits for a single-page app to render a record, without ever watching forever.
 *
 * One observer per wait, on the page body (an SPA may replace any container below it) and on the
 * open shadow roots it finds (their mutations do not reach a document observer). Mutations are
 * batched to at most one read per animation frame; the observer disconnects when the read is
 * complete and the page has been quiet, at the time limit, or when the caller aborts.
 */
export interface WatchOptions<T> {
  signal: AbortSignal;
  /** Reads the page; cheap enough to run once per frame while the page is changing. */
  read(): T;
  /** True when `read` found everything it looks for: the watch may end after a quiet moment. */
  isComplete(value: T): boolean;
  /** Called with each read whose result differs from the last one reported. */
  onChange(value: T): void;
  /** Give up waiting for missing parts after this long (the last read stands). */
  timeoutMs?: number;
  /** With everything found, keep listening this long for late corrections, then stop. */
  settleMs?: number;
  /** Compares reads; defaults to JSON equality. */
  same?(a: T, b: T): boolean;
}

export function watchPage<T>(options: WatchOptions<T>): Promise<T> {
  const { signal, read, isComplete, onChange, timeoutMs = 10_000, settleMs = 400 } = options;
  const same = options.same ?? ((a: T, b: T) => JSON.stringify(a) === JSON.stringify(b));
  return new Promise<T>((resolve, reject) => {
    let last: T | undefined;
    let frame = 0;
    let settleTimer: ReturnType<typeof setTimeout> | undefined;
    const watched = new WeakSet<Node>();
    const observer = new MutationObserver(schedule);

    function observe(node: Node) {
      if (watched.has(node)) return;
      watched.add(node);
      observer.observe(node, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['hidden', 'class', 'style', 'value'] });
    }

    function finish() {
      observer.disconnect();
      cancelAnimationFrame(frame);
      clearTimeout(settleTimer);
      clearTimeout(limit);
      signal.removeEventListener('abort', abort);
    }

    function abort() {
      finish();
      reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
    }

    function check() {
      frame = 0;
      if (signal.aborted) return;
      const scope = document.body ?? document.documentElement;
      observe(scope);
      for (const root of shadowRoots(scope)) observe(root);
      const value = read();
      if (last === undefined || !same(last, value)) {
        last = value;
        onChange(value);
      }
      clearTimeout(settleTimer);
      if (isComplete(value)) {
        settleTimer = setTimeout(() => {
          finish();
          resolve(value);
        }, settleMs);
      }
    }

    function schedule() {
      if (!frame) frame = requestAnimationFrame(check);
    }

    const limit = setTimeout(() => {
      finish();
      resolve(last ?? read());
    }, timeoutMs);
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort);
    check();
  });
}
