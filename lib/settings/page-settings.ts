import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging/protocol';
import type { Settings } from './schema';

/**
 * Settings for code running in host pages. The background validates them (with the schema), so
 * the page bundles never carry the schema library; changes reach open tabs through storage events.
 */
export function requestSettings(): Promise<Settings> {
  return sendMessage('settings.get', {});
}

export function onPageSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && 'settings' in changes) void requestSettings().then(listener);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
