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
  let opening: Promise<void>;
  try {
    opening = sidebarAction
      ? sidebarAction.open()
      : where.windowId !== undefined
        ? browser.sidePanel.open({ windowId: where.windowId })
        : where.tabId !== undefined
          ? browser.sidePanel.open({ tabId: where.tabId })
          : Promise.reject(new Error('no window to open the panel in'));
  } catch (error) {
    // Firefox may refuse outside a user action by throwing rather than rejecting.
    opening = Promise.reject(error);
  }
  return opening.then(
    () => true,
    (error: unknown) => {
      console.debug('[playbook companion] the panel did not open', error);
      return false;
    },
  );
}

/** Wide enough for the plan and its actions, as narrow as a sidebar. */
const PANEL_WINDOW_WIDTH = 440;

/**
 * The launcher's click, answered in the background. Chrome and Edge open their side panel (the click's
 * gesture carries over the message). Firefox opens its sidebar only inside a user action of the
 * add-on's own pages, and a content script's click is not one ("sidebarAction.open may only be called
 * from a user input handler"), so there the panel opens bound to the clicked tab
 * (`/sidepanel.html?tabId=<n>`) in a small window at the right edge of the page's window: the same
 * panel, which the user can keep beside the page. A second click brings that panel forward (also one
 * the user keeps in a tab) instead of opening another.
 */
export async function openPanelFor(sender: { windowId?: number; tabId?: number }): Promise<boolean> {
  if (await openPanel(sender)) return true;
  if (sender.tabId === undefined) return false;
  try {
    return await openPanelWindow(sender.tabId, sender.windowId);
  } catch (error) {
    console.debug('[playbook companion] the panel window did not open', error);
    return false;
  }
}

async function openPanelWindow(tabId: number, besideWindowId: number | undefined): Promise<boolean> {
  const url = `${browser.runtime.getURL('/sidepanel.html')}?tabId=${tabId}`;
  // Asked of the browser, not kept in memory: Firefox's background is an event page that can be unloaded.
  const [open] = await browser.runtime.getContexts({ contextTypes: [browser.runtime.ContextType.TAB], documentUrls: [url] });
  if (open && open.windowId >= 0) {
    // Kept in a tab or in the window this opened: that tab comes forward.
    if (open.tabId >= 0) await browser.tabs.update(open.tabId, { active: true });
    await browser.windows.update(open.windowId, { focused: true });
    return true;
  }
  const beside = besideWindowId === undefined ? null : await browser.windows.get(besideWindowId).catch(() => null);
  const placement =
    beside?.left !== undefined && beside.width !== undefined && beside.top !== undefined
      ? { left: Math.max(0, beside.left + beside.width - PANEL_WINDOW_WIDTH), top: beside.top, height: beside.height }
      : {};
  await browser.windows.create({ url, type: 'popup', width: PANEL_WINDOW_WIDTH, ...placement });
  return true;
}
