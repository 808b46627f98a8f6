/**
 * Limits on what a backup import reads (the team's choice): far above what a CSM's browser holds (the
 * soak runs 10,000 reminders), low enough that a wrong or hostile file cannot stall the worker. A file
 * of its own so the options page can state them without loading the importer.
 */
export const BACKUP_LIMITS = {
  bytes: 20 * 1024 * 1024,
  enrollments: 50_000,
  sendLog: 100_000,
  reminders: 100_000,
} as const;
