/**
 * The program catalog as data. A program is who (segments, conditions), when (trigger), to whom
 * (recipient policy) and what (steps). Everything here is plain JSON so a catalog can be exported,
 * edited and imported again (schema.ts validates the same shapes).
 */
import type { CiScore, Deployment, Plan as ProductPlan, Segment } from '../accounts/account';

export const EDITIONS = ['current', 'earlier'] as const;
export type Edition = (typeof EDITIONS)[number];

export const CATEGORIES = [
  'introduction', 'onboarding', 'adoption', 'enablement', 'coaching', 'survey', 'newsletter', 'webinar', 'lab',
  'event-follow-up', 'retention',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Account date fields a trigger or an age condition can count from. */
export const DATE_FIELDS = [
  'customerSince', 'subscriptionStartDate', 'renewalDate', 'lastRenewalDate', 'csmAssignedDate', 'ultimateSince',
  'duoPurchaseDate',
] as const;
export type DateField = (typeof DATE_FIELDS)[number];

export const NUMBER_FIELDS = ['arr', 'ciUtilization', 'licenseUtilization', 'issuesEpicsCreated'] as const;
export type NumberField = (typeof NUMBER_FIELDS)[number];

export const FLAG_FIELDS = ['activeSubscription'] as const;
export type FlagField = (typeof FLAG_FIELDS)[number];

export const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export type WeekdayName = (typeof WEEKDAY_NAMES)[number];

export const COMPARISONS = ['<', '<=', '>', '>='] as const;
export type Comparison = (typeof COMPARISONS)[number];

/** When the first step is due. */
export type Trigger =
  /** `offsetDays` from an account date (negative: before it, e.g. before the next renewal); may start until `windowDays` later. */
  | { kind: 'anchor'; anchor: DateField; offsetDays: number; windowDays: number }
  /** The nth weekday of each month (newsletter: 4th Friday), optionally only in some months (1–12). */
  | { kind: 'monthly'; nth: number; weekday: WeekdayName; windowDays: number; months?: number[]; oncePerAccount?: boolean }
  /** Every `months` months after an account date (twice a year: 6), counted from that date each time so days never drift. */
  | { kind: 'every-months'; anchor: DateField; months: number; windowDays: number }
  /** As soon as the conditions hold (thresholds, hand enrollment); once per account. */
  | { kind: 'when-eligible' }
  /** After the latest Closed Lost opportunity's close date. */
  | { kind: 'closed-lost'; windowDays: number }
  /** After an event the contact registered for or attended; registrations are not in the account snapshot. */
  | { kind: 'event-registration'; withinHours: number }
  /**
   * An invitation to an event "when held": the dates are entered by the user (settings, per `event` key),
   * since the seeds give none. Due from `inviteDays` before the next entered date until that date. `name`
   * names the event where the user enters its dates ("CI Hands-On Lab").
   */
  | { kind: 'event'; event: string; name: string; inviteDays: number };

export type Condition =
  | { kind: 'one-of'; field: 'plan'; values: ProductPlan[] }
  | { kind: 'one-of'; field: 'deployment'; values: Deployment[] }
  | { kind: 'one-of'; field: 'ciScore'; values: CiScore[] }
  | { kind: 'compare'; field: NumberField; op: Comparison; value: number }
  | { kind: 'flag'; field: FlagField; value: boolean }
  /** Days since an account date: `minDays`/`maxDays` inclusive; `underYears`: before that anniversary. */
  | { kind: 'age'; field: DateField; minDays?: number; maxDays?: number; underYears?: number }
  /** Some contact's Enablement Enrollment lists `campaign`. */
  | { kind: 'enrolled'; campaign: string }
  /** Any one of these qualifies ("customers with fewer than 3 issues/epics created and customers that are within their first two years"). */
  | { kind: 'any-of'; conditions: Condition[] };

/** Programs that must not be sent while another one is active (due now, or its sequence is under way). */
export interface Exclusion {
  kind: 'while-active';
  programId: string;
}

export interface RecipientPolicy {
  /** Contacts holding the admin role (settings.adminRole, "GitLab Admin" by default). */
  admins: boolean;
  /** Sold-To contacts: never (surveys, newsletters), only when there is no admin, or always. */
  soldTo: 'never' | 'if-no-admin' | 'always';
  /** On SaaS accounts, contacts with Owner or Maintainer permission in the customer's group. */
  saasOwnersMaintainers: boolean;
  /**
   * Contacts whose Enablement Enrollment lists this campaign. A program sent only to them is tracked per
   * contact: a contact enrolled after the others finished is due for it.
   */
  enrollment?: string;
  /** Segments on which the Sold-To fallback does not apply: the program requires an admin there (seed 001's footnote). */
  adminRequiredSegments?: Segment[];
}

/** Who sends a program's emails (seed 002: "a TAM or AE", or the generic address). */
export const SENDERS = ['csm', 'account-executive', 'customer-enablement'] as const;

export type Sender = (typeof SENDERS)[number];

/** A seed's own words a rule rests on: a sentence, or a table row, quoted exactly (runs of spaces collapsed). */
export interface SeedQuote {
  /** The seed's number, e.g. "004". */
  seed: string;
  text: string;
}

/**
 * Values the seeds do not give, which the team chose; each is shown in the panel's "why" as the team's
 * choice, with the catalog's current value (see team-choices.ts).
 */
export const TEAM_CHOICES = [
  /** The date a "Day N" is counted from, where the seed does not name it. */
  'anchor',
  /** How long a dated program stays due after its day (a catch-up window). */
  'catch-up',
  /** Which weekday of the month a monthly program goes out on. */
  'monthly-day',
  /** The date a recurring program counts from, and how long each round stays due. */
  'cadence',
  /** How long before an event its invitation goes out. */
  'invite-days',
  /** Days between the emails of a sequence. */
  'step-days',
  /** Accounts flagged Control Group are held back from it. */
  'control-group',
  /** How long after a lost deal the survey may go out. */
  'closed-lost-window',
  /** The Reason the program's CTA takes in Cockpit (required on many tenants; the seeds name no reasons). */
  'cta-reason',
] as const;
export type TeamChoice = (typeof TEAM_CHOICES)[number];

export interface Step {
  /** Stable slug within the program; the extension records sends by it. */
  id: string;
  /** As the playbook's email task is named (Program Logs use it too). */
  name: string;
  /** Days after the first step. The first step is 0. */
  offsetDays: number;
  subject: string;
  /** Simple HTML with {{tokens}} (see tokens.ts). */
  body: string;
}

export interface Program {
  /** Stable slug, e.g. "net-new-onboarding". */
  id: string;
  name: string;
  category: Category;
  /** The segments the program is for. */
  segments: Segment[];
  trigger: Trigger;
  conditions: Condition[];
  exclusions: Exclusion[];
  recipients: RecipientPolicy;
  sender: Sender;
  /**
   * Holds back accounts whose Control Group field says Yes. The seeds name no pilots; which programs keep a
   * control group is data (the built-in catalogs mark digital onboarding and enablement content, as seed 001
   * describes, and label it the team's choice).
   */
  pilot: boolean;
  /** The Gainsight playbook a CSM picks on a Digital Journey CTA. */
  playbook: string;
  /** Other names Program Logs may use for this program. */
  aliases?: string[];
  /** The Reason its Digital Journey CTA takes in Cockpit, as the tenant lists it: the team's choice (`cta-reason`). */
  ctaReason?: string;
  steps: Step[];
  /** The seed sentences the program rests on. Every built-in program has them; an imported one may not. */
  source?: SeedQuote[];
  /** Values of this program the seeds do not give (see TEAM_CHOICES). */
  teamChoices?: TeamChoice[];
}

export interface Catalog {
  schemaVersion: 1;
  edition: Edition;
  name: string;
  programs: Program[];
}

/** The catalog the engine plans with, and where it came from. */
export interface CatalogInUse {
  catalog: Catalog;
  source: 'custom' | 'built-in';
}
