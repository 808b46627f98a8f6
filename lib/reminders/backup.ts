/**
 * Backup of everything the reminders keep, as one JSON text, and its import: validated first
 * (errors name the path), then merged in one transaction — all or nothing — by natural key,
 * keeping the more advanced record on conflict (merge.ts).
 */
import { z } from 'zod';
import { SCHEMA_VERSION } from './db/schema';
import { migrateReminderToV2 } from './db/upgrades';
import { formatIssues } from './issues';
import { toEnrollment, toSendRecord } from './keys';
import { enrollmentFieldsSchema, reminderFieldsSchema, sendFieldsSchema } from './records';
import { type MergeSummary, type Repository, repository } from './repository';

export const BACKUP_FORMAT = 'cta-playbook-companion/reminders';

const enrollmentSchema = enrollmentFieldsSchema
  .refine((e) => new Set(e.steps.map((s) => s.index)).size === e.steps.length, {
    error: 'each step needs its own index', path: ['steps'],
  })
  .refine((e) => e.steps.some((s) => s.index === e.currentStep), { error: 'is not one of the steps', path: ['currentStep'] });

const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT, { error: `expected "${BACKUP_FORMAT}": this is not a reminders backup` }),
  schemaVersion: z
    .number({ error: 'expected a number' })
    .int()
    .min(1)
    .max(SCHEMA_VERSION, { error: 'the backup comes from a newer version of the extension: update it first' }),
  exportedAt: z.string().optional(),
  enrollments: z.array(enrollmentSchema),
  sendLog: z.array(sendFieldsSchema),
  reminders: z.array(reminderFieldsSchema),
});

export type ImportResult = { ok: true; summary: MergeSummary } | { ok: false; errors: string[] };

export async function exportBackup(repo: Repository = repository()): Promise<string> {
  const records = await repo.readAll();
  return JSON.stringify({ format: BACKUP_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt: new Date().toISOString(), ...records });
}

export async function importBackup(text: string, repo: Repository = repository()): Promise<ImportResult> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, errors: ['backup: the file is not JSON'] };
  }
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) return { ok: false, errors: formatIssues(parsed.error, 'backup') };
  // Keys and index fields are recomputed from the content; v1 backups get v2's fields the way the database did.
  const summary = await repo.mergeAll({
    enrollments: parsed.data.enrollments.map(toEnrollment),
    sendLog: parsed.data.sendLog.map(toSendRecord),
    reminders: parsed.data.reminders.map(migrateReminderToV2),
  });
  return { ok: true, summary };
}
