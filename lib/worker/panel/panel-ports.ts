/**
 * The side panels' line to the background: each panel opens a Port, names the tab it follows, and is
 * sent that tab's state whenever it changes. Ports from anything but the extension's own pages are
 * refused.
 */
import { browser, type Browser } from 'wxt/browser';
import { PANEL_PORT, type BackgroundToPanel, type PanelToBackground } from '../../shared/messaging/tab-state';
import { getTab, stateOf, subscribeTab } from '../tabs/tab-records';

type Port = Browser.runtime.Port;

const ports = new Set<Port>();

export function isOwnPage(port: Port): boolean {
  const url = port.sender?.url ?? '';
  return port.sender?.id === browser.runtime.id && url.startsWith(browser.runtime.getURL('/'));
}

function isBind(message: unknown): message is PanelToBackground {
  const m = message as Partial<PanelToBackground> | null;
  return m?.type === 'bind' && Number.isInteger(m.tabId) && (m.tabId as number) >= 0;
}

function post(port: Port, message: BackgroundToPanel): void {
  try {
    port.postMessage(message);
  } catch {
    // The panel closed between the change and this message.
  }
}

/** `ensureTab`: makes sure the background knows the tab's record (after a worker restart it may not). */
export function startPanelPorts(ensureTab: (tabId: number) => Promise<void>): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PANEL_PORT) return;
    if (!isOwnPage(port)) return port.disconnect();
    ports.add(port);
    let unsubscribe: (() => void) | null = null;
    port.onMessage.addListener((message: unknown) => {
      if (!isBind(message)) return;
      unsubscribe?.();
      const { tabId } = message;
      unsubscribe = subscribeTab(tabId, (state) => post(port, { type: 'state', state }));
      void ensureTab(tabId).then(async () => {
        const record = await getTab(tabId);
        if (record) post(port, { type: 'state', state: stateOf(record) });
      });
    });
    port.onDisconnect.addListener(() => {
      unsubscribe?.();
      ports.delete(port);
    });
  });
}

/** Tells every open panel something that concerns them all (reminders changed). */
export function broadcastToPanels(message: BackgroundToPanel): void {
  for (const port of ports) post(port, message);
}
