import { GITLAB_ADMIN_ROLE, type IsoDate, type Segment } from '../accounts/account';
import { DEFAULT_C360_LABELS, DEFAULT_SALESFORCE_FIELDS, type AccountFieldKey } from '../accounts/registry';
import { dayFromIso } from '../dates/days';
import type { Edition } from './types';

/** A segment as a tenant spells it ("CSE", "Digital"), and the segment it means. */
export interface SegmentSpelling {
  spelling: string;
  segment: Segment;
}

/** What the engine reads from the user's options. */
export interface EngineSettings {
  /** Which built-in catalog the caller loads (see builtInCatalog); the engine evaluates whatever catalog it is given. */
  edition: Edition;
  /** Program ids the user turned off; they show as not eligible with that reason. */
  disabledPrograms: readonly string[];
  /** Contact role that receives programs; matched with *contains* on the multi-valued role. */
  adminRole: string;
  /** Opportunity types that need an admin contact before approval. Tenants that report it add "Contraction". */
  approvalDealTypes: readonly string[];
  /** The tenant's C360 label of each field: every reason and "Needs data" message names fields by them. */
  labels: Readonly<Record<AccountFieldKey, string>>;
  /** The Salesforce API name of each field read from Salesforce: messages about a Salesforce account name them. */
  salesforceFields: Readonly<Partial<Record<AccountFieldKey, string>>>;
  /** Spellings of segments beyond the three names themselves; one it cannot map is reported, never guessed. */
  segmentSpellings: readonly SegmentSpelling[];
  /** Dates of events held "when held" (labs, webinars), by the event key their program's trigger names. */
  eventDates: Readonly<Record<string, readonly IsoDate[]>>;
}

export const DEFAULT_APPROVAL_DEAL_TYPES: readonly string[] = ['New - First Order', 'New - Connected', 'Growth'];

/**
 * The spellings tenants use for the three segments (issue 13). Seed 004 puts CSE with Digital SMB: CSEs
 * are the pooled Scale team; "Digital" and "SMB" are Tech Touch.
 */
export const DEFAULT_SEGMENT_SPELLINGS: readonly SegmentSpelling[] = [
  { spelling: 'CSE', segment: 'Scale' },
  { spelling: 'CSE-Assigned', segment: 'Scale' },
  { spelling: 'Scaled CSM', segment: 'Scale' },
  { spelling: 'Digital', segment: 'Tech Touch' },
  { spelling: 'Digital SMB', segment: 'Tech Touch' },
  { spelling: 'Tech touch', segment: 'Tech Touch' },
  { spelling: 'SMB', segment: 'Tech Touch' },
  { spelling: 'CSM-Managed', segment: 'CSM-Assigned' },
];

export const DEFAULT_ENGINE_SETTINGS: EngineSettings = {
  edition: 'current',
  disabledPrograms: [],
  adminRole: GITLAB_ADMIN_ROLE,
  approvalDealTypes: DEFAULT_APPROVAL_DEAL_TYPES,
  labels: DEFAULT_C360_LABELS,
  salesforceFields: DEFAULT_SALESFORCE_FIELDS,
  segmentSpellings: DEFAULT_SEGMENT_SPELLINGS,
  eventDates: {},
};

/** Case, spaces, dashes and underscores do not tell spellings apart: "Tech-Touch" is "tech touch". */
export const spellingKey = (text: string): string => text.toLowerCase().replace(/[\s\-_‐-―]+/g, ' ').trim();

/** Settings in the form the engine uses: sets and maps for lookups, values normalized once. */
export interface ResolvedSettings {
  source: EngineSettings;
  disabled: ReadonlySet<string>;
  adminRole: string;
  /** The admin role trimmed and lower-cased, as roles are compared. */
  adminRoleKey: string;
  /** Lower-cased and trimmed, as opportunity types are matched. */
  approvalTypes: ReadonlySet<string>;
  /** By spellingKey; the three segment names always map to themselves. */
  segments: ReadonlyMap<string, Segment>;
  /** The segment each spelling met so far means (null: none), by the text as shown: books repeat a few spellings. */
  spelled: Map<string, Segment | null>;
  /** Day numbers of each event's dates, ascending; unreadable dates left out. */
  events: ReadonlyMap<string, readonly number[]>;
}

const resolvedCache = new WeakMap<EngineSettings, ResolvedSettings>();

function segmentMap(spellings: readonly SegmentSpelling[]): Map<string, Segment> {
  const map = new Map<string, Segment>();
  for (const segment of ['Tech Touch', 'Scale', 'CSM-Assigned'] as const) map.set(spellingKey(segment), segment);
  for (const { spelling, segment } of spellings) if (spellingKey(spelling)) map.set(spellingKey(spelling), segment);
  return map;
}

function eventDays(dates: Readonly<Record<string, readonly IsoDate[]>>): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (const [event, list] of Object.entries(dates)) {
    const days = list.flatMap((date) => dayFromIso(date) ?? []).sort((a, b) => a - b);
    map.set(event, [...new Set(days)]);
  }
  return map;
}

/** The segment a spelling means, or null when no setting maps it. */
export function segmentOf(settings: ResolvedSettings, spelled: string): Segment | null {
  let segment = settings.spelled.get(spelled);
  if (segment === undefined) {
    if (settings.spelled.size > 1000) settings.spelled.clear();
    segment = settings.segments.get(spellingKey(spelled)) ?? null;
    settings.spelled.set(spelled, segment);
  }
  return segment;
}

/** Cached per settings object: evaluating many accounts with the same settings resolves them once. */
export function resolveSettings(settings: EngineSettings): ResolvedSettings {
  let resolved = resolvedCache.get(settings);
  if (!resolved) {
    const adminRole = settings.adminRole.trim() || GITLAB_ADMIN_ROLE;
    resolved = {
      source: settings,
      disabled: new Set(settings.disabledPrograms),
      adminRole,
      adminRoleKey: adminRole.toLowerCase(),
      approvalTypes: new Set(settings.approvalDealTypes.map((t) => t.trim().toLowerCase())),
      segments: segmentMap(settings.segmentSpellings),
      spelled: new Map(),
      events: eventDays(settings.eventDates),
    };
    resolvedCache.set(settings, resolved);
  }
  return resolved;
}
