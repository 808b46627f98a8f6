/**
 * The in-page launcher: a small chip on record pages with the verdict the panel shows first ("2 due ·
 * GitLab Admin ✗"), which opens the side panel. The background injects it as a function with its text
 * once it has the verdict, so no framework, no bundle and no listener but the chip's own click reach
 * the host page.
 *
 * It lives in a closed shadow root (the page cannot reach its button), acts only on trusted clicks, sits
 * under the host's dialogs and hides while one is open, so it never covers them.
 *
 * Everything the function uses must be inside it: it is serialized and run in the page's isolated world.
 */

export interface LauncherContent {
  /** Visible text, e.g. "2 due · GitLab Admin ✗". */
  text: string;
  /** Accessible name of the button, e.g. "Open the playbook companion: 2 due, no GitLab Admin". */
  label: string;
  tone: 'ok' | 'warn' | 'unknown';
}

/**
 * Shows, updates (same call again) or removes (`null`) the chip in the page it runs in. Removing it
 * also stops the page's reader: the tab has left the record.
 */
export function showLauncher(content: LauncherContent | null): void {
  const TAG = 'cta-playbook-companion';
  type Chip = { host: HTMLElement; button: HTMLButtonElement; stop: () => void };
  type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
  const scope = globalThis as typeof globalThis & { __pcLauncher?: Chip; __pcPageScripts?: { reader?: AbortController }; browser?: Runtime; chrome?: Runtime };
  let chip = scope.__pcLauncher;
  if (!content) {
    scope.__pcPageScripts?.reader?.abort();
    chip?.stop();
    chip?.host.remove();
    delete scope.__pcLauncher;
    return;
  }
  if (!chip || !chip.host.isConnected) {
    const host = document.createElement(TAG);
    const root = host.attachShadow({ mode: 'closed' });
    root.innerHTML =
      '<style>:host{all:initial;position:fixed;left:12px;bottom:12px;z-index:999}' +
      'button{font:600 12px/1.2 system-ui,sans-serif;padding:6px 10px;border-radius:14px;border:1px solid #8a8a8a;background:#fff;color:#1b1b1b;cursor:pointer;box-shadow:0 1px 3px #0003}' +
      'button.warn{border-color:#b3261e;color:#8c1d18}button:focus-visible{outline:2px solid #0b5cad;outline-offset:2px}</style><button type="button"></button>';
    const button = root.querySelector('button')!;
    button.addEventListener('click', (event) => {
      // A script on the page can dispatch clicks; only the user's own open the panel.
      // Firefox's `browser` and Chrome's `chrome` both answer with a promise; no polyfill in the page.
      if (event.isTrusted) void (scope.browser ?? scope.chrome)?.runtime.sendMessage({ type: 'panel.open', payload: {} }).catch(() => undefined);
    });
    // Hidden while a host dialog is open: dialogs are appended to <body>, so its children are enough to watch.
    const hideUnderDialogs = () => {
      const open = [...document.querySelectorAll('[role="dialog"],[role="alertdialog"],[aria-modal="true"],dialog[open]')].some((d) => d.checkVisibility());
      host.style.display = open ? 'none' : '';
    };
    const observer = new MutationObserver(hideUnderDialogs);
    observer.observe(document.body, { childList: true });
    hideUnderDialogs();
    document.body.append(host);
    chip = scope.__pcLauncher = { host, button, stop: () => observer.disconnect() };
  }
  chip.button.textContent = content.text;
  chip.button.className = content.tone;
  chip.button.setAttribute('aria-label', content.label);
}
