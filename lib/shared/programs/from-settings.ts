/**
 * The engine's settings from the user's settings, in one call, so every surface that plans (the side
 * panel, the book view, the background) plans with the same labels, role, spellings and event dates.
 */
import { ACCOUNT_FIELD_KEYS, type AccountFieldKey } from '../accounts/registry';
import type { Settings } from '../settings/schema';
import { DEFAULT_APPROVAL_DEAL_TYPES, type EngineSettings } from './settings';

const cache = new WeakMap<Settings, EngineSettings>();

/** Pure, and the same object for the same settings object, so the engine resolves them once. */
export function engineSettingsFrom(settings: Settings): EngineSettings {
  let engine = cache.get(settings);
  if (!engine) {
    const labels = settings.gainsight.labels;
    engine = {
      edition: settings.programs.edition,
      disabledPrograms: settings.programs.disabled,
      adminRole: settings.salesforce.adminValue,
      approvalDealTypes: DEFAULT_APPROVAL_DEAL_TYPES,
      labels: Object.fromEntries(ACCOUNT_FIELD_KEYS.map((key) => [key, labels[key]])) as Record<AccountFieldKey, string>,
      salesforceFields: settings.salesforce.accountFields,
      segmentSpellings: settings.programs.segmentSpellings,
      eventDates: settings.programs.eventDates,
    };
    cache.set(settings, engine);
  }
  return engine;
}
