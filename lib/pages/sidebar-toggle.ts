import { browser } from 'wxt/browser';

/**
 * The keyboard shortcut (commands API, Alt+Shift+P by default) reaches the background; it forwards a
 * toggle to the active tab's page app. A plain message type, since tabs receive it, not the worker.
 */
export const TOGGLE_SIDEBAR = 'sidebar.toggle';

export function forwardToggleCommand(): void {
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-sidebar') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type: TOGGLE_SIDEBAR }).catch(() => undefined);
  });
}

export function onToggleSidebar(listener: () => void): () => void {
  const handler = (message: unknown) => {
    if ((message as { type?: unknown } | null)?.type === TOGGLE_SIDEBAR) listener();
    return undefined;
  };
  browser.runtime.onMessage.addListener(handler);
  return () => browser.runtime.onMessage.removeListener(handler);
}
