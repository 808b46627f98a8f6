import type { Edition } from './types';

/** What the engine reads from the user's options. */
export interface EngineSettings {
  /** Which built-in catalog the caller loads (see builtInCatalog); the engine evaluates whatever catalog it is given. */
  edition: Edition;
  /** Program ids the user turned off; they show as not eligible with that reason. */
  disabledPrograms: string[];
  /** Share of accounts (0–1) held back from each pilot program by hash. */
  controlShare: number;
  /** Contact role that receives programs; matched with *contains* on the multi-valued role. */
  adminRole: string;
  /** Opportunity types that need an admin contact before approval. Tenants that report it add "Contraction". */
  approvalDealTypes: string[];
}

export const DEFAULT_APPROVAL_DEAL_TYPES: readonly string[] = ['New - First Order', 'New - Connected', 'Growth'];

export const DEFAULT_ENGINE_SETTINGS: EngineSettings = {
  edition: 'current',
  disabledPrograms: [],
  controlShare: 0.05,
  adminRole: 'GitLab Admin',
  approvalDealTypes: [...DEFAULT_APPROVAL_DEAL_TYPES],
};

/** Settings in the form the engine uses: sets for lookups, values normalized once. */
export interface ResolvedSettings {
  disabled: ReadonlySet<string>;
  controlShare: number;
  adminRole: string;
  /** Lower-cased and trimmed, as opportunity types are matched. */
  approvalTypes: ReadonlySet<string>;
}

const resolvedCache = new WeakMap<EngineSettings, ResolvedSettings>();

/** Cached per settings object: evaluating many accounts with the same settings resolves them once. */
export function resolveSettings(settings: EngineSettings): ResolvedSettings {
  let resolved = resolvedCache.get(settings);
  if (!resolved) {
    const share = settings.controlShare;
    resolved = {
      disabled: new Set(settings.disabledPrograms),
      controlShare: Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : DEFAULT_ENGINE_SETTINGS.controlShare,
      adminRole: settings.adminRole.trim() || DEFAULT_ENGINE_SETTINGS.adminRole,
      approvalTypes: new Set(settings.approvalDealTypes.map((t) => t.trim().toLowerCase())),
    };
    resolvedCache.set(settings, resolved);
  }
  return resolved;
}
