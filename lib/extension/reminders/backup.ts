/**
 * Backup of everything the reminders keep, as one JSON text, and its import: bounded (size, records,
 * string lengths), validated first (errors name the path), then merged in one transaction — all or
 * nothing — by natural key, keeping the more advanced record on conflict (merge.ts).
 */
import { z } from 'zod';
import { BACKUP_LIMITS } from './backup-limits';
import { SCHEMA_VERSION } from './db/schema';

export { BACKUP_LIMITS } from './backup-limits';
import { withOrg } from './db/org-keys';
import { reminderFieldsToV2 } from './db/upgrades';
import { remindersErrorText } from '../../shared/reminders/errors';
import { formatIssues } from './issues';
import { toEnrollment, toReminder, toSendRecord } from '../../shared/reminders/keys';
import { enrollmentFieldsSchema, reminderFieldsSchema, sendFieldsSchema } from '../../shared/reminders/records';
import { quarantine, setAsideReport } from './quarantine';
import { type Repository, repository } from './repository';
import type { ImportResult } from '../../shared/reminders/results';

export const BACKUP_FORMAT = 'cta-playbook-companion/reminders';


const count = (n: number) => n.toLocaleString('en-US');
const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;

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
  exportedAt: z.string().max(40, 'must be at most 40 characters').optional(),
  enrollments: z.array(enrollmentSchema),
  sendLog: z.array(sendFieldsSchema),
  reminders: z.array(reminderFieldsSchema),
});


export interface BackupFile {
  text: string;
  /** Set when the file holds less than usual (the database could not be opened): what it holds and why. */
  note?: string;
  /** Set when malformed records were found: the report naming them (they are in the file's `setAside`). */
  setAside?: string;
}

const backupText = (schemaVersion: number, records: object) =>
  JSON.stringify({ format: BACKUP_FORMAT, schemaVersion, exportedAt: new Date().toISOString(), ...records });

/**
 * The well-formed records, and the malformed ones separately under `setAside` (each with its store, key
 * and problems): an import takes the good ones and never the bad, and nothing is dropped from the file.
 */
export async function exportChecked(repo: Repository = repository()): Promise<BackupFile> {
  const { good, setAside } = quarantine(await repo.readAll());
  const report = setAsideReport(setAside);
  return { text: backupText(SCHEMA_VERSION, { ...good, ...(setAside.length ? { setAside } : {}) }), ...(report ? { setAside: report } : {}) };
}

export async function exportBackup(repo: Repository = repository()): Promise<string> {
  return (await exportChecked(repo)).text;
}

/**
 * The backup, or — when the database cannot be opened at this version (a newer version's, a failed
 * upgrade, damage) — every record that can still be read, as stored, under the version it was stored
 * at, so that the version which wrote it can import it.
 */
export async function exportWhatCanBeRead(repo: Repository = repository()): Promise<BackupFile> {
  let failure: unknown;
  try {
    return await exportChecked(repo);
  } catch (error) {
    failure = error;
  }
  const salvaged = await repo.salvage();
  if (!salvaged) throw failure;
  const { enrollments = [], sendLog = [], reminders = [] } = salvaged.records;
  const missing = salvaged.unreadable.length ? ` These could not be read: ${salvaged.unreadable.join('; ')}.` : '';
  return {
    text: backupText(salvaged.version, { enrollments, sendLog, reminders }),
    note: `${remindersErrorText(failure)} The file holds every record that could be read (${count(reminders.length)} reminders, ${count(sendLog.length)} sends), as saved by format version ${salvaged.version}.${missing}`,
  };
}

const NEWER = 'schemaVersion: the backup comes from a newer version of the extension: update it first';

/**
 * Checked before the records are validated: limits, so a huge file costs one pass rather than a full
 * validation, and the version, since a newer version's records are expected to fail today's checks.
 */
function preflightErrors(json: unknown): string[] {
  if (!json || typeof json !== 'object') return [];
  const { schemaVersion } = json as { schemaVersion?: unknown };
  if (typeof schemaVersion === 'number' && schemaVersion > SCHEMA_VERSION) return [NEWER];
  const errors: string[] = [];
  for (const store of ['enrollments', 'sendLog', 'reminders'] as const) {
    const list = (json as Record<string, unknown>)[store];
    const max = BACKUP_LIMITS[store];
    if (Array.isArray(list) && list.length > max) errors.push(`${store}: a backup can hold at most ${count(max)} (this one has ${count(list.length)})`);
  }
  return errors;
}

/** A backup from an earlier version, brought to today's fields the way the database upgrades were. */
function upgradeOlderBackup(json: unknown): unknown {
  if (!json || typeof json !== 'object') return json;
  const backup = json as Record<string, unknown>;
  const version = backup.schemaVersion;
  if (typeof version !== 'number' || version >= SCHEMA_VERSION) return json;
  const each = (list: unknown, migrate: (record: unknown) => unknown) => (Array.isArray(list) ? list.map(migrate) : list);
  const toV2 = (record: unknown) => (record && typeof record === 'object' ? reminderFieldsToV2(record as { status?: unknown }) : record);
  return {
    ...backup,
    enrollments: each(backup.enrollments, withOrg),
    sendLog: each(backup.sendLog, withOrg),
    reminders: each(backup.reminders, (record) => withOrg(version < 2 ? toV2(record) : record)),
  };
}

const utf8Bytes = (text: string) => new Blob([text]).size;

export async function importBackup(text: string, repo: Repository = repository()): Promise<ImportResult> {
  // Every UTF-16 unit is at most 3 UTF-8 bytes: most files are judged without encoding them.
  if (text.length * 3 > BACKUP_LIMITS.bytes && utf8Bytes(text) > BACKUP_LIMITS.bytes) {
    return { ok: false, errors: [`backup: the file is ${megabytes(utf8Bytes(text))}; a backup can be at most ${megabytes(BACKUP_LIMITS.bytes)}`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, errors: ['backup: the file is not JSON'] };
  }
  const refused = preflightErrors(json);
  if (refused.length) return { ok: false, errors: refused };
  const parsed = backupSchema.safeParse(upgradeOlderBackup(json));
  if (!parsed.success) return { ok: false, errors: formatIssues(parsed.error, 'backup') };
  // Keys and index fields are recomputed from the content, never taken from the file.
  const summary = await repo.mergeAll({
    enrollments: parsed.data.enrollments.map(toEnrollment),
    sendLog: parsed.data.sendLog.map(toSendRecord),
    reminders: parsed.data.reminders.map(toReminder),
  });
  return { ok: true, summary };
}
