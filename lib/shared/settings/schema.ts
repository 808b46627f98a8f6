import { z } from 'zod';
import { GITLAB_ADMIN_ROLE, SEGMENTS } from '../accounts/account';
import { DEFAULT_C360_LABELS, DEFAULT_SALESFORCE_FIELDS, type SalesforceFieldKey } from '../accounts/registry';
import { isIsoDate } from '../dates/iso';
import { DEFAULT_SEGMENT_SPELLINGS } from '../programs/settings';
import { SENDERS } from '../programs/types';

/**
 * Every user setting, validated as typed. Tenants name things their own way, so every field name
 * and label the adapters read is a setting with the default the seeds' pages use.
 */

export const GAINSIGHT_LABEL_DEFAULTS = {
  // The company fields (accounts/registry.ts): the engine's reasons name them by these labels too.
  ...DEFAULT_C360_LABELS,
  /** The company's Salesforce Account id, for links to the account (e.g. the one-click admin fix). */
  sfdcAccountId: 'SFDC Account ID',
  /** The C360 section holding the contacts; alternatives separated by commas (the team's choice: both names C360 uses). */
  contactsSection: 'Contacts, People',
  contactName: 'Name',
  contactEmail: 'Email',
  contactRole: 'GitLab Role',
  contactSoldTo: 'Sold-To',
  contactEnablement: 'Enablement Enrollment',
  contactPermission: 'Permission',
  opportunityName: 'Opportunity Name',
  opportunityType: 'Type',
  opportunityStage: 'Stage',
  opportunityCloseDate: 'Close Date',
  logProgram: 'Program',
  logStep: 'Step',
  logSentOn: 'Sent On',
  logRecipients: 'Recipients',
} as const;

export type GainsightLabelKey = keyof typeof GAINSIGHT_LABEL_DEFAULTS;

const label = z.string().trim().min(1, 'must not be empty').max(80, 'must be 80 characters or fewer');
const text = z.string().trim().max(120, 'must be 120 characters or fewer');
const apiName = z
  .string()
  .trim()
  .regex(/^[A-Za-z][A-Za-z0-9_]*(__c|__r\.[A-Za-z][A-Za-z0-9_]*)?$|^[A-Za-z][A-Za-z0-9_]*\.[A-Za-z][A-Za-z0-9_]*$/, 'must be a Salesforce API name like Role__c');

const eventDate = z.string().refine(isIsoDate, 'must be a date (YYYY-MM-DD)');

const accountFieldShape = Object.fromEntries(
  Object.entries(DEFAULT_SALESFORCE_FIELDS).map(([key, value]) => [key, apiName.default(value)]),
) as { [K in SalesforceFieldKey]: z.ZodDefault<typeof apiName> };

const labelShape = Object.fromEntries(
  Object.entries(GAINSIGHT_LABEL_DEFAULTS).map(([key, value]) => [key, label.default(value)]),
) as { [K in GainsightLabelKey]: z.ZodDefault<typeof label> };

export const settingsSchema = z.object({
  /** The side panel and its in-page launcher chip (the team's choice: on, since it is how the panel is found). */
  panel: z.object({ launcher: z.boolean().default(true) }).prefault({}),
  sender: z
    .object({
      name: text.default(''),
      email: z.union([z.literal(''), z.email('must be an email address')]).default(''),
      title: text.default(''),
      /** Seed 002: "For a more generic send we use customer_enablement@gitlab.com." */
      genericAddress: z.union([z.literal(''), z.email('must be an email address')]).default('customer_enablement@gitlab.com'),
      ccCsm: z.boolean().default(false),
    })
    .prefault({}),
  salesforce: z
    .object({
      apiVersion: z.string().regex(/^\d{2,3}\.0$/, 'must look like 66.0').default('66.0'),
      roleField: apiName.default('Role__c'),
      adminValue: label.default(GITLAB_ADMIN_ROLE),
      soldToField: apiName.default('Sold_To__c'),
      enablementField: apiName.default('Enablement_Enrollment__c'),
      accountFields: z.object(accountFieldShape).prefault({}),
    })
    .prefault({}),
  gainsight: z
    .object({
      labels: z.object(labelShape).prefault({}),
      /** Day/month order for numeric dates; 'auto' follows the browser's locale. */
      dateOrder: z.enum(['auto', 'MDY', 'DMY', 'YMD']).default('auto'),
      customDomains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, 'must be a host name like cs.example.com')).default([]),
    })
    .prefault({}),
  /**
   * "My book" (issue 16): which accounts are the user's, and when the cached book is read again.
   * The issue gives the rule (CSM is me, or Owner is me) and the segment filter; how old a cached book
   * may be before opening it refreshes it is the team's choice (one hour).
   */
  book: z
    .object({
      who: z.enum(['csm-or-owner', 'csm', 'owner']).default('csm-or-owner'),
      /** Segments to include; all on is no filter (accounts without a segment are then included too). */
      segments: z
        .object({ techTouch: z.boolean().default(true), scale: z.boolean().default(true), csmAssigned: z.boolean().default(true) })
        .prefault({}),
      /** Minutes after which opening the book refreshes it; 'never': only on demand. */
      refreshAfter: z.enum(['0', '15', '60', '240', '1440', 'never']).default('60'),
      /**
       * Where Start opens the account: Customer360 on the tenant last used (where "Start playbook" fills
       * Cockpit's Create CTA form), or Lightning. The team's choice; Lightning while no tenant is known.
       */
      startIn: z.enum(['gainsight', 'salesforce']).default('gainsight'),
      /**
       * Days a cached book (accounts with their contacts' names, emails and roles) is kept after it was
       * read; an older one is deleted. The team's choice: two weeks, long enough for a CSM away a few
       * days to open the book offline, short enough that contacts do not linger.
       */
      keepDays: z.enum(['1', '7', '14', '30', '90']).default('14'),
      /**
       * The CSM's workweek, in the browser's time zone: a send due on another day is due on the workday
       * before or after it, as `offDays` says. Monday to Friday is the default; after (Monday), so
       * that no send goes out before the day its rule names, is the team's choice.
       */
      workweek: z.enum(['mon-fri', 'sun-thu', 'mon-sat', 'all']).default('mon-fri'),
      offDays: z.enum(['before', 'after']).default('after'),
      /**
       * The fatigue guard: no contact gets more than `fatigueEmails` program emails in `fatigueDays` days.
       * The seeds set no limit: both numbers are the team's choice (3 in 7 days); 'off' turns it off.
       */
      fatigueEmails: z.enum(['off', '1', '2', '3', '4', '5', '6', '8', '10']).default('3'),
      fatigueDays: z.enum(['3', '5', '7', '10', '14', '30']).default('7'),
      /**
       * Minutes each action in the queue (sent, snooze, skip, one row or many) can be undone after it.
       * The issue asks that every action be undoable for a while; how long is the team's choice (10).
       */
      undoMinutes: z.enum(['2', '5', '10', '30', '60']).default('10'),
    })
    .prefault({}),
  programs: z
    .object({
      edition: z.enum(['current', 'earlier']).default('current'),
      disabled: z.array(z.string()).default([]),
      /** How tenants spell segments ("CSE", "Digital"); a spelling not listed is reported, never guessed. */
      segmentSpellings: z
        .array(z.object({ spelling: label, segment: z.enum(SEGMENTS) }))
        .max(50, 'must list at most 50 spellings')
        .default(() => DEFAULT_SEGMENT_SPELLINGS.map((s) => ({ ...s }))),
      /**
       * Dates of the events held "when held" (labs, webinars), by the event key a program's trigger names:
       * the seeds give no day, so the programs need data until the user enters one.
       */
      /**
       * Who sends each program, by program id, where the user chose otherwise than the catalog (seed 002: the
       * sender is "tokenized to come from either a TAM or AE", or the generic address). Absent: the catalog's.
       */
      senders: z.record(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a program id like csat-survey'), z.enum(SENDERS)).default({}),
      eventDates: z
        .record(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an event key like ci-lab'), z.array(eventDate).max(60, 'must list at most 60 dates'))
        .default({}),
      /**
       * Each event's registration link, by event key: the invitations' {{event.url}}. The seeds give none, so an
       * invitation waits for the user's link rather than going out with a broken one.
       */
      eventLinks: z
        .record(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an event key like ci-lab'), z.string().trim().regex(/^https:\/\/[^\s"<>]+$/, 'must be an https:// link'))
        .default({}),
    })
    .prefault({}),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
