import { parseCustomDomain } from '../../shared/urls/custom-domains';
import { type CheckedSettings, type StoredProblems, checkFieldByField } from '../../shared/settings/field-by-field';
import { settingsItem } from './items';
import { isTree, valueAtPath, withValueAtPath } from '../../shared/settings/paths';
import { settingsSchema, type Settings } from '../../shared/settings/schema';

/**
 * Settings live in browser.storage.local as one item (items.ts), so every surface (background, side
 * panel, popup, options) reads the same object and hears every change without a reload.
 *
 * Read field by field (field-by-field.ts): an invalid field falls back alone to its default. Its stored
 * value is never overwritten by a save that did not change that field, so going back to a newer
 * version, or fixing the rule, finds it again.
 */
export type { CheckedSettings, StoredProblem, StoredProblems } from '../../shared/settings/field-by-field';

export async function loadCheckedSettings(): Promise<CheckedSettings> {
  return checkFieldByField((await settingsItem.getValue()) ?? {});
}

export async function loadSettings(): Promise<Settings> {
  return (await loadCheckedSettings()).settings;
}

export interface SaveOptions {
  /**
   * Stored fields that are invalid and that this save did not change: their stored value is kept. By
   * default every invalid field is kept; a caller that changed one (the user edited it) leaves it out.
   */
  keepInvalid?: readonly string[];
}

/** Saves valid settings (it throws on invalid ones); stored invalid fields not changed are kept as stored. */
export async function saveSettings(settings: Settings, options: SaveOptions = {}): Promise<void> {
  const next = settingsSchema.parse(settings);
  const stored = (await settingsItem.getValue()) ?? {};
  const { problems } = checkFieldByField(stored);
  const keep = options.keepInvalid ?? Object.keys(problems);
  let out: Readonly<Record<string, unknown>> = next;
  for (const path of keep) {
    const problem = problems[path];
    // Only single fields: a whole group stored as something else is replaced by the group saved.
    if (problem && !isTree(valueAtPath(next, path))) out = withValueAtPath(out, path, problem.stored);
  }
  await settingsItem.setValue({ ...out });
}

/** Invalid stored fields other than `changed`: what a save that changes `changed` must keep. */
export function invalidExcept(problems: StoredProblems, ...changed: string[]): string[] {
  return Object.keys(problems).filter((path) => !changed.includes(path));
}

/**
 * The custom domains the user added, as stored: every entry that is a domain, even when another entry
 * makes the field invalid as a whole. What the user granted is never dropped over one bad entry.
 */
export async function loadCustomDomains(): Promise<string[]> {
  const stored = await settingsItem.getValue();
  const gainsight = isTree(stored) ? stored.gainsight : undefined;
  const list = isTree(gainsight) ? gainsight.customDomains : undefined;
  if (!Array.isArray(list)) return [];
  const domains = list.flatMap((entry) => {
    const check = typeof entry === 'string' ? parseCustomDomain(entry) : null;
    return check?.ok ? [check.domain] : [];
  });
  return [...new Set(domains)];
}

/** Settings changed anywhere (another tab, the background adding a domain): with their stored problems. */
export function onCheckedSettingsChanged(listener: (checked: CheckedSettings) => void): () => void {
  return settingsItem.watch((stored) => listener(checkFieldByField(stored ?? {})));
}

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  return onCheckedSettingsChanged((checked) => listener(checked.settings));
}
