import { browser } from 'wxt/browser';
import { SETTINGS_KEY as KEY } from './keys';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from './schema';

/**
 * Settings live in browser.storage.local under one key, so every surface (background, page apps,
 * popup, options) reads the same object and hears every change without a reload.
 */
export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  const parsed = settingsSchema.safeParse(stored ?? {});
  // A stored value from an older version that no longer validates falls back to defaults rather
  // than breaking every page; the options page shows what it holds.
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [KEY]: settingsSchema.parse(settings) });
}

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(KEY in changes)) return;
    const parsed = settingsSchema.safeParse(changes[KEY]?.newValue ?? {});
    listener(parsed.success ? parsed.data : DEFAULT_SETTINGS);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
