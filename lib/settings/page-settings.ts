import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging/protocol';
import { CUSTOM_CATALOG_KEY, SETTINGS_KEY } from './keys';
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
    if (area === 'local' && SETTINGS_KEY in changes) void requestSettings().then(listener);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

/**
 * The settings or the custom catalog changed (options page, another tab, "Clear everything"): a plan
 * made from the old ones is stale, so the page app plans the open record again without a reload.
 */
export function onPlanInputsChanged(listener: () => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (SETTINGS_KEY in changes || CUSTOM_CATALOG_KEY in changes)) listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
