/**
 * The catalog's JSON schema. It is checked against the TypeScript types (`satisfies`), so the two cannot
 * drift apart. Objects are strict: an unknown field is an error, since a misspelt field would otherwise
 * be dropped silently.
 */
import { z } from 'zod';
import { CI_SCORES, DEPLOYMENTS, PLANS, SEGMENTS } from '../accounts/account';
import {
  CATEGORIES, COMPARISONS, DATE_FIELDS, EDITIONS, FLAG_FIELDS, NUMBER_FIELDS, SENDERS, TEAM_CHOICES, WEEKDAY_NAMES, type Catalog,
  type Condition,
} from './types';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = z.string().regex(SLUG, 'expected a slug of lowercase letters, digits and dashes, such as "net-new-onboarding"');
const text = z.string().min(1);
const days = z.number().int();
const dayCount = days.min(0);
/** Recurring windows stay shorter than a month so one occurrence never overlaps the next. */
const recurringWindow = dayCount.max(27);
const dateField = z.enum(DATE_FIELDS);

const TriggerSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('anchor'), anchor: dateField, offsetDays: days, windowDays: dayCount }),
  z.strictObject({
    kind: z.literal('monthly'),
    nth: z.number().int().min(1).max(5),
    weekday: z.enum(WEEKDAY_NAMES),
    windowDays: recurringWindow,
    months: z.array(z.number().int().min(1).max(12)).min(1).optional(),
    oncePerAccount: z.boolean().optional(),
  }),
  z.strictObject({
    kind: z.literal('every-months'), anchor: dateField, months: z.number().int().min(1).max(120), windowDays: recurringWindow,
  }),
  z.strictObject({ kind: z.literal('when-eligible') }),
  z.strictObject({ kind: z.literal('closed-lost'), windowDays: dayCount }),
  z.strictObject({ kind: z.literal('event-registration'), withinHours: z.number().int().min(1) }),
  z.strictObject({ kind: z.literal('event'), event: slug, name: text, inviteDays: dayCount.max(90) }),
]);

const OneOfSchema = z.discriminatedUnion('field', [
  z.strictObject({ kind: z.literal('one-of'), field: z.literal('plan'), values: z.array(z.enum(PLANS)).min(1) }),
  z.strictObject({ kind: z.literal('one-of'), field: z.literal('deployment'), values: z.array(z.enum(DEPLOYMENTS)).min(1) }),
  z.strictObject({ kind: z.literal('one-of'), field: z.literal('ciScore'), values: z.array(z.enum(CI_SCORES)).min(1) }),
]);

const ConditionSchema: z.ZodType<Condition> = z.lazy(() => z.discriminatedUnion('kind', [
  OneOfSchema,
  z.strictObject({ kind: z.literal('compare'), field: z.enum(NUMBER_FIELDS), op: z.enum(COMPARISONS), value: z.number() }),
  z.strictObject({ kind: z.literal('flag'), field: z.enum(FLAG_FIELDS), value: z.boolean() }),
  z.strictObject({
    kind: z.literal('age'), field: dateField, minDays: dayCount.optional(), maxDays: dayCount.optional(),
    underYears: z.number().int().min(1).optional(),
  }),
  z.strictObject({ kind: z.literal('enrolled'), campaign: text }),
  z.strictObject({ kind: z.literal('any-of'), conditions: z.array(ConditionSchema).min(1) }),
]));

const StepSchema = z.strictObject({
  id: slug, name: text, offsetDays: dayCount, subject: text, body: text,
});

const ProgramSchema = z.strictObject({
  id: slug,
  name: text,
  category: z.enum(CATEGORIES),
  segments: z.array(z.enum(SEGMENTS)).min(1),
  trigger: TriggerSchema,
  conditions: z.array(ConditionSchema),
  exclusions: z.array(z.strictObject({ kind: z.literal('while-active'), programId: slug })),
  recipients: z.strictObject({
    admins: z.boolean(),
    soldTo: z.enum(['never', 'if-no-admin', 'always']),
    saasOwnersMaintainers: z.boolean(),
    enrollment: text.optional(),
    adminRequiredSegments: z.array(z.enum(SEGMENTS)).optional(),
  }),
  sender: z.enum(SENDERS),
  pilot: z.boolean(),
  playbook: text,
  aliases: z.array(text).optional(),
  ctaReason: text.optional(),
  steps: z.array(StepSchema).min(1),
  source: z.array(z.strictObject({ seed: text, text })).optional(),
  teamChoices: z.array(z.enum(TEAM_CHOICES)).optional(),
});

export const CatalogSchema = z.strictObject({
  schemaVersion: z.literal(1),
  edition: z.enum(EDITIONS),
  name: text,
  programs: z.array(ProgramSchema).min(1),
}) satisfies z.ZodType<Catalog>;
