/**
 * Payloads of the reminders messages, checked in the background before anything is written:
 * content scripts run in pages we do not control, so their messages are input, not trusted calls.
 */
import { z } from 'zod';
import { enrollmentFieldsSchema, isoDateSchema, SEND_METHODS } from './records';

const sequenceBase = enrollmentFieldsSchema.pick({
  account: true, programId: true, programName: true, steps: true, startedOn: true, recipients: true,
});

const uniqueStepIndexes = (input: { steps: { index: number }[] }) =>
  new Set(input.steps.map((s) => s.index)).size === input.steps.length;
const UNIQUE_STEPS = { error: 'each step needs its own index', path: ['steps'] };

export const sequenceInputSchema = sequenceBase.refine(uniqueStepIndexes, UNIQUE_STEPS);
export type SequenceInput = z.infer<typeof sequenceInputSchema>;

/** A send carries the whole sequence so it can enroll the account when the send is seen first. */
export const recordSendInputSchema = sequenceBase
  .extend({ step: z.number().int().min(0), sentOn: isoDateSchema, how: z.enum(SEND_METHODS) })
  .refine(uniqueStepIndexes, UNIQUE_STEPS)
  .refine((input) => input.steps.some((s) => s.index === input.step), { error: 'is not one of the steps', path: ['step'] });
export type RecordSendInput = z.infer<typeof recordSendInputSchema>;

/** A bulk mark-sent from My book: a day's batch of a campaign step, bounded so one write stays short. */
export const recordSendsInputSchema = z.object({ sends: z.array(recordSendInputSchema).min(1).max(2000), label: z.string().trim().min(1).max(300) });

const key = z.string().min(1).max(1000);

/** A token recordSends gave (undo-apply.ts): only My book's own undo records can be named. */
export const undoTokenInputSchema = z.object({ token: z.string().startsWith('book|').max(100) });

export const keyInputSchema = z.object({ key });
export const snoozeInputSchema = z.object({ key, until: isoDateSchema });
export const skipInputSchema = z.object({ key, reason: z.string().trim().min(1, 'say why the step is skipped').max(500) });
export const listInputSchema = z.object({ limit: z.number().int().min(1).optional() });
export const importInputSchema = z.object({ text: z.string() });
