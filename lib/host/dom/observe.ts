/**
 * The one way host-page code watches a page. Every watch is scoped to a root, batched, bounded by an
 * AbortSignal and disconnected when it ends: never an observer that outlives its purpose or re-reads
 * the page on every single mutation.
 *
 * Batches run on a short timer, not on animation frames: a page in a background tab (the side panel
 * may be bound to one) gets no frames, but it still renders the data the panel is waiting for.
 */
import { shadowRoots } from './walk';

const BATCH_MS = 30;

export interface ObserveOptions {
  signal: AbortSignal;
  /** Where to watch; the document's body by default. */
  root?: Node;
  /** Watch the whole subtree (default) or only the root's children (dialogs appended to <body>). */
  subtree?: boolean;
  /** Also watch open shadow roots under the root, found again at every batch (their mutations do not reach an outer observer). */
  shadowRoots?: boolean;
  /** Attribute names whose changes count (none by default). */
  attributes?: string[];
}

/**
 * Calls `check` once now and once after each batch of mutations, until it returns true or the signal
 * aborts. Resolves when the watch has ended, either way.
 */
export function observe(check: () => boolean | void, options: ObserveOptions): Promise<void> {
  const { signal, subtree = true, attributes } = options;
  return new Promise<void>((resolve) => {
    const root = options.root ?? document.body ?? document.documentElement;
    const watched = new WeakSet<Node>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
      timer ??= setTimeout(run, BATCH_MS);
    });
    const init: MutationObserverInit = subtree
      ? { childList: true, subtree: true, characterData: true, ...(attributes ? { attributes: true, attributeFilter: attributes } : {}) }
      : { childList: true };

    function watch(node: Node) {
      if (watched.has(node)) return;
      watched.add(node);
      observer.observe(node, init);
    }

    function stop() {
      observer.disconnect();
      clearTimeout(timer);
      signal.removeEventListener('abort', stop);
      resolve();
    }

    function run() {
      timer = undefined;
      if (signal.aborted) return stop();
      if (options.shadowRoots && root instanceof Element) for (const shadow of shadowRoots(root)) watch(shadow);
      if (check() === true) stop();
    }

    if (signal.aborted) return resolve();
    signal.addEventListener('abort', stop);
    watch(root);
    run();
  });
}

/** A signal that aborts with `parent` or after `ms`, whichever comes first. */
export function withTimeout(parent: AbortSignal | undefined, ms: number): AbortSignal {
  const timeout = AbortSignal.timeout(ms);
  return parent ? AbortSignal.any([parent, timeout]) : timeout;
}

/** Waits for `find` to return something (after the extension clicked a host button, say); null at the time limit or on abort. */
export async function waitFor<T>(find: () => T | null, { signal, timeoutMs = 5_000, root }: { signal?: AbortSignal; timeoutMs?: number; root?: Node } = {}): Promise<T | null> {
  let found: T | null = null;
  await observe(() => (found = find()) !== null, { signal: withTimeout(signal, timeoutMs), root });
  return found ?? find();
}

export interface WatchOptions<T> {
  signal: AbortSignal;
  /** Reads the page; cheap enough to run once per batch while the page is changing. */
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

/**
 * Reads a single-page app's record as it renders: reports each changed reading, and ends once the
 * reading is complete and the page has been quiet, or at the time limit (the last reading stands).
 * Rejects when the caller aborts (the user moved on).
 */
export async function watchPage<T>(options: WatchOptions<T>): Promise<T> {
  const { signal, read, isComplete, onChange, timeoutMs = 10_000, settleMs = 400 } = options;
  const same = options.same ?? ((a: T, b: T) => JSON.stringify(a) === JSON.stringify(b));
  const limit = AbortSignal.timeout(timeoutMs);
  let last: T | undefined;
  let completeSince = 0;
  // The watch checks again after the settle time even when the page is quiet: a timer, not a mutation, ends it.
  const settled = new AbortController();
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  await observe(
    () => {
      const value = read();
      if (last === undefined || !same(last, value)) {
        last = value;
        onChange(value);
        completeSince = 0;
      }
      clearTimeout(settleTimer);
      if (!isComplete(value)) return false;
      completeSince ||= Date.now();
      if (Date.now() - completeSince >= settleMs) return true;
      settleTimer = setTimeout(() => settled.abort(), settleMs);
      return false;
    },
    { signal: AbortSignal.any([signal, limit, settled.signal]), shadowRoots: true, attributes: ['hidden', 'class', 'style', 'value', 'aria-rowcount'] },
  );
  clearTimeout(settleTimer);
  if (signal.aborted) throw signal.reason ?? new DOMException('Aborted', 'AbortError');
  return last ?? read();
}
