/**
 * What the reminders repository stores, as zod schemas: the single source of the record types, of the
 * message payload checks (inputs.ts) and of backup validation (backup.ts).
 *
 * Each schema holds the *fields* a record is made of. Keys and index fields (`key`, `accountKey`,
 * `pendingDue`) are derived from the fields by keys.ts, never taken from outside, so a message or a
 * backup cannot plant a record under a key that does not match its content.
 *
 * Runtime code that must stay small (the popup) imports only the types from here, never the schemas.
 */
import { z } from 'zod';
import type { AccountSource, IsoDate } from '../accounts/account';
import { isIsoDate } from '../dates/iso';

const DATE_MESSAGE = 'expected a date like 2026-11-23';

export const isoDateSchema = z
  .string({ error: DATE_MESSAGE })
  .max(10, DATE_MESSAGE)
  .refine((value): value is IsoDate => isIsoDate(value), { error: DATE_MESSAGE });

/** Every string a record holds is bounded, and the error names the bound (backups come from files). */
export const tooLong = (max: number) => `must be at most ${max.toLocaleString('en-US')} characters`;

const text = (max: number) => z.string({ error: 'expected text' }).trim().min(1, 'must not be empty').max(max, tooLong(max));

/**
 * The org of an account whose records were kept before reminders were keyed by org and that left no
 * page address to tell it from. Not a host name (it has spaces), so it can never equal a real org.
 */
export const UNKNOWN_ORG = 'unknown org';

/** Links back to a host page open in a new tab: only web addresses, never javascript: or data:. */
const webUrl = z.url({ protocol: /^https?$/, error: 'expected a web address (https://…)' }).max(2000, tooLong(2000));

export const accountRefSchema = z.object({
  source: z.enum(['gainsight', 'salesforce'] satisfies AccountSource[]),
  /**
   * The Gainsight tenant's host or the Salesforce org's API host (Account.org), lower-cased; UNKNOWN_ORG
   * for records migrated from before orgs were kept that had no page address to derive it from.
   */
  org: z.string({ error: 'expected the org or tenant host' }).trim().toLowerCase().min(1, 'must not be empty').max(260, tooLong(260)),
  /** Gainsight company id or Salesforce Account id. */
  id: text(100),
  name: text(300),
  url: webUrl.optional(),
});
export type AccountRef = z.infer<typeof accountRefSchema>;

export const stepSchema = z.object({
  index: z.number().int().min(0).max(1000),
  name: text(300),
  /** Days after the enrollment's start date when this step is due. */
  offsetDays: z.number().int().min(0).max(3660),
});
export type SequenceStep = z.infer<typeof stepSchema>;

const recipientsSchema = z.array(text(320)).max(200, 'must list at most 200 recipients');

export const ENROLLMENT_STATUSES = ['active', 'completed', 'stopped'] as const;
export const REMINDER_STATUSES = ['pending', 'done', 'skipped'] as const;
export const SEND_METHODS = ['detected', 'marked'] as const;

export const enrollmentFieldsSchema = z.object({
  account: accountRefSchema,
  programId: text(120),
  programName: text(300),
  steps: z.array(stepSchema).min(1, 'must have at least one step').max(100, 'must have at most 100 steps'),
  startedOn: isoDateSchema,
  /** Index of the step to send next; the last step's index once completed. */
  currentStep: z.number().int().min(0),
  status: z.enum(ENROLLMENT_STATUSES),
  recipients: recipientsSchema,
});
export type EnrollmentFields = z.infer<typeof enrollmentFieldsSchema>;

export const sendFieldsSchema = z.object({
  account: accountRefSchema,
  programId: text(120),
  programName: text(300),
  step: z.number().int().min(0),
  stepName: text(300),
  sentOn: isoDateSchema,
  recipients: recipientsSchema,
  /** 'detected': read from the page (Program Logs, a sent task); 'marked': the CSM said so. */
  how: z.enum(SEND_METHODS),
});
export type SendFields = z.infer<typeof sendFieldsSchema>;

export const reminderFieldsSchema = z.object({
  account: accountRefSchema,
  programId: text(120),
  programName: text(300),
  step: z.number().int().min(0),
  stepName: text(300),
  /** When the program's schedule says this step is due (start date + the step's offset). */
  dueDate: isoDateSchema,
  recipients: recipientsSchema,
  status: z.enum(REMINDER_STATUSES),
  snoozedUntil: isoDateSchema.optional(),
  skipReason: z.string().trim().max(500, tooLong(500)).optional(),
  /** The day it was sent or skipped. */
  closedOn: isoDateSchema.optional(),
  /** The due date a notification was raised for, so each due date notifies once. */
  notifiedFor: isoDateSchema.optional(),
});
export type ReminderFields = z.infer<typeof reminderFieldsSchema>;

/** source, org and id, each escaped and joined (keys.ts): one account across every record. */
export type AccountKey = string;

export interface Enrollment extends EnrollmentFields {
  /** source | org | id | programId (keys.ts) */
  key: string;
  accountKey: AccountKey;
}

export interface SendRecord extends SendFields {
  /** source | org | id | programId | step | sentOn: two tabs detecting the same send write one record. */
  key: string;
  accountKey: AccountKey;
}

export interface Reminder extends ReminderFields {
  /** source | org | id | programId | step */
  key: string;
  accountKey: AccountKey;
  /**
   * When a pending reminder next comes up (snoozedUntil, else dueDate); absent once it is done or
   * skipped. The byDueDate index is over this field, so the index *is* the pending queue, sorted.
   */
  pendingDue?: IsoDate;
}

export type ReminderStatus = Reminder['status'];
export type EnrollmentStatus = Enrollment['status'];
