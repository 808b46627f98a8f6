/**
 * Public surface of the program catalog and the eligibility engine, safe for content scripts.
 * Catalog import/export (with zod) is in ./catalog-io, kept out of here so pages that only evaluate
 * do not bundle the schema.
 */
export { evaluate } from './engine';
export { engineSettingsFrom } from './from-settings';
export type {
  AbGroup, DueEntry, EntryFix, EntryState, HeldBackEntry, MissingField, NextStep, NotEligibleEntry, Plan, PlanEntry,
  PlanWarning, PlanWarningCode, Recipient, RecipientVia, SentEntry, UnknownEntry, UpcomingEntry,
} from './plan';
export type { SentRecord } from './history';
export {
  DEFAULT_APPROVAL_DEAL_TYPES, DEFAULT_ENGINE_SETTINGS, DEFAULT_SEGMENT_SPELLINGS, type EngineSettings, type SegmentSpelling,
} from './settings';
export * from './types';
export { BUILT_IN_CATALOGS, builtInCatalog } from './catalogs';
export { CURRENT_CATALOG } from './catalog-current';
export { EARLIER_CATALOG } from './catalog-earlier';
export { catalogProblems } from './catalog-checks';
export { KNOWN_TOKENS, TOKEN_PATTERN, isKnownToken, tokensIn, unknownTokens, type Token } from './tokens';
export { FIELD_LABELS } from './fields';
export { teamChoicesOf } from './team-choices';
export { unreadFields } from './unread-fields';
