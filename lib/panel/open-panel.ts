/**
 * Opening the side panel: from the keyboard shortcut and the launcher (in the background), and from the
 * popup's button.
 * Each is a user gesture, and the browser opens a panel only while one lasts, so the call comes first,
 * before anything is awaited.
 *
 * Chrome and Edge have `sidePanel` (one panel per window that follows the active tab). Firefox has
 * `sidebarAction`, whose shortcut the manifest declares natively (`_execute_sidebar_action`).
 */
import { browser } from 'wxt/browser';

interface FirefoxSidebar {
  open(): Promise<void>;
}

const sidebarAction = (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;

export function openPanel(where: { windowId?: number; tabId?: number }): Promise<boolean> {
  const opening = sidebarAction
    ? sidebarAction.open()
    : where.windowId !== undefined
      ? browser.sidePanel.open({ windowId: where.windowId })
      : where.tabId !== undefined
        ? browser.sidePanel.open({ tabId: where.tabId })
        : Promise.reject(new Error('no window to open the panel in'));
  return opening.then(
    () => true,
    (error: unknown) => {
      console.debug('[playbook companion] the panel did not open', error);
      return false;
    },
  );
}
